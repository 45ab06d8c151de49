import { z } from 'astro/zod';
import { citeRef } from './position.ts';

const cell = z.object({ text: z.string(), cite: z.array(citeRef).min(1) });

/** The models side by side (content/compare.yaml): every cell cited. */
export const compareSchema = z.object({
  rows: z.array(z.object({ id: z.string(), label: z.string(), option1: cell, option2: cell, combined: cell })).min(10),
});

/** Events from 2019 to 2022 (content/timeline.yaml); the afterword ones come from the public record, not the documents. */
export const timelineSchema = z.object({
  events: z
    .array(
      z.union([
        z.object({ date: z.string(), dateText: z.string(), text: z.string(), cite: citeRef, afterword: z.literal(false).optional() }),
        z.object({ date: z.string(), dateText: z.string(), text: z.string(), afterword: z.literal(true) }),
      ]),
    )
    .min(5),
});

/** Every abbreviation and term the site uses (content/glossary.yaml). */
export const glossarySchema = z.object({
  terms: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), term: z.string(), expansion: z.string().optional(), definition: z.string() })).min(20),
  /** Names that contain an abbreviation without being a use of it: "NHS England" is not a use of "NHS". */
  properNames: z.array(z.string().min(1)).min(1),
});

const share = z.number().min(0).max(100);

/** The consultation's figures and the NHS Confederation survey (content/results.yaml). */
export const resultsSchema = z.object({
  engagement: z.object({
    title: z.string(),
    intro: z.string(),
    labels: z.object({ agree: z.string(), disagree: z.string(), neutral: z.string() }),
    note: z.string(),
    questions: z.array(z.object({ question: z.enum(['q1', 'q2', 'q3', 'q4']), agree: share, disagree: share, neutral: share, cite: citeRef })).length(4),
  }),
  survey: z.object({
    title: z.string(),
    intro: z.string(),
    label: z.string(),
    findings: z.array(z.object({ text: z.string(), value: z.string(), share: z.number().min(0).max(1), cite: citeRef })).min(1),
    note: z.string(),
  }),
  tableCaption: z.string().includes('{title}'),
  chartLabel: z.string().includes('{title}'),
});
