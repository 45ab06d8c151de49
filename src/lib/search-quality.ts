/**
 * Scores a search against a set of questions with known answers: success@3 (share of questions
 * with an expected page among the first three results) and mean reciprocal rank of the first
 * expected page within the first ten. Pure, so the benchmark and its unit test share it.
 */
export interface Question {
  q: string;
  /** Paths from the site root, ending in "/", without an anchor. */
  expect: string[];
}

export interface Answered extends Question {
  /** Result paths, best first, relative to the site root. */
  results: string[];
}

export interface Score {
  found: number;
  total: number;
  successAt3: number;
  mrr: number;
  misses: Array<{ q: string; expect: string[]; first: string[] }>;
}

/** The rank (1-based) of the first expected page within the first ten results, or 0. */
export function firstExpectedRank(answered: Answered): number {
  const index = answered.results.slice(0, 10).findIndex((r) => answered.expect.includes(r));
  return index + 1;
}

export function score(answers: Answered[]): Score {
  const ranks = answers.map(firstExpectedRank);
  const found = ranks.filter((r) => r > 0 && r <= 3).length;
  return {
    found,
    total: answers.length,
    successAt3: answers.length ? found / answers.length : 0,
    mrr: answers.length ? ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / answers.length : 0,
    misses: answers.filter((_, i) => !(ranks[i]! > 0 && ranks[i]! <= 3)).map((a) => ({ q: a.q, expect: a.expect, first: a.results.slice(0, 3) })),
  };
}

/** A result link's path relative to the site root: no anchor, no query. */
export function resultPath(href: string, siteUrl: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  return url.href.startsWith(siteUrl) ? url.href.slice(siteUrl.length) : url.href;
}
