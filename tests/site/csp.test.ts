/**
 * The site under a strict Content-Security-Policy (no inline script or style, no <base>): the
 * built files have nothing inline, and in Chromium no page reports a violation, the question flow
 * advances with JavaScript and search finds results — under the project's own server and under
 * nginx with the README's configuration, both of which send the header.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { launchBrowser, watchedContext, type Watched } from './browser.ts';
import { SUB_PATH } from './global-setup.ts';
import { startNginx, type RunningNginx } from './nginx.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const readme = new URL('../../README.md', import.meta.url).pathname;

/** What a strict policy would block in one built HTML file. */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const data = /\btype\s*=\s*["']?application\/(?:ld\+)?json/i.test(m[1]!);
    if (!data && m[2]!.trim() !== '') found.push(`inline <script>: ${m[2]!.trim().slice(0, 60)}…`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) found.push(`<style> element: ${m[0]}`);
  for (const m of html.matchAll(/<[a-z][^>]*\sstyle\s*=\s*["'][^"']*["']/gi)) found.push(`style attribute: ${m[0].slice(0, 80)}`);
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) found.push(`event handler attribute: ${m[0].slice(0, 80)}`);
  for (const m of html.matchAll(/<base\b[^>]*>/gi)) found.push(`<base>: ${m[0]}`);
  return found;
}

describe('the built files', () => {
  it('have no inline script code, <style> element, style or event attribute, or <base> in any HTML file', async () => {
    const pages = await htmlPagesIn(distDir);
    expect(pages.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const page of pages) for (const what of inlineCode(await readFile(page.file, 'utf8'))) found.push(`${page.relativePath}: ${what}`);
    expect(found).toEqual([]);
  });
});

interface Server {
  url: string;
  close(): Promise<void>;
}
/** Under the project's server every page is already visited by the crawl, which fails on any console error (a violation logs one). */
const servers: Array<[string, () => Promise<Server>, { everyPage: boolean }]> = [
  ["the project's server", async () => ({ url: siteUrl, close: async () => undefined }), { everyPage: false }],
  ["nginx with the README's configuration", (): Promise<RunningNginx> => startNginx(readme, distDir, SUB_PATH), { everyPage: true }],
];

/** Records every violation report in the page, from before its first script runs. */
const RECORD_VIOLATIONS = () => {
  const list: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = list;
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
};
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
// Violation reports are queued as tasks: let them arrive before reading.
const settle = (page: Page) => page.evaluate(() => new Promise((done) => setTimeout(done, 50)));

describe.each(servers)('under %s, with the Content-Security-Policy header', (_name, start, { everyPage }) => {
  let server: Server;
  let browser: Browser;
  let watched: Watched;
  let page: Page;

  beforeAll(async () => {
    server = await start();
    browser = await launchBrowser();
    watched = await watchedContext(browser);
    await watched.context.addInitScript(RECORD_VIOLATIONS);
    page = await watched.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends the policy with every page', async () => {
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.runIf(everyPage)('has no violation and no console error on any page', async () => {
    const pages = (await htmlPagesIn(distDir)).filter((p) => p.relativePath !== '404.html').map((p) => p.urlPath);
    const found: string[] = [];
    const errorsBefore = watched.consoleErrors.length;
    // A few tabs at once; each records its own page's violations.
    const tabs = await Promise.all([1, 2, 3].map(() => watched.context.newPage()));
    await Promise.all(
      tabs.map(async (tab) => {
        for (let urlPath = pages.shift(); urlPath !== undefined; urlPath = pages.shift()) {
          await tab.goto(server.url + urlPath, { waitUntil: 'load' });
          await settle(tab);
          for (const v of await violations(tab)) found.push(`${urlPath}: ${v}`);
        }
        await tab.close();
      }),
    );
    expect(found.sort()).toEqual([]);
    expect(watched.consoleErrors.slice(errorsBefore)).toEqual([]);
  });

  it('the 404 page, shown at a missing address, has no violation', async () => {
    const response = await page.goto(`${server.url}no/such/page/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    await page.waitForSelector('body[data-root-found]');
    await settle(page);
    await expect(violations(page)).resolves.toEqual([]);
  });

  it('the question flow advances with JavaScript, without loading a new page', async () => {
    await page.goto(`${server.url}check/`);
    const before = await page.locator('main h1').textContent();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.locator('main a.answer').first().click();
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent !== h, before);
    expect(page.url()).not.toBe(`${server.url}check/`);
    await expect(page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true);
    await expect(violations(page)).resolves.toEqual([]);
  });

  it('search finds results, and a result opens with the terms highlighted', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('tier two')}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0 || !document.querySelector('[data-search-failure]')?.hasAttribute('hidden'));
    await expect(page.locator('#search-results > li').count()).resolves.toBeGreaterThan(0);
    await expect(violations(page)).resolves.toEqual([]);
    await page.locator('#search-results > li > h2 > a').first().click();
    await page.waitForFunction(() => document.querySelectorAll('main mark').length > 0);
    await settle(page);
    await expect(violations(page)).resolves.toEqual([]);
    expect(watched.offsite).toEqual([]);
  });
});
