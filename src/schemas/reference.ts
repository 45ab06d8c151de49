import { z } from 'astro/zod';
import { citeRef } from './position.ts';

const cell = z.object({ text: z.string(), cite: z.array(citeRef).min(1) });

/** Where a combined-model cell comes from: NHSE/I's February 2021 recommendations, the White Paper, or the authors' own views. */
const COMPARE_SOURCES = ['recommendations', 'white-paper', 'views'] as const;
const compareSource = z.enum(COMPARE_SOURCES);

/** The models side by side (content/compare.yaml): every cell cited, every combined-model cell labelled with its source. */
export const compareSchema = z.object({
  from: z.object({ label: z.string().includes('{sources}'), separator: z.string(), sources: z.record(compareSource, z.string()) }),
  rows: z
    .array(z.object({ id: z.string(), label: z.string(), option1: cell, option2: cell, combined: cell.extend({ from: z.array(compareSource).min(1) }) }))
    .min(10),
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
  terms: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        term: z.string(),
        expansion: z.string().optional(),
        definition: z.string(),
        /** A term that only came in after March 2021 (the 2022 Act's names): the whole entry is an "as at" note. */
        later: z.boolean().optional(),
        /** What became of a 2020–21 term later: shown apart, labelled, as an "as at" note. */
        asAt: z.string().optional(),
      }),
    )
    .min(20),
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
