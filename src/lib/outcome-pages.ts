/**
 * The built outcome pages, one per outcome (an outcome has several addresses with the same words),
 * with the reading words of each: what tests/site/outcomes.test.ts holds to its limit and
 * `npm run bench` reports.
 */
import { readFile } from 'node:fs/promises';
import { parseHtml } from './html-tree.ts';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { htmlPagesIn } from './built-pages.ts';
import { readingWords } from './reading-words.ts';

export interface OutcomePage {
  path: string;
  html: string;
  words: number;
}

export async function outcomePagesIn(dist: string): Promise<OutcomePage[]> {
  const byTitle = new Map<string, OutcomePage>();
  // Shortest address first: the one search indexes and a reader shares.
  const pages = (await htmlPagesIn(dist)).sort((a, b) => a.urlPath.length - b.urlPath.length);
  for (const page of pages) {
    if (!page.urlPath.startsWith('check/')) continue;
    const html = await readFile(page.file, 'utf8');
    const tree = parseHtml(html);
    if (!select('main .in-short', tree)) continue;
    const title = toText(select('main h1', tree)!);
    if (!byTitle.has(title)) byTitle.set(title, { path: page.urlPath, html, words: readingWords(tree) });
  }
  return [...byTitle.values()];
}
