import { z } from 'astro/zod';

const link = z.object({ label: z.string(), href: z.string().startsWith('/') });

/** The words of the site's frame: name, navigation, footer, and labels the layout needs. */
export const siteSchema = z.object({
  name: z.string(),
  tagline: z.string(),
  skipLink: z.string(),
  navLabel: z.string(),
  nav: z.array(link).min(1),
  footer: z.object({
    asAt: z.string(),
    notAdvice: z.string(),
    links: z.array(link),
  }),
  /** The button that opens the navigation and search on a small screen. */
  menu: z.string(),
  /** The print-only list of the places a page links to (see src/lib/print-sources.ts). */
  printSources: z.object({ heading: z.string(), intro: z.string(), fromHome: z.string() }),
  citeLabel: z.string(),
  citeWhere: z.string().includes('{guide}').includes('{original}'),
  /** Labels an "as at" note: a fact from after March 2021, kept apart from the proposals. */
  laterLabel: z.string(),
  guide: z.object({
    publishedBy: z.string(),
    date: z.string(),
    kind: z.string(),
    writtenFor: z.string(),
    original: z.string(),
    /** Before each guide section's pinpoint: "In the original:". */
    inTheOriginal: z.string(),
    inBrief: z.string(),
    contents: z.string(),
    backToIndex: z.string(),
  }),
});
