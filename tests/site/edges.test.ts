/**
 * Addresses a reader or a link checker may produce by accident: paths with "//" or an encoded
 * slash, which would make a page resolve its links and files one folder off, and search queries
 * with "$&", markup or 10,000 characters. Under the project's server and nginx with the README's
 * configuration.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { QUERY_MAX_LENGTH } from '../../src/lib/search-limits.ts';
import { launchBrowser, watchedContext, type Watched } from './browser.ts';
import { SUB_PATH } from './global-setup.ts';
import { startNginx } from './nginx.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const readme = new URL('../../README.md', import.meta.url).pathname;

interface Server {
  url: string;
  close(): Promise<void>;
}
const servers: Array<[string, () => Promise<Server>]> = [
  ["the project's server", async () => ({ url: siteUrl, close: async () => undefined })],
  ["nginx with the README's configuration", () => startNginx(readme, distDir, SUB_PATH)],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const status = (page: Page) => page.locator('#search-status').textContent();
async function searchFor(page: Page, url: string) {
  await page.goto(url);
  // Results are in when the status has words and the list is no longer busy ("Searching…").
  await page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '' && document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'true');
}

describe.each(servers)('under %s', (_name, start) => {
  let server: Server;
  let watched: Watched;
  let page: Page;
  let dialogs = 0;
  beforeAll(async () => {
    server = await start();
    watched = await watchedContext(browser);
    page = await watched.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await watched?.context.close();
    await server?.close();
  });

  it.each([
    ['a doubled slash', '/guides/', 'guides/'],
    ['a doubled slash inside the sub-path', '', ''],
    ['a doubled slash at the end', 'guides//', 'guides/'],
    ['an encoded slash', 'guides%2Fkings-fund-explainer/', 'guides/kings-fund-explainer/'],
    ['an encoded slash and a query', 'guides%2fkings-fund-explainer/?x=1', 'guides/kings-fund-explainer/?x=1'],
  ])('a path with %s is redirected to the clean address, and the page is whole', async (_what, path, clean) => {
    // The second case doubles a slash in the middle of the sub-path itself.
    const asked = path === '' ? server.url.replace(SUB_PATH, SUB_PATH.replace('/health/', '//health/')) : server.url + path;
    const failuresBefore = watched.failures.length;
    await page.goto(asked, { waitUntil: 'load' });
    expect(page.url()).toBe(server.url + clean);
    const skipLinkTop = await page.locator('.skip-link').evaluate((e) => parseFloat(getComputedStyle(e).top));
    expect(skipLinkTop).toBeLessThan(0);
    expect(watched.failures.slice(failuresBefore)).toEqual([]);
  });

  it('a query with "$&" is shown as typed', async () => {
    await searchFor(page, `${server.url}search/?q=${encodeURIComponent('$& council $1')}`);
    await expect(status(page)).resolves.toContain('“$& council $1”');
  });

  it('a query with markup is shown as text and runs nothing', async () => {
    const query = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await searchFor(page, `${server.url}search/?q=${encodeURIComponent(query)}`);
    await expect(status(page)).resolves.toContain(`“${query}”`);
    await expect(page.locator('#search-status *, #search-results script, #search-results img').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
  });

  it('a 10,000-character query typed in the search box is cut to the box\'s limit and searched', async () => {
    await page.goto(`${server.url}about/`);
    const box = page.getByRole('searchbox', { name: 'Search this site' });
    await box.focus();
    await page.keyboard.insertText(`council ${'x'.repeat(10_000)}`);
    await expect(box.inputValue()).resolves.toHaveLength(QUERY_MAX_LENGTH);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/search\/\?q=/);
    // Results are in when the status has words and the list is no longer busy ("Searching…").
  await page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '' && document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'true');
    await expect(page.locator('#search-q').inputValue()).resolves.toHaveLength(QUERY_MAX_LENGTH);
  });

  it('logs no console error and leaves nothing broken', () => {
    expect([...watched.consoleErrors, ...watched.failures, ...watched.offsite]).toEqual([]);
  });
});

describe("the project's server", () => {
  it('a 10,000-character query in a hand-made address is cut to the limit before use', async () => {
    const watched = await watchedContext(browser);
    const page = await watched.context.newPage();
    await searchFor(page, `${siteUrl}search/?q=council${'y'.repeat(10_000)}`);
    await expect(page.locator('#search-q').inputValue()).resolves.toHaveLength(QUERY_MAX_LENGTH);
    expect(new URL(page.url()).searchParams.get('q')).toHaveLength(QUERY_MAX_LENGTH);
    expect([...watched.consoleErrors, ...watched.failures]).toEqual([]);
    await watched.context.close();
  });
});
