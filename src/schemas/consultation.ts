import { z } from 'astro/zod';

const question = z.object({ short: z.string(), asked: z.string() });
const model = z.object({ name: z.string(), short: z.string() });

/** The four consultation questions, the three models, and the words for a stance on them. */
export const consultationSchema = z.object({
  questions: z.object({ q1: question, q2: question, q3: question, q4: question }),
  models: z.object({ option1: model, option2: model, combined: model }),
  stances: z.object({ for: z.string(), against: z.string(), mixed: z.string(), none: z.string() }),
  table: z.object({
    caption: z.string().includes('{organisation}'),
    topic: z.string(),
    stance: z.string(),
    detail: z.string(),
    reported: z.string(),
    heading: z.string(),
  }),
});
