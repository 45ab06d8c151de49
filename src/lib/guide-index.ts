/** The guides and their sections, read once per build from the content collection. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { GuideIndex } from './citations.ts';

let cached: Promise<GuideIndex> | undefined;

export function guideIndex(): Promise<GuideIndex> {
  cached ??= (async () => {
    const guides = await getCollection('guides');
    const entries = await Promise.all(
      guides.map(async (guide) => {
        const { headings } = await render(guide);
        return [guide.id, { shortTitle: guide.data.shortTitle, sections: new Map(headings.map((h) => [h.slug, h.text])) }] as const;
      }),
    );
    return new Map(entries);
  })();
  return cached;
}

/** Guides in date order, oldest first, as the documents index lists them. */
export async function guidesByDate(): Promise<CollectionEntry<'guides'>[]> {
  return (await getCollection('guides')).sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
}
