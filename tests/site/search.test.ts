/** Search, in Chromium, with the site under a deep sub-path and nothing reachable but loopback. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, watchedContext, type Watched } from './browser.ts';
import { startStaticServer, type RunningServer } from '../../src/lib/static-server.ts';
import { SUB_PATH } from './global-setup.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let watched: Watched;
let page: Page;

const resultLinks = (p: Page) => p.locator('#search-results > li > h2 > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
async function search(p: Page, query: string) {
  await p.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await p.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '');
}

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await watchedContext(browser);
  page = await watched.context.newPage();
});
afterAll(() => browser?.close());

describe('search with JavaScript', () => {
  it('"tier two" finds the district council outcome and the Colchester guide', async () => {
    await search(page, 'tier two');
    const links = await resultLinks(page);
    expect(links.some((l) => l.includes('/check/council/district/'))).toBe(true);
    expect(links.some((l) => l.includes('/guides/colchester-response/'))).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/\d+ results for “tier two”/);
    await expect(page.locator('#search-results mark').count()).resolves.toBeGreaterThan(0);
  });

  it('"foundation trust governors" finds the foundation trust governor outcome', async () => {
    await search(page, 'foundation trust governors');
    const links = await resultLinks(page);
    expect(links.some((l) => l.includes('/check/trust/foundation/governor/'))).toBe(true);
  });

  it('a filter narrows the results, and lives in the address', async () => {
    await search(page, 'tier two');
    const before = (await resultLinks(page)).length;
    const status = await page.locator('#search-status').textContent();
    await page.getByRole('checkbox', { name: 'Document guide' }).check();
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, status);
    const after = await resultLinks(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    expect(after.every((l) => l.includes('/guides/'))).toBe(true);
    expect(page.url()).toContain('kind=Document+guide');
  });

  it('keeps result links under the sub-path, and opens a result with the terms highlighted', async () => {
    await search(page, 'tier two');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(siteUrl)).toBe(true);
    await page.locator('#search-results > li > h2 > a').first().click();
    await page.waitForFunction(() => document.querySelectorAll('main mark').length > 0);
    expect(page.url().startsWith(siteUrl)).toBe(true);
  });

  it('the header box searches from any page', async () => {
    await page.goto(`${siteUrl}about/`);
    await page.getByRole('searchbox', { name: 'Search this site' }).fill('tier two');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/search\/\?q=tier\+two/);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
  });

  it('has no axe violation with results showing', async () => {
    await search(page, 'tier two');
    expect(describeViolations(page.url(), await axeViolations(page))).toEqual([]);
  });

  it('made no request that left loopback, and logged no error', () => {
    expect(watched.offsite).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});

describe('search when it cannot work', () => {
  it('without JavaScript, says so and links to every page', async () => {
    const noJs = await watchedContext(browser, { javaScriptEnabled: false });
    const p = await noJs.context.newPage();
    await p.goto(`${siteUrl}search/?q=tier+two`);
    await expect(p.locator('[data-search-nojs]').isVisible()).resolves.toBe(true);
    await p.getByRole('link', { name: 'See every page of the site' }).click();
    await expect(p.locator('h1').textContent()).resolves.toBe('Every page of the site');
    await expect(p.locator('main a').count()).resolves.toBeGreaterThan(15);
    await noJs.context.close();
  });

  describe('on a server that blocks the index files', () => {
    let blocking: RunningServer;
    beforeAll(async () => {
      blocking = await startStaticServer({ root: inject('distDir'), basePath: SUB_PATH, block: (path) => /\.pf_|\.pagefind$/.test(path) });
    });
    afterAll(() => blocking?.close());

    it('says plainly that search is not working, and links to every page', async () => {
      const ctx = await watchedContext(browser);
      const p = await ctx.context.newPage();
      await p.goto(`${blocking.url}search/?q=tier+two`);
      await p.locator('[data-search-failure]').waitFor({ state: 'visible' });
      await expect(p.locator('[data-search-nojs]').isVisible()).resolves.toBe(false);
      await expect(p.getByRole('link', { name: 'See every page of the site' }).isVisible()).resolves.toBe(true);
      await ctx.context.close();
    });
  });
});
