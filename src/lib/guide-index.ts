/** The guides, their sections and each section's pinpoint, read once per build from the content collection. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { GuideIndex } from './citations.ts';
import { pinpointProblems } from './pinpoints.ts';

let cached: Promise<GuideIndex> | undefined;

export function guideIndex(): Promise<GuideIndex> {
  cached ??= (async () => {
    const guides = await getCollection('guides');
    const entries = await Promise.all(
      guides.map(async (guide) => {
        const { headings } = await render(guide);
        const { original } = guide.data;
        return [guide.id, {
          shortTitle: guide.data.shortTitle,
          sections: new Map(headings.map((h) => [h.slug, { title: h.text, original: original[h.slug] ?? '' }])),
          problems: pinpointProblems(guide.id, headings.map((h) => h.slug), original),
        }] as const;
      }),
    );
    const problems = entries.flatMap(([, guide]) => guide.problems);
    if (problems.length > 0) throw new Error(`Every guide section must say where it comes from in the original:\n${problems.join('\n')}`);
    return new Map(entries);
  })();
  return cached;
}

/** Guides in date order, oldest first, as the documents index lists them. */
export async function guidesByDate(): Promise<CollectionEntry<'guides'>[]> {
  return (await getCollection('guides')).sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
}
