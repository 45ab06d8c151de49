import { z } from 'astro/zod';
import { READERS } from './search.ts';

/** The words of one question of the flow (content/flow/questions/<question-id>.yaml). */
export const questionWordsSchema = z.object({
  title: z.string(),
  /** The question's name in "Your answers" and in "Change …" link text. */
  short: z.string(),
  hint: z.string().optional(),
  answers: z.record(z.string(), z.string()),
  unsure: z
    .object({ label: z.string(), title: z.string(), explanation: z.array(z.string()).min(1) })
    .optional(),
});

const stanceTopic = z.enum(['q1', 'q2', 'q3', 'q4', 'option1', 'option2', 'combined']);

/** One outcome of the flow (content/flow/outcomes/<outcome-id>.mdx); its body explains the three models. */
export const outcomeSchema = z.object({
  title: z.string(),
  description: z.string().max(200),
  reader: z.enum(READERS),
  /** "In short": three to five sentences on what the proposals meant for this reader. */
  inShort: z.array(z.string()).min(3).max(5),
  voices: z.array(z.object({ position: z.string(), about: z.array(stanceTopic).min(1) })).min(1),
  askNext: z.array(z.string()).min(3).max(8),
  /** What happened next for this reader in particular; the shared afterword is shown too, so never repeat it. */
  afterword: z.string().optional(),
});

/** A model's shared description (content/models/<model>.mdx), shown at the top of its section on every outcome page. */
export const modelSummarySchema = z.object({
  /** Says whose model it is: "What NHSE/I proposed in November 2020". */
  label: z.string(),
});

/** Words every step of the flow uses (content/flow/flow.yaml). */
export const flowWordsSchema = z.object({
  startTitle: z.string(),
  startIntro: z.string(),
  back: z.string(),
  answersHeading: z.string(),
  change: z.string(),
  startAgain: z.string(),
  unsureBack: z.string(),
  outcomeIntro: z.string(),
  inShortHeading: z.string(),
  contentsHeading: z.string(),
  voicesHeading: z.string(),
  voicesIntro: z.string(),
  askHeading: z.string(),
  afterwordHeading: z.string(),
  afterwordLabel: z.string(),
  printNote: z.string(),
  announce: z.string().includes('{title}'),
  /** Marks the answer given before, on a question reached through "Change" or "Back". */
  yourAnswer: z.string(),
  /** Shown on the step an address was cut back to, when the rest of it was not understood. */
  partialNote: z.string(),
  mapTitle: z.string(),
  mapIntro: z.string(),
  mapOutcome: z.string(),
});
