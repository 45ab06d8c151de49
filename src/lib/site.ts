/** The site's frame words (content/site.yaml). */
import { getEntry } from 'astro:content';

export async function siteWords() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml must have a "site" entry');
  return entry.data;
}
