/**
 * The question flow as built and as used: the machine's graph against the built pages, then
 * journeys in Chromium with JavaScript and without.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { reachableStates } from '../../src/flow/graph.ts';
import { stepOf } from '../../src/flow/flow-state.ts';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';
import { launchBrowser, watchedContext, type Watched } from './browser.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const states = reachableStates();
const flowUrl = `${siteUrl}check/`;

/** The flow segments a link on a built page leads to, resolved as a browser would. */
function segmentsOfLink(pageSegments: string[], href: string): string[] {
  const target = new URL(href, `${flowUrl}${pageSegments.map((s) => `${s}/`).join('')}`);
  return target.href.slice(flowUrl.length).split('/').filter(Boolean);
}

describe('the machine against the built pages', () => {
  it('has a page for every reachable state and no page for any other', async () => {
    const built = (await htmlPagesIn(distDir)).map((p) => p.urlPath).filter((p) => p.startsWith('check/'));
    const expected = states.map((s) => `check/${s.segments.map((x) => `${x}/`).join('')}`);
    expect(built.sort()).toEqual(expected.sort());
  });

  it("links each answer on a page to the state the machine says it leads to", async () => {
    for (const { segments, snapshot } of states) {
      const file = join(distDir, 'check', ...segments, 'index.html');
      expect(existsSync(file), file).toBe(true);
      const html = await readFile(file, 'utf8');
      const step = stepOf(snapshot);
      const answerLinks = [...html.matchAll(/<a class="answer" href="([^"]+)"/g), ...html.matchAll(/<p class="unsure"><a href="([^"]+)"/g)].map((m) =>
        segmentsOfLink(segments, m[1]!),
      );
      const accepted = snapshot._nodes.flatMap((n) => n.ownEvents).filter((e) => e !== 'START_AGAIN');
      expect(answerLinks.map((l) => l.join('/')).sort(), segments.join('/')).toEqual(accepted.map((e) => [...segments, e].join('/')).sort());
      if (step.kind === 'outcome') {
        const models = [...html.matchAll(/<h2 id="[^"]*">(Option 1|Option 2|The combined model)<\/h2>/g)].map((m) => m[1]);
        expect(models, segments.join('/')).toEqual(['Option 1', 'Option 2', 'The combined model']);
      }
    }
  });
});

describe('journeys in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const heading = (page: Page) => page.locator('main h1').textContent();
  const clickAnswer = async (page: Page, name: string | RegExp, js: boolean) => {
    const before = page.url();
    await page.getByRole('link', { name, exact: typeof name === 'string' }).click();
    await page.waitForURL((url) => url.href !== before);
    if (!js) await page.waitForLoadState('load');
  };

  for (const js of [true, false]) {
    const mode = js ? 'with JavaScript' : 'without JavaScript';
    describe(mode, () => {
      let watched: Watched;
      let page: Page;
      beforeAll(async () => {
        watched = await watchedContext(browser, { javaScriptEnabled: js });
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

      it('uses the back link', async () => {
        await page.getByRole('link', { name: 'Back', exact: true }).click();
        await page.waitForURL(`${flowUrl}council/not-sure/`);
        await expect(heading(page)).resolves.toBe('How to tell what kind of council you are part of');
        await clickAnswer(page, /^A district or borough council/, js);
      });

      it('changes an answer, and the new answer leads somewhere new', async () => {
        await page.getByRole('link', { name: 'Change who you are' }).click();
        await page.waitForURL(flowUrl);
        await expect(heading(page)).resolves.toBe('Which of these best describes you?');
        await clickAnswer(page, /^I am a governor, director or member of staff/, js);
        await clickAnswer(page, "I'm not sure", js);
        await expect(heading(page)).resolves.toBe('How to tell if your trust is a foundation trust');
        await clickAnswer(page, 'Yes, it is a foundation trust', js);
        await clickAnswer(page, 'I am a governor', js);
        await expect(heading(page)).resolves.toMatch(/foundation trust governor/i);
        expect(page.url()).toBe(`${flowUrl}trust/not-sure/foundation/governor/`);
      });

      it('starts again', async () => {
        await page.getByRole('link', { name: 'Start again' }).click();
        await page.waitForURL(flowUrl);
        await expect(heading(page)).resolves.toBe('Which of these best describes you?');
        await expect(page.locator('.your-answers').count()).resolves.toBe(0);
      });

      it('takes an address with a bad answer to the furthest step it reaches, or offers the start', async () => {
        const response = await page.goto(`${flowUrl}council/banana/district/`);
        expect(response?.status()).toBe(404);
        if (js) {
          await page.waitForURL(`${flowUrl}council/`);
          await expect(heading(page)).resolves.toBe('What kind of council are you part of?');
        } else {
          await expect(heading(page)).resolves.toBe('Page not found');
          await expect(page.getByRole('link', { name: 'start the questions' }).count()).resolves.toBe(1);
        }
      });

      it('loads nothing from outside and logs no error', () => {
        expect(watched.offsite).toEqual([]);
        expect(watched.consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
      });
    });
  }

  it('with JavaScript: no full page load, focus on the new h1, the step announced', async () => {
    const watched = await watchedContext(browser);
    const page = await watched.context.newPage();
    await page.goto(flowUrl);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    for (const [answer, expected] of [
      ['I am a governor, director or member of staff of an NHS trust or foundation trust', 'Is your trust a foundation trust?'],
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
