import { z } from 'astro/zod';

/** A plain-English guide to one source document. Its sections are its `##` headings. */
export const guideSchema = z.object({
  title: z.string(),
  shortTitle: z.string(),
  publisher: z.string(),
  date: z.coerce.date(),
  dateText: z.string(),
  kind: z.string(),
  audience: z.string(),
  summary: z.string(),
  originalUrl: z.url().optional(),
  inBrief: z.array(z.string()).min(3).max(5),
});
