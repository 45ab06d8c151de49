/**
 * How well search answers readers' questions: each question of the query set is asked through
 * the site's own search page (search/?q=…) in Chromium, and the results, best first, are scored
 * (success@3, MRR over the first ten; see src/lib/search-quality.ts).
 * `npm run bench` runs it (`BENCH_ONLY=search` for the search measures alone).
 * SEARCH_QUERIES names another query set in the same format.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { resultPath, score, type Answered, type Question, type Score } from '../lib/search-quality.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const QUERY_SET = process.env.SEARCH_QUERIES ?? join(ROOT, 'tests/data/search-queries.yaml');

export async function loadQuestions(path = QUERY_SET): Promise<Question[]> {
  const items = parse(await readFile(path, 'utf8')) as Array<{ q: string | number; expect: string[] }>;
  return items.map((item) => ({ q: String(item.q), expect: item.expect }));
}

/** Opens search/?q=… and returns the result paths, best first, once the search has finished. */
export async function resultsFor(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const list = document.querySelector('#search-results');
    return document.querySelector('#search-status')?.textContent !== '' && list?.getAttribute('aria-busy') !== 'true';
  });
  const hrefs = await page.locator('#search-results > li').evaluateAll((items) => items.map((li) => li.querySelector('a')?.href ?? ''));
  return hrefs.map((href) => resultPath(href, siteUrl));
}

export async function measureQuality(browser: Browser, siteUrl: string, questions: Question[]): Promise<Score> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const answers: Answered[] = [];
  for (const question of questions) answers.push({ ...question, results: await resultsFor(page, siteUrl, question.q) });
  await context.close();
  return score(answers);
}

export function printQuality(s: Score) {
  console.log(`Search quality: success@3 ${s.found}/${s.total} (${(s.successAt3 * 100).toFixed(0)}%), MRR@10 ${s.mrr.toFixed(3)}`);
  for (const miss of s.misses) console.log(`  miss: "${miss.q}" expected ${miss.expect.join(', ')}; first: ${miss.first.join(', ') || '(nothing)'}`);
}
