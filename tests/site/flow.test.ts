/**
 * The question flow as built and as used: the machine's graph against the built pages, the flow
 * pages under a strict Content-Security-Policy, the island against the static page at every
 * reachable state, and journeys in Chromium with JavaScript and without.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { reachableStates } from '../../src/flow/graph.ts';
import { stepOf } from '../../src/flow/flow-state.ts';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';
import { launchBrowser, watchedContext, type Watched } from './browser.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const states = reachableStates();
const flowUrl = `${siteUrl}check/`;
const urlOf = (segments: readonly string[]) => `${flowUrl}${segments.map((s) => `${s}/`).join('')}`;
const STRICT_CSP = "default-src 'self'";

/** The flow segments a link on a built page leads to, resolved as a browser would. */
function segmentsOfLink(pageSegments: string[], href: string): string[] {
  const target = new URL(href, urlOf(pageSegments));
  return target.pathname.slice(new URL(flowUrl).pathname.length).split('/').filter(Boolean);
}

const builtPage = (segments: readonly string[]) => readFile(join(distDir, 'check', ...segments, 'index.html'), 'utf8');

describe('the machine against the built pages', () => {
  it('has a page for every reachable state and no page for any other', async () => {
    const built = (await htmlPagesIn(distDir)).map((p) => p.urlPath).filter((p) => p.startsWith('check/'));
    const expected = states.map((s) => `check/${s.segments.map((x) => `${x}/`).join('')}`);
    expect(built.sort()).toEqual(expected.sort());
  });

  it('links each answer on a page to the state the machine says it leads to', async () => {
    for (const { segments, snapshot } of states) {
      const file = join(distDir, 'check', ...segments, 'index.html');
      expect(existsSync(file), file).toBe(true);
      const html = await builtPage(segments);
      const step = stepOf(snapshot);
      const answerLinks = [...html.matchAll(/<a class="answer"[^>]*\shref="([^"]+)"/g), ...html.matchAll(/<p class="unsure"><a [^>]*href="([^"]+)"/g)].map((m) =>
        segmentsOfLink(segments, m[1]!),
      );
      const accepted = snapshot._nodes.flatMap((n) => n.ownEvents).filter((e) => e !== 'START_AGAIN');
      expect(answerLinks.map((l) => l.join('/')).sort(), segments.join('/')).toEqual(accepted.map((e) => [...segments, e].join('/')).sort());
      if (step.kind === 'outcome') {
        const models = [...html.matchAll(/<h2 id="[^"]*">(Option 1|Option 2|The combined model) for [^<]+<\/h2>/g)].map((m) => m[1]);
        expect(models, segments.join('/')).toEqual(['Option 1', 'Option 2', 'The combined model']);
      }
    }
  });

  it('needs no inline script or style on any flow page, and loads its scripts as modules', async () => {
    const problems: string[] = [];
    for (const { segments } of states) {
      const html = await builtPage(segments);
      const where = `check/${segments.join('/')}`;
      for (const [tag, attributes] of html.matchAll(/<script\b([^>]*)>/g)) {
        const isData = /\stype="application\/(?:ld\+)?json"/.test(attributes!);
        if (!isData && !/\ssrc="[^"]+"/.test(attributes!)) problems.push(`${where}: inline script ${tag}`);
        if (!isData && !/\stype="module"/.test(attributes!)) problems.push(`${where}: classic script ${tag}`);
      }
      if (/<style\b/i.test(html)) problems.push(`${where}: <style> element`);
      for (const [tag] of html.matchAll(/<[a-z][^>]*\sstyle=[^>]*>/gi)) problems.push(`${where}: style attribute ${tag}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /** Serves the flow's pages with a strict Content-Security-Policy, as a careful host would. */
  async function withStrictCsp(context: BrowserContext) {
    await context.route(
      (url) => url.pathname.startsWith(new URL(flowUrl).pathname),
      async (route) => {
        const response = await route.fetch();
        const headers = response.status() === 200 ? { ...response.headers(), 'content-security-policy': STRICT_CSP } : response.headers();
        await route.fulfill({ response, headers });
      },
    );
  }

  const heading = (page: Page) => page.locator('main h1').textContent();
  /** What a reader is shown: the main heading and the main content's text. */
  const shown = (page: Page) =>
    page.evaluate(() => ({
      h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
      main: (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  const clickAnswer = async (page: Page, name: string | RegExp, js: boolean) => {
    const before = page.url();
    await page.getByRole('link', { name, exact: typeof name === 'string' }).click();
    await page.waitForURL((url) => url.href !== before);
    if (!js) await page.waitForLoadState('load');
  };
  /** The answers marked as given before: by :target without JavaScript, by aria-current with it. */
  const marked = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main a[data-chosen]')]
        .filter((a) => a.matches(':target') || a.getAttribute('aria-current') === 'true')
        .map((a) => ({ id: a.id, after: getComputedStyle(a, '::after').content })),
    );

  describe('with JavaScript, at every reachable state', () => {
    it('the island shows the same step as the static page at that address, reached by clicking from the start and by history', async () => {
      const watched = await watchedContext(browser);
      await withStrictCsp(watched.context);
      const page = await watched.context.newPage();
      await page.goto(flowUrl);
      // Each static page's own heading and main content, parsed from the file served at its address.
      const expected = new Map(
        await page.evaluate(
          (pages) =>
            Promise.all(
              pages.map(async ([key, url]) => {
                const html = await (await fetch(url!)).text();
                const doc = new DOMParser().parseFromString(html, 'text/html');
                const h1 = doc.querySelector('main h1')?.textContent?.trim() ?? '';
                return [key!, { h1, main: (doc.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim() }] as const;
              }),
            ),
          states.map((s) => [s.segments.join('/'), urlOf(s.segments)]),
        ),
      );
      const children = (segments: string[]) =>
        states.filter((s) => s.segments.length === segments.length + 1 && s.segments.join('/').startsWith(segments.join('/'))).map((s) => s.segments);
      const expectShown = async (segments: string[], how: string) => {
        const want = expected.get(segments.join('/'))!;
        await page.waitForFunction((h1) => document.querySelector('main h1')?.textContent?.trim() === h1, want.h1);
        expect(new URL(page.url()).pathname, how).toBe(new URL(urlOf(segments)).pathname);
        expect(await shown(page), `${how} ${segments.join('/')}`).toEqual(want);
      };
      let visited = 0;
      const visit = async (segments: string[]) => {
        visited += 1;
        for (const child of children(segments)) {
          await page.locator(`main #answer-${child.at(-1)}`).click();
          await expectShown(child, 'clicked to');
          await visit(child);
          await page.goBack();
          await expectShown(segments, 'back to');
          // Back at the question: the answer just given there is marked.
          expect((await marked(page)).map((m) => m.id)).toEqual([`answer-${child.at(-1)}`]);
        }
      };
      await expectShown([], 'loaded');
      await visit([]);
      expect(visited).toBe(states.length);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.failures).toEqual([]);
      await watched.context.close();
    }, 600_000);
  });

  for (const js of [true, false]) {
    const mode = js ? 'with JavaScript' : 'without JavaScript';
    describe(`journeys ${mode}`, () => {
      let watched: Watched;
      let page: Page;
      beforeAll(async () => {
        watched = await watchedContext(browser, { javaScriptEnabled: js });
        await withStrictCsp(watched.context);
        page = await watched.context.newPage();
      });
      afterAll(() => watched.context.close());

      it('reaches the tier-two council outcome by clicking, through "I\'m not sure"', async () => {
        await page.goto(siteUrl);
        await page.getByRole('link', { name: 'Start now' }).click();
        await expect(heading(page)).resolves.toBe('Which of these best describes you?');
        await clickAnswer(page, 'I am a councillor, or I work for a council', js);
        await expect(heading(page)).resolves.toBe('What kind of council are you part of?');
        await clickAnswer(page, "I'm not sure", js);
        await expect(heading(page)).resolves.toBe('How to tell what kind of council you are part of');
        await clickAnswer(page, /^A district or borough council/, js);
        await expect(heading(page)).resolves.toMatch(/district or borough council/i);
        expect(page.url()).toBe(`${flowUrl}council/not-sure/district/`);
        await expect(page.title()).resolves.toMatch(/district or borough council/i);
        await expect(page.locator('.your-answers dd').first().textContent()).resolves.toBe('I am a councillor, or I work for a council');
      });

      it('goes back and forward through history', async () => {
        await page.goBack();
        await page.waitForURL(`${flowUrl}council/not-sure/`);
        await expect(heading(page)).resolves.toBe('How to tell what kind of council you are part of');
        await page.goForward();
        await page.waitForURL(`${flowUrl}council/not-sure/district/`);
        await expect(heading(page)).resolves.toMatch(/district or borough council/i);
      });

      it('uses the back link, which marks the answer given', async () => {
        await page.getByRole('link', { name: 'Back', exact: true }).click();
        await page.waitForURL(`${flowUrl}council/not-sure/#answer-district`);
        await expect(heading(page)).resolves.toBe('How to tell what kind of council you are part of');
        expect(await marked(page)).toEqual([{ id: 'answer-district', after: expect.stringContaining('Your answer') }]);
        await clickAnswer(page, /^A district or borough council/, js);
      });

      it('changes an answer: the earlier answer is marked, and the new answer leads somewhere new', async () => {
        await page.getByRole('link', { name: 'Change who you are' }).click();
        await page.waitForURL(`${flowUrl}#answer-council`);
        await expect(heading(page)).resolves.toBe('Which of these best describes you?');
        // Marked for every reader: in the link's accessible name, and shown after it.
        await expect(page.getByRole('link', { name: /Your answer/ }).allTextContents()).resolves.toEqual(['I am a councillor, or I work for a council']);
        expect(await marked(page)).toEqual([{ id: 'answer-council', after: expect.stringContaining('Your answer') }]);
        if (js) await expect(page.locator('#answer-council').getAttribute('aria-current')).resolves.toBe('true');
        await clickAnswer(page, /^I am a director or member of staff of an NHS trust/, js);
        await expect(page.getByRole('link', { name: /Your answer/ }).count()).resolves.toBe(0);
        await clickAnswer(page, "I'm not sure", js);
        await expect(heading(page)).resolves.toBe('How to tell if your trust is a foundation trust');
        await clickAnswer(page, 'Yes, it is a foundation trust', js);
        await clickAnswer(page, 'I am a governor', js);
        await expect(heading(page)).resolves.toMatch(/foundation trust governor/i);
        expect(page.url()).toBe(`${flowUrl}trust/not-sure/foundation/governor/`);
      });

      it('marks the earlier answer on a help step reached through Change', async () => {
        await page.getByRole('link', { name: 'Change type of trust' }).click();
        await page.waitForURL(`${flowUrl}trust/not-sure/#answer-foundation`);
        await expect(heading(page)).resolves.toBe('How to tell if your trust is a foundation trust');
        expect((await marked(page)).map((m) => m.id)).toEqual(['answer-foundation']);
        await clickAnswer(page, /^Yes, it is a foundation trust/, js);
        await clickAnswer(page, 'I am a governor', js);
      });

      it('starts again, with no answer marked', async () => {
        await page.getByRole('link', { name: 'Start again' }).click();
        await page.waitForURL(flowUrl);
        await expect(heading(page)).resolves.toBe('Which of these best describes you?');
        await expect(page.locator('.your-answers').count()).resolves.toBe(0);
        expect(await marked(page)).toEqual([]);
      });

      it('loads nothing from outside, every request succeeds, and nothing is logged as an error (the head links stay right on every step)', () => {
        expect(watched.offsite).toEqual([]);
        expect(watched.failures).toEqual([]);
        expect(watched.consoleErrors).toEqual([]);
      });
    });
  }

  describe('an address the flow has no page for', () => {
    it('without JavaScript: the 404 page, which says how to get back into the site and links nowhere wrong', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(`${flowUrl}council/banana/district/`);
      expect(response?.status()).toBe(404);
      await expect(heading(page)).resolves.toBe('Page not found');
      // Served at an unknown depth, the page cannot know the site root without JavaScript (or a
      // SITE_BASE build, tested in not-found.test.ts): it says in words how to get there instead.
      await expect(page.locator('main [data-root-unknown]').isVisible()).resolves.toBe(true);
      await expect(page.locator('main a[href]').count()).resolves.toBe(0);
      await context.close();
    });

    for (const [bad, furthest] of [
      ['council/banana/district/', 'council/'],
      ['council/council/district/', 'council/'],
      ['district/council/', ''],
      ['council/district/extra/', 'council/district/'],
    ] as const) {
      it(`with JavaScript: ${bad} goes to the furthest valid step, ${furthest || 'the start'}, which says the rest was not understood`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const response = await page.goto(`${flowUrl}${bad}`);
        expect(response?.status()).toBe(404);
        await page.waitForURL(`${flowUrl}${furthest}`);
        await page.locator('main .flow-note').waitFor();
        await expect(page.locator('main .flow-note').textContent()).resolves.toMatch(/did not understand all of the address/);
        await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(/did not understand all of the address/);
        // The note is for this visit only: it is gone from the address, and from the next step.
        await page.locator('main a[data-flow-link]').first().click();
        await page.waitForURL((url) => url.href !== `${flowUrl}${furthest}`);
        await expect(page.locator('main .flow-note').count()).resolves.toBe(0);
        await context.close();
      });
    }

    it('with JavaScript: an address that differs only in letter case goes to its step with no note', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${flowUrl}Council/District/`);
      await page.waitForURL(`${flowUrl}council/district/`);
      await expect(heading(page)).resolves.toMatch(/district or borough council/i);
      await expect(page.locator('main .flow-note').count()).resolves.toBe(0);
      await context.close();
    });

    it('with JavaScript: never reloads in a loop when the furthest valid step is itself missing on the server', async () => {
      const context = await browser.newContext();
      const notFound = await readFile(join(distDir, '404.html'), 'utf8');
      // This server has lost the page of check/council/.
      await context.route(
        (url) => url.pathname === new URL(`${flowUrl}council/`).pathname,
        (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }),
      );
      for (const [start, end, loads] of [
        ['council/banana/', 'council/?partial=1', 2],
        ['council/', 'council/', 1],
      ] as const) {
        const page = await context.newPage();
        const documents: string[] = [];
        page.on('request', (request) => {
          if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents.push(request.url());
        });
        await page.goto(`${flowUrl}${start}`);
        await page.waitForURL(`${flowUrl}${end}`);
        // The 404 page has found the site root and loaded its scripts, and the network is quiet:
        // the restorer has had its chance, and has left the reader on the 404 page.
        await page.waitForSelector('body[data-root-found]');
        await page.waitForLoadState('networkidle');
        await expect(heading(page)).resolves.toBe('Page not found');
        expect(documents, start).toHaveLength(loads);
        expect(page.url()).toBe(`${flowUrl}${end}`);
        await page.close();
      }
      await context.close();
    });
  });

  it('with JavaScript: no full page load, focus on the new h1, the step announced', async () => {
    const watched = await watchedContext(browser);
    const page = await watched.context.newPage();
    await page.goto(flowUrl);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    for (const [answer, expected] of [
      ['I am a director or member of staff of an NHS trust or foundation trust, or a foundation trust governor', 'Is your trust a foundation trust?'],
      ['Yes, it is a foundation trust', 'What is your role at the foundation trust?'],
      ['I am a governor', /governor/i],
    ] as const) {
      const before = await heading(page);
      await page.getByRole('link', { name: answer }).click();
      await page.waitForFunction((text) => document.querySelector('main h1')?.textContent !== text, before);
      const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent, title: document.title }));
      expect(focused.tag).toBe('H1');
      expect(focused.text).toMatch(expected);
      expect(focused.title).toContain(focused.text!);
      await expect(page.locator('[role="status"]').textContent()).resolves.toContain(focused.text!);
    }
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await watched.context.close();
  });
});
