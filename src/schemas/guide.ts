import { z } from 'astro/zod';
import { MODELS, READERS } from './search.ts';

/** A plain-English guide to one source document. Its sections are its `##` headings. */
export const guideSchema = z.object({
  title: z.string(),
  shortTitle: z.string(),
  publisher: z.string(),
  date: z.coerce.date(),
  dateText: z.string(),
  /** As precise as the source is ("2020-11" for a month, "2020" for a year); `date` itself only orders the guides. */
  datePublished: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  kind: z.string(),
  audience: z.string(),
  summary: z.string(),
  originalUrl: z.url().optional(),
  inBrief: z.array(z.string()).min(3).max(5),
  /** Heading id → the part of the original document that section explains ("legislative recommendation 3"). */
  original: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)),
  /** For the search filters: the readers the document speaks to most, and the models it discusses. */
  readers: z.array(z.enum(READERS)).default([]),
  models: z.array(z.enum(MODELS)).default([]),
});
