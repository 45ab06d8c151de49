import { z } from 'astro/zod';

const filter = <T extends string>(values: readonly [T, ...T[]]) =>
  z.object({ legend: z.string(), values: z.object(Object.fromEntries(values.map((v) => [v, z.string()])) as Record<T, z.ZodString>) });

export const KINDS = ['guide', 'outcome', 'reference', 'glossary', 'about'] as const;
export const READERS = ['council', 'trust', 'ccg', 'primary-care', 'voluntary', 'public'] as const;
export const MODELS = ['option1', 'option2', 'combined'] as const;
export type Kind = (typeof KINDS)[number];
export type Reader = (typeof READERS)[number];
export type Model = (typeof MODELS)[number];

/** Words of the search box, the search page and the site index (content/search.yaml). */
export const searchWordsSchema = z.object({
  boxLabel: z.string(),
  button: z.string(),
  shortcutHint: z.string(),
  pageTitle: z.string(),
  pageDescription: z.string(),
  noScript: z.string(),
  failure: z.string(),
  loading: z.string(),
  siteIndexLink: z.string(),
  filtersHeading: z.string(),
  resultsHeading: z.string(),
  count: z.object({ none: z.string(), one: z.string(), many: z.string().includes('{count}') }),
  showing: z.string().includes('{shown}').includes('{count}'),
  showMore: z.string(),
  section: z.string(),
  unknownWord: z.string().includes('{word}'),
  unknownWords: z.string().includes('{words}'),
  listedWord: z.string().includes('{word}'),
  listSeparator: z.string(),
  corrected: z.string().includes('{typed}').includes('{word}'),
  noneHelp: z.string(),
  noneLinks: z.array(z.object({ label: z.string(), href: z.string().startsWith('/') })).min(1),
  /** Lower-case words left out of a query when other words remain. */
  ignoredWords: z.array(z.string().regex(/^[a-z]+$/)),
  filters: z.object({ kind: filter(KINDS), reader: filter(READERS), model: filter(MODELS) }),
  siteIndexTitle: z.string(),
  siteIndexDescription: z.string(),
});
export type SearchWords = z.infer<typeof searchWordsSchema>;
