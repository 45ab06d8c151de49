/**
 * Which part of a page a search result points to, worked out from the data Pagefind returns
 * for it (its anchors — every element with an id — and the weighted places its words matched),
 * as Pagefind's documentation suggests for custom sub-results. Unlike Pagefind's own
 * sub-results, which split pages only at headings, this also lands on a table row, a timeline
 * entry or a glossary term. Pure, so it is unit-tested.
 */
import { normaliseWord } from './search-vocabulary.ts';

export interface Anchor { element: string; id: string; text?: string; location: number }
export interface WeightedLocation { weight: number; balanced_score: number; location: number }
export interface ResultFragment {
  url: string;
  content: string;
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
}

export interface Section {
  /** The id to link to; undefined for the top of the page. */
  id?: string;
  /** What the section is called (its heading, row label, date or term). */
  title?: string;
  /** Up to `length` words around the best match, HTML-escaped, matches in <mark>. */
  excerpt: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};
/** Which of the searched terms a matched word stands for: the one it shares the longest start with. */
function termOf(word: string, terms: string[]): number {
  const normal = normaliseWord(word);
  let best = -1;
  let longest = 0;
  terms.forEach((term, i) => {
    const n = commonPrefix(normal, term);
    if (n > longest) [best, longest] = [i, n];
  });
  return best;
}

/** Label of an anchor; a table row has none of its own, so it takes its row header's. */
function labelOf(anchor: Anchor, anchors: Anchor[]): string | undefined {
  const own = anchor.text?.replace(/\s+/g, ' ').trim();
  if (own) return own;
  const inner = anchors.find((a) => a !== anchor && a.location === anchor.location && a.text?.trim());
  return inner?.text?.replace(/\s+/g, ' ').trim();
}

/**
 * The part of the page that best answers the query: the one that matches the most of the
 * searched terms, then the one with the most weight of matches.
 */
export function bestSection(fragment: ResultFragment, terms: string[], length: number): Section {
  const words = fragment.content.split(/\s+/);
  // Anchors that start a region: of several at one place (a row and its header), the outer one.
  const starts = [...fragment.anchors].sort((a, b) => a.location - b.location).filter((a, i, all) => i === 0 || all[i - 1]!.location !== a.location);
  const regionOf = (location: number) => {
    let index = -1;
    for (let i = 0; i < starts.length && starts[i]!.location <= location; i++) index = i;
    return index;
  };
  const scores = new Map<number, { covered: Set<number>; weight: number }>();
  for (const hit of fragment.weighted_locations) {
    const region = regionOf(hit.location);
    const score = scores.get(region) ?? { covered: new Set<number>(), weight: 0 };
    score.covered.add(termOf(words[hit.location] ?? '', terms));
    score.weight += hit.balanced_score;
    scores.set(region, score);
  }
  let best = -1;
  let bestScore = { covered: new Set<number>(), weight: -Infinity };
  for (const [region, score] of scores) {
    const better = score.covered.size - bestScore.covered.size || score.weight - bestScore.weight;
    if (better > 0) [best, bestScore] = [region, score];
  }

  const from = best >= 0 ? starts[best]!.location : 0;
  const to = starts[best + 1]?.location ?? words.length;
  const hits = fragment.weighted_locations.filter((h) => h.location >= from && h.location < to);
  // The window of `length` words inside the region holding the most weight.
  let start = from;
  let bestWindow = -1;
  for (const hit of hits) {
    const windowStart = Math.max(from, Math.min(hit.location - Math.floor(length / 3), to - length));
    const total = hits.filter((h) => h.location >= windowStart && h.location < windowStart + length).reduce((sum, h) => sum + h.balanced_score, 0);
    if (total > bestWindow) [start, bestWindow] = [windowStart, total];
  }
  start = Math.max(from, start);
  const marked = new Set(hits.map((h) => h.location));
  const excerpt = words
    .slice(start, Math.min(to, start + length))
    .map((word, i) => (marked.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
  const anchor = best >= 0 ? starts[best] : undefined;
  return anchor ? { id: anchor.id, title: labelOf(anchor, fragment.anchors), excerpt } : { excerpt };
}
