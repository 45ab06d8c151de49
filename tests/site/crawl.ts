/**
 * Visits every page reachable by links from the home page, in a real browser, and records what
 * a reader (or a screen-reader user, or a validator) would trip over.
 */
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, watchedContext, type Watched } from './browser.ts';

export interface CrawlResult extends Watched {
  pages: string[];
  brokenLinks: string[];
  escapingLinks: string[];
  missingFragments: string[];
  axe: string[];
}

export async function crawl(browser: Browser, siteUrl: string, options: { javaScriptEnabled?: boolean; axe?: boolean } = {}): Promise<CrawlResult> {
  const watched = await watchedContext(browser, options);
  const result: CrawlResult = { ...watched, pages: [], brokenLinks: [], escapingLinks: [], missingFragments: [], axe: [] };
  const queue: string[] = [siteUrl];
  const seen = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const fragmentLinks: Array<{ from: string; page: string; id: string }> = [];
  const page = await watched.context.newPage();

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() >= 400) {
      result.brokenLinks.push(`${url} answered ${response?.status() ?? 'nothing'}`);
      continue;
    }
    result.pages.push(url);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      forms: [...document.querySelectorAll<HTMLFormElement>('form[action]')].map((f) => f.action),
    }));
    ids.set(url, new Set(found.ids));
    if (options.axe !== false) result.axe.push(...describeViolations(url, await axeViolations(page)));

    for (const href of [...found.links, ...found.forms]) {
      const target = new URL(href);
      if (target.origin !== new URL(siteUrl).origin) continue;
      if (!target.href.startsWith(siteUrl)) {
        result.escapingLinks.push(`${url} links to ${href}`);
        continue;
      }
      const pageUrl = target.href.replace(/#.*$/, '');
      if (target.hash.length > 1) fragmentLinks.push({ from: url, page: pageUrl, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(pageUrl) && !/\.(?:css|js|svg|png|ico|json|xml|txt)$/.test(target.pathname)) {
        seen.add(pageUrl);
        queue.push(pageUrl);
      }
    }
  }

  for (const { from, page: target, id } of fragmentLinks) {
    const known = ids.get(target);
    if (known && !known.has(id)) result.missingFragments.push(`${from} links to #${id} on ${target}, which has no such id`);
  }
  await watched.context.close();
  return result;
}
