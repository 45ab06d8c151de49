/** Search, in Chromium, with the site under a deep sub-path and nothing reachable but loopback. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, watchedContext, type Watched } from './browser.ts';
import { startStaticServer, type RunningServer } from '../../src/lib/static-server.ts';
import { resultsFor } from '../../src/cli/search-quality.ts';
import { SUB_PATH } from './global-setup.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let watched: Watched;
let page: Page;

const search = (p: Page, query: string) => resultsFor(p, siteUrl, query);
const status = (p: Page) => p.locator('#search-status').textContent();
const done = (p: Page) =>
  p.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '' && document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'true');
/**
 * Runs Pagefind's own exact (quoted) search in the page, to ask the index itself. Passed as
 * text, because Vitest would rewrite a dynamic import inside a function.
 */
const pagesWithPhrase = (p: Page, phrase: string): Promise<string[]> =>
  p.evaluate(`(async () => {
    const root = new URL(document.body.dataset.siteRoot ?? './', location.href);
    const pagefind = await import(new URL('pagefind/pagefind.js', root).href);
    await pagefind.options({ baseUrl: root.pathname });
    const found = await pagefind.search(${JSON.stringify(`"${phrase}"`)});
    return Promise.all(found.results.map(async (r) => (await r.data()).url));
  })()`);

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await watchedContext(browser);
  page = await watched.context.newPage();
});
afterAll(() => browser?.close());

describe('search finds the answer', () => {
  it.each([
    ['tier two council seat', ['check/council/district/', 'guides/colchester-response/']],
    ['who appoints the ICS chair', ['guides/nhs-providers-briefing/', 'compare/']],
    ['Royal Assent', ['timeline/']],
    ['single pot', ['guides/colchester-response/', 'glossary/', 'guides/kings-fund-explainer/']],
    ['what does this mean for foundation trust governors', ['check/trust/foundation/governor/']],
  ])('"%s" puts a page that answers it in the first three', async (query, expected) => {
    const results = await search(page, query);
    expect(results.slice(0, 3).some((r) => expected.includes(r)), `first three: ${results.slice(0, 3).join(', ')}`).toBe(true);
  });

  it('says how many results there are, and points each at the section that matched', async () => {
    await search(page, 'who appoints the ICS chair');
    await expect(status(page)).resolves.toMatch(/^\d+ results? for “who appoints the ICS chair”/);
    // Each of the first results links to the section that matched, names it, and says what kind of page it is.
    for (const result of (await page.locator('#search-results > li').all()).slice(0, 3)) {
      const href = await result.locator('a').first().getAttribute('href');
      const section = href!.split('#')[1];
      expect(section, href!).toMatch(/^[a-z0-9-]+$/);
      const target = await page.request.get(href!.split('?')[0]!);
      expect(await target.text(), href!).toContain(`id="${section}"`);
      await expect(result.locator('.result-section').textContent()).resolves.toMatch(/\S/);
      await expect(result.locator('.result-meta').textContent()).resolves.toMatch(/\S/);
    }
    await expect(page.locator('#search-results > li').first().locator('mark').count()).resolves.toBeGreaterThan(0);
  });

  it('finds a table row, and links to the row', async () => {
    await search(page, 'minimum board membership');
    const links = await page.locator('#search-results > li > h2 > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const compare = links.find((l) => l.includes('/compare/'));
    expect(compare).toBeDefined();
    const id = new URL(compare!).hash.slice(1);
    await page.goto(compare!);
    await expect(page.locator(`[id="${id}"]`).evaluate((el) => el.tagName)).resolves.toBe('TR');
  });

  it('matches whole words: "Nottingham" finds nothing, not every page with "not"', async () => {
    await expect(search(page, 'Nottingham')).resolves.toEqual([]);
    await expect(status(page)).resolves.toContain('No results for “Nottingham”');
    // Typed into the box, still being typed, it is no different.
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially('Nottingham');
    await done(page);
    await expect(page.locator('#search-results > li').count()).resolves.toBe(0);
  });

  it('matches a complete word only where the page has that word', async () => {
    const results = await search(page, 'not');
    expect(results.length).toBeGreaterThan(0);
    for (const path of results.slice(0, 5)) {
      const text = await (await page.request.get(`${siteUrl}${path}`)).text();
      expect(text.replace(/<[^>]+>/g, ' '), path).toMatch(/\bnot\b/i);
    }
  });

  it('offers the word it thinks the reader meant, and says so', async () => {
    const results = await search(page, 'colchestor');
    expect(results[0]).toBe('guides/colchester-response/');
    await expect(status(page)).resolves.toContain('“colchester”');
  });

  it('when nothing is found, says so and offers the glossary, every page and the questions', async () => {
    await search(page, 'xylophone zebra');
    await expect(status(page)).resolves.toContain('No results');
    const none = page.locator('#search-none');
    await expect(none.isVisible()).resolves.toBe(true);
    const hrefs = await none.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual([`${siteUrl}glossary/`, `${siteUrl}site-index/`, `${siteUrl}check/`]);
  });

  it('"Show more" pages through every result, moving focus to the first new one', async () => {
    await search(page, 'trust');
    const total = Number(/^(\d+) results/.exec((await status(page))!)![1]);
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('#search-results > li').count()).resolves.toBe(10);
    await expect(status(page)).resolves.toContain(`Showing 10 of ${total}`);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    await expect(page.evaluate(() => document.activeElement === document.querySelectorAll('#search-results > li')[10]?.querySelector('a'))).resolves.toBe(true);
    const settled = () => page.waitForFunction(() => !document.querySelector('#search-results')?.hasAttribute('aria-busy'));
    await settled();
    while (await more.isVisible()) {
      const shown = await page.locator('#search-results > li').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
      await settled();
    }
    await expect(page.locator('#search-results > li').count()).resolves.toBe(total);
    await expect(status(page)).resolves.not.toContain('Showing');
  });

  it('shows excerpts with no words glued together across block elements', async () => {
    // Every word of an excerpt must be a word of its page as the browser lays it out.
    const split = (text: string) => text.split(/[\s.,;:!?()“”"'‘’]+/).filter(Boolean);
    const pageWords = new Map<string, Set<string>>();
    const target = await browser.newPage();
    for (const query of ['kind of document', 'agreed disagreed neutral', 'option 1 option 2']) {
      await search(page, query);
      const results = await page.locator('#search-results > li').evaluateAll((lis) =>
        lis.slice(0, 3).map((li) => ({ href: li.querySelector('a')!.href.replace(/[?#].*$/, ''), excerpt: li.querySelector('.result-excerpt')!.textContent! })),
      );
      for (const { href, excerpt } of results) {
        if (!pageWords.has(href)) {
          await target.goto(href);
          pageWords.set(href, new Set(split(await target.locator('main').innerText())));
        }
        expect(split(excerpt).filter((w) => !pageWords.get(href)!.has(w)), `${query} → ${href}`).toEqual([]);
      }
    }
    await target.close();
  });

  it('a filter narrows the results, and lives in the address', async () => {
    const before = await search(page, 'tier two');
    const text = await status(page);
    await page.getByRole('checkbox', { name: 'Document guide' }).check();
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, text);
    await done(page);
    const after = await page.locator('#search-results > li > h2 > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((l) => l.includes('/guides/'))).toBe(true);
    expect(page.url()).toContain('kind=Document+guide');
    await page.reload();
    await done(page);
    await expect(page.getByRole('checkbox', { name: 'Document guide' }).isChecked()).resolves.toBe(true);
  });

  it('keeps result links under the sub-path, and opens a result with the terms highlighted', async () => {
    await search(page, 'tier two');
    const links = await page.locator('#search-results > li > h2 > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
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
    await search(page, 'trust');
    expect(describeViolations(page.url(), await axeViolations(page))).toEqual([]);
  });
});

describe('the index holds only what a reader wants to find', () => {
  it('has nothing from "Your answers", the navigation, the header or the footer', async () => {
    const site = parse(await readFile('content/site.yaml', 'utf8')).site;
    const flow = parse(await readFile('content/flow/flow.yaml', 'utf8')).flow;
    await page.goto(`${siteUrl}search/`);
    const phrases = [
      `${flow.answersHeading} ${flow.change}`,
      site.nav.map((n: { label: string }) => n.label).join(' '),
      site.skipLink,
      site.footer.asAt,
      site.footer.notAdvice,
    ];
    for (const phrase of phrases) await expect(pagesWithPhrase(page, phrase), phrase).resolves.toEqual([]);
    // A phrase that is on a page is found the same way, so the check above can fail.
    await expect(pagesWithPhrase(page, 'single pot')).resolves.not.toEqual([]);
  });

  it('gives every heading, table row, timeline entry and glossary term its own id', async () => {
    const missing: string[] = [];
    for (const path of ['compare/', 'who-said-what/', 'results/', 'timeline/', 'glossary/', 'guides/nhs-providers-briefing/', 'check/ccg/']) {
      await page.goto(`${siteUrl}${path}`);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(h2, h3, h4, tbody tr, .timeline > li, dl.glossary > dt)')].filter((el) => !el.id).map((el) => `${el.tagName} ${el.textContent?.slice(0, 40)}`),
      );
      missing.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(missing).toEqual([]);
  });
});

describe('search traffic', () => {
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

    it('says plainly that search could not load its index (not that JavaScript is off), and links to every page', async () => {
      const ctx = await watchedContext(browser);
      const p = await ctx.context.newPage();
      await p.goto(`${blocking.url}search/?q=tier+two`);
      await p.locator('[data-search-failure]').waitFor({ state: 'visible' });
      await expect(p.locator('[data-search-nojs]').isVisible()).resolves.toBe(false);
      await expect(p.locator('[data-search-failure]').textContent()).resolves.toContain('could not load its index');
      await expect(p.getByRole('link', { name: 'See every page of the site' }).isVisible()).resolves.toBe(true);
      await expect(p.locator('#search-results[aria-busy="true"]').count()).resolves.toBe(0);
      await ctx.context.close();
    });

    it('says the same when the reader types before anything has loaded', async () => {
      const ctx = await watchedContext(browser);
      const p = await ctx.context.newPage();
      await p.goto(`${blocking.url}search/`);
      await p.locator('#search-q').fill('tier two');
      await p.locator('[data-search-failure]').waitFor({ state: 'visible' });
      await expect(p.locator('#search-status').textContent()).resolves.toBe('');
      await ctx.context.close();
    });
  });

  describe('on a server that blocks the list of words to suggest from', () => {
    let blocking: RunningServer;
    beforeAll(async () => {
      blocking = await startStaticServer({ root: inject('distDir'), basePath: SUB_PATH, block: (path) => path.endsWith('words.json') });
    });
    afterAll(() => blocking?.close());

    it('still finds pages, only without suggestions', async () => {
      const ctx = await watchedContext(browser);
      const p = await ctx.context.newPage();
      await p.goto(`${blocking.url}search/`);
      await p.locator('#search-q').focus();
      await p.locator('#search-q').fill('foundation trust governors');
      await done(p);
      await expect(p.locator('[data-search-failure]').isVisible()).resolves.toBe(false);
      await expect(p.locator('#search-results > li').count()).resolves.toBeGreaterThan(0);
      await expect(p.locator('#search-results > li a').first().textContent()).resolves.toContain('governor');
      await ctx.context.close();
    });
  });
});
