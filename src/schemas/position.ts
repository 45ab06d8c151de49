import { z } from 'astro/zod';

/** A citation: "guide-id#section-id". Checked against the built guides by src/lib/citations.ts. */
export const citeRef = z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a citation is "guide-id#section-id"');

const stance = z.object({
  stance: z.enum(['for', 'against', 'mixed', 'none']),
  summary: z.string(),
  cite: citeRef,
});

/** One organisation's position on the four consultation questions and the three models. */
export const positionSchema = z.object({
  organisation: z.string(),
  source: z.string(),
  relation: z.enum(['own', 'reported']),
  summary: z.string(),
  questions: z.object({ q1: stance, q2: stance, q3: stance, q4: stance }),
  models: z.object({ option1: stance, option2: stance, combined: stance }),
});
