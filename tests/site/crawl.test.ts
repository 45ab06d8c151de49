/**
 * The built site, served under a deep sub-path, crawled in Chromium: every page reachable by
 * links is visited, so a page added by any later change is checked without being listed here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { crawl, type CrawlResult } from './crawl.ts';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let result: CrawlResult;

beforeAll(async () => {
  browser = await launchBrowser();
  result = await crawl(browser, siteUrl);
});
afterAll(() => browser?.close());

describe('every page reachable by links, served under a sub-path', () => {
  it('reaches every built page except the 404 page', async () => {
    const built = (await htmlPagesIn(inject('distDir'))).map((p) => p.urlPath).filter((p) => p !== '404.html');
    const reached = result.pages.map((url) => url.slice(siteUrl.length));
    expect(reached.sort()).toEqual(built.sort());
  });

  it('has no broken link, page or asset', () => {
    expect([...result.brokenLinks, ...result.failures]).toEqual([]);
  });

  it('has no link to a section that does not exist', () => {
    expect(result.missingFragments).toEqual([]);
  });

  it('has no link that escapes the sub-path', () => {
    expect(result.escapingLinks).toEqual([]);
  });

  it('makes no request that leaves loopback', () => {
    expect(result.offsite).toEqual([]);
  });

  it('logs no console error', () => {
    expect(result.consoleErrors).toEqual([]);
  });

  it('has no axe violation of WCAG 2.2 A or AA', () => {
    expect(result.axe).toEqual([]);
  });
});
