/** The site's single-entry data files, read by name: each throws clearly if its file is missing. */
import { getEntry, type CollectionEntry } from 'astro:content';

type Single = 'site' | 'consultation' | 'flow' | 'search' | 'compare' | 'timeline' | 'glossary' | 'results';

async function single<C extends Single>(collection: C, file: string): Promise<CollectionEntry<C>['data']> {
  const entry = await getEntry(collection, collection);
  if (!entry) throw new Error(`${file} must have a "${collection}" entry`);
  return entry.data as CollectionEntry<C>['data'];
}

/** The site's frame words (content/site.yaml). */
export const siteWords = () => single('site', 'content/site.yaml');
/** The consultation's questions, models and stance words (content/consultation.yaml). */
export const consultationWords = () => single('consultation', 'content/consultation.yaml');
/** Words every step of the question flow uses (content/flow/flow.yaml). */
export const flowWords = () => single('flow', 'content/flow/flow.yaml');
/** Words of the search box, the search page and the site index (content/search.yaml). */
export const searchWords = () => single('search', 'content/search.yaml');
/** The models side by side (content/compare.yaml). */
export const compareData = () => single('compare', 'content/compare.yaml');
/** Events from 2019 to 2022 (content/timeline.yaml). */
export const timelineData = () => single('timeline', 'content/timeline.yaml');
/** Every abbreviation and term (content/glossary.yaml). */
export const glossaryData = () => single('glossary', 'content/glossary.yaml');
/** The consultation figures and the NHS Confederation survey (content/results.yaml). */
export const resultsData = () => single('results', 'content/results.yaml');

/** A page of words from content/pages, by file name. */
export async function pageEntry(id: string): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.mdx is missing`);
  return entry;
}
