/** The site's frame words (content/site.yaml). */
import { getEntry } from 'astro:content';

export async function siteWords() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml must have a "site" entry');
  return entry.data;
}

/** The consultation's questions, models and stance words (content/consultation.yaml). */
export async function consultationWords() {
  const entry = await getEntry('consultation', 'consultation');
  if (!entry) throw new Error('content/consultation.yaml must have a "consultation" entry');
  return entry.data;
}

/** Words every step of the question flow uses (content/flow/flow.yaml). */
export async function flowWords() {
  const entry = await getEntry('flow', 'flow');
  if (!entry) throw new Error('content/flow/flow.yaml must have a "flow" entry');
  return entry.data;
}

/** Words of the search box, the search page and the site index (content/search.yaml). */
export async function searchWords() {
  const entry = await getEntry('search', 'search');
  if (!entry) throw new Error('content/search.yaml must have a "search" entry');
  return entry.data;
}
