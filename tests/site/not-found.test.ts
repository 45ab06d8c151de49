/**
 * The 404 page, as servers show it: at a missing address three and six folders deep, at the
 * domain root and under a deep sub-path, from the project's server and from nginx with the
 * README's configuration, with JavaScript on and off, as built (portable) and pinned to its
 * public path (SITE_BASE). In every case no link on it is broken.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pinNotFoundPage } from '../../src/lib/not-found-page.ts';
import { ASSETS_ID, type PageAssets } from '../../src/lib/root-finder.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { startStaticServer } from '../../src/lib/static-server.ts';
import { launchBrowser, watchedContext } from './browser.ts';
import { SUB_PATH } from './global-setup.ts';
import { startNginx } from './nginx.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const readme = new URL('../../README.md', import.meta.url).pathname;
const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY };
const THREE_DEEP = ['one/two/three/'];

interface Server {
  url: string;
  close(): Promise<void>;
}
interface Case {
  name: string;
  /** Pinned pages have absolute links, so they need no script. */
  pinned: boolean;
  /** Status the server answers a missing address with. */
  status: number;
  /** Missing addresses to ask for. */
  missing: string[];
  start(): Promise<Server>;
}

let tempDir: string;
let finder: string;
async function pinned(base: string): Promise<string> {
  const file = join(tempDir, `404-${base.replace(/\W+/g, '-')}.html`);
  await writeFile(file, await pinNotFoundPage(await readFile(join(distDir, '404.html'), 'utf8'), base));
  return file;
}

const cases: Case[] = [
  { name: "the project's server, at the domain root", pinned: false, status: 404, missing: [...THREE_DEEP, 'one/two/three/four/five/six'], start: () => startStaticServer({ root: distDir, headers }) },
  { name: "the project's server, under a deep sub-path", pinned: false, status: 404, missing: THREE_DEEP, start: async () => ({ url: siteUrl, close: async () => undefined }) },
  { name: "nginx with the README's configuration, under a deep sub-path", pinned: false, status: 404, missing: THREE_DEEP, start: () => startNginx(readme, distDir, SUB_PATH) },
  {
    name: 'a server whose error handler answers 200, under a deep sub-path',
    pinned: false,
    status: 200,
    missing: THREE_DEEP,
    start: () => startStaticServer({ root: distDir, basePath: SUB_PATH, headers, notFoundStatus: 200 }),
  },
  {
    name: 'built with SITE_BASE=/, at the domain root',
    pinned: true,
    status: 404,
    missing: THREE_DEEP,
    start: async () => startStaticServer({ root: distDir, headers, notFoundPage: await pinned('/') }),
  },
  {
    name: `built with SITE_BASE=${SUB_PATH}, under that sub-path`,
    pinned: true,
    status: 404,
    missing: THREE_DEEP,
    start: async () => startStaticServer({ root: distDir, basePath: SUB_PATH, headers, notFoundPage: await pinned(SUB_PATH) }),
  },
];

let browser: Browser;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'ics-404-'));
  const html = await readFile(join(distDir, '404.html'), 'utf8');
  const json = new RegExp(`<script type="application/json" id="${ASSETS_ID}">([^<]*)</script>`).exec(html)?.[1];
  finder = (JSON.parse(json ?? '{}') as PageAssets).finder;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(tempDir, { recursive: true, force: true });
});

describe.each(cases)('the 404 page from $name', ({ pinned: isPinned, status, missing: addresses, start }) => {
  let server: Server;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server?.close());

  describe.each([true, false])('with JavaScript %s', (javaScriptEnabled) => {
    const linksWork = javaScriptEnabled || isPinned;

    it.each(addresses)(`at the missing address %s: ${linksWork ? 'every link works' : 'says how to reach the home page, and links nowhere wrong'}`, async (missing) => {
      const watched = await watchedContext(browser, { javaScriptEnabled });
      const page = await watched.context.newPage();
      const response = await page.goto(server.url + missing, { waitUntil: 'load' });
      expect(response?.status()).toBe(status);
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
      if (javaScriptEnabled && !isPinned) {
        await page.waitForSelector('body[data-root-found]');
        await expect(page.evaluate(() => document.body.dataset.siteRoot)).resolves.toBe(server.url);
      }
      if (javaScriptEnabled) await page.waitForFunction(() => [...document.styleSheets].length > 0);

      const found = await page.evaluate(() => ({
        anchors: [...document.querySelectorAll('a')].map((a) => ({ text: a.textContent?.trim(), href: a.hasAttribute('href') ? a.href : null })),
        forms: [...document.querySelectorAll('form')].filter((f) => !f.hidden).map((f) => f.action),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        wordsShown: [...document.querySelectorAll<HTMLElement>('[data-root-unknown]')].some((e) => e.checkVisibility()),
        skipLinkTop: parseFloat(getComputedStyle(document.querySelector('.skip-link')!).top),
      }));
      expect(found.anchors.length).toBeGreaterThan(10);
      const hrefs = [...new Set([...found.anchors.map((a) => a.href), ...found.forms].filter((h): h is string => h !== null))];
      const broken = await Promise.all(
        hrefs.map(async (href) => {
          const url = new URL(href);
          if (url.href.replace(/#.*$/, '') === page.url().replace(/#.*$/, '')) return found.ids.includes(url.hash.slice(1)) ? [] : [`${href}: no such id on the page`];
          if (!url.href.startsWith(server.url)) return [`${href}: outside the site`];
          const target = await watched.context.request.get(url.href, { maxRedirects: 0 });
          return target.status() === 200 ? [] : [`${href}: ${target.status()}`];
        }),
      );
      expect(broken.flat()).toEqual([]);

      if (linksWork) {
        expect(found.anchors.filter((a) => a.href === null)).toEqual([]);
        expect(hrefs).toContain(server.url);
        expect(found.forms).toEqual([`${server.url}search/`]);
        expect(found.wordsShown).toBe(false);
        // Styled: the stylesheet moves the skip link off-screen.
        expect(found.skipLinkTop).toBeLessThan(0);
      } else {
        expect(found.wordsShown).toBe(true);
        expect(hrefs.every((h) => h.startsWith(`${page.url().replace(/#.*$/, '')}#`))).toBe(true);
      }

      // The only requests that fail are the root finder's copies in folders that are not the root.
      const isFinderCopy = (url: string) => new URL(url).pathname.endsWith(`/${finder}`);
      const unexpected = watched.failures.filter((f) => !isFinderCopy(f.split(' ')[1] ?? ''));
      expect(unexpected).toEqual([]);
      if (isPinned || !javaScriptEnabled) expect(watched.failures).toEqual([]);
      const otherErrors = watched.consoleErrors.filter((e) => !/Failed to load resource: the server responded with a status of 404|Expected a JavaScript(?:-or-Wasm)? module script/.test(e));
      expect([...otherErrors, ...watched.offsite]).toEqual([]);
      await watched.context.close();
    });
  });
});
