import { z } from 'astro/zod';
import { KINDS } from './search.ts';

/** A free-standing page (home, about, the 404 page): its words are the MDX body. */
export const pageSchema = z.object({
  title: z.string(),
  /** Shown in the browser tab and search results; the home page uses the site name alone. */
  description: z.string().max(200),
  /** Where the page is published, relative to the site root ("" is the home page); none for the 404 page. */
  /** The page's kind in the search filters. */
  searchKind: z.enum(KINDS).default('about'),
  path: z.string().regex(/^(?:[a-z0-9-]+\/)*$/).optional(),
});
