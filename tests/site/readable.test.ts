/**
 * Readable on any screen, in print and with any settings. Every built page is opened in Chromium
 * on a 360 × 640 phone, at 320 CSS px (what 400% zoom leaves of a 1280 px window), with the
 * WCAG 1.4.12 text spacing, and printed on A4; the widest tables and an outcome page are printed
 * to PDF and read back; focus is checked in both themes and in forced colours.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';
import { axeViolations, describeViolations, launchBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');

/** A4 is 210 mm wide and the print stylesheet's @page side margins are 15 mm: 180 mm at 96 px to the inch. */
const A4_PRINTED_WIDTH = Math.floor((180 / 25.4) * 96);
/** WCAG 1.4.12: the spacing a reader's own stylesheet may set, which must lose no content. */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
const PHONE = { width: 360, height: 640 };
/** The most a header may take of a 360 × 640 phone screen: a fifth of its height. */
const HEADER_LIMIT = PHONE.height / 5;
const OUTCOME = 'check/council/district/';
/** A printed outcome page is a handout for a meeting: a few sheets, not a booklet (8 when this was written). */
const OUTCOME_MAX_PAGES = 9;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // The text-spacing check adds a user stylesheet, as a reader's browser extension would.
  context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
});
afterAll(() => browser?.close());

// The checks below run inside the page, so each is self-contained.

/** Describes an element for a failure message. */
const describeIn = `(el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' “' + (el.textContent || '').trim().slice(0, 40) + '”'`;

function documentWidthProblem(): string | null {
  const { scrollWidth, clientWidth } = document.documentElement;
  return scrollWidth > clientWidth ? `${scrollWidth} px wide in a ${clientWidth} px viewport` : null;
}

/** Elements that hide part of their own content (overflow not visible, content larger than the box). */
function clippedContent(describe: string): string[] {
  const name = (0, eval)(describe) as (el: Element) => string;
  return [...document.querySelectorAll('body *')]
    .filter((el) => {
      if (el.closest('.visually-hidden, [hidden], svg')) return false;
      const style = getComputedStyle(el);
      // A box of a pixel or less is the screen-reader-only pattern, clipped on purpose.
      if (style.display === 'none' || (el.clientWidth <= 1 && el.clientHeight <= 1)) return false;
      const clipsX = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      const clipsY = style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1;
      return clipsX || clipsY;
    })
    .map(name);
}

/** Visible text smaller than 12 CSS px, in HTML or in SVG (scaled as drawn). */
function textBelow12px(describe: string): string[] {
  const name = (0, eval)(describe) as (el: Element) => string;
  const small: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden, [hidden]') || el.getClientRects().length === 0) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!ownText) continue;
    const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
    const size = parseFloat(getComputedStyle(el).fontSize) * scale;
    if (size < 12) small.push(`${name(el)} at ${size.toFixed(1)} px`);
  }
  return small;
}

/** Printed: tables cut off at the page's edge or hidden in a scroll box, controls still shown, sources out of step. */
function printProblems(describe: string): string[] {
  const name = (0, eval)(describe) as (el: Element) => string;
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  for (const table of document.querySelectorAll('table')) {
    for (const cell of [table, ...table.querySelectorAll('th, td')]) {
      const box = cell.getBoundingClientRect();
      if (box.left < -0.5 || box.right > width + 0.5) problems.push(`${name(cell)} runs off the page (${Math.round(box.left)} to ${Math.round(box.right)} of ${width} px)`);
    }
    for (let box = table.parentElement; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      if ((style.overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1) || (style.overflowY !== 'visible' && box.scrollHeight > box.clientHeight + 1)) {
        problems.push(`${name(table)} is partly hidden in the scroll box ${name(box)}`);
      }
    }
  }
  for (const el of document.querySelectorAll('header nav, form, input, button, select, textarea, summary, a.button')) {
    if (shown(el)) problems.push(`${name(el)} is printed`);
  }
  // Every number printed in the text is in the printed list, and the list has one entry per target.
  const numbered = [...document.querySelectorAll<HTMLElement>('main a[data-source-number]')];
  const printedNumbers = numbered.filter(shown).map((a) => Number(a.dataset.sourceNumber));
  const targets = new Set(numbered.map((a) => a.dataset.sourceNumber)).size;
  const listed = [...document.querySelectorAll('[data-print-sources] li')].filter(shown).length;
  if (listed !== targets || printedNumbers.some((n) => n > listed)) problems.push(`the text numbers ${targets} sources, the printed list has ${listed}`);
  return problems;
}

describe('every page', () => {
  const found = { wide: [] as string[], small: [] as string[], spacing: [] as string[], print: [] as string[] };
  let paths: string[] = [];

  beforeAll(async () => {
    paths = (await htmlPagesIn(distDir)).map((p) => p.urlPath).filter((p) => p !== '404.html');
    // One tab on a 320 px screen, one printing on A4, each page opened in both at once.
    const onScreen = await context.newPage();
    await onScreen.setViewportSize({ width: 320, height: 640 });
    const onPaper = await context.newPage();
    await onPaper.emulateMedia({ media: 'print' });
    await onPaper.setViewportSize({ width: A4_PRINTED_WIDTH, height: 1000 });
    const screenChecks = async (path: string) => {
      await onScreen.goto(siteUrl + path, { waitUntil: 'load' });
      const wide = await onScreen.evaluate(documentWidthProblem);
      if (wide) found.wide.push(`${path}: ${wide}`);
      found.small.push(...(await onScreen.evaluate(textBelow12px, describeIn)).map((p) => `${path}: ${p}`));
      await onScreen.addStyleTag({ content: TEXT_SPACING });
      const spacedWide = await onScreen.evaluate(documentWidthProblem);
      if (spacedWide) found.spacing.push(`${path}: ${spacedWide}`);
      found.spacing.push(...(await onScreen.evaluate(clippedContent, describeIn)).map((p) => `${path}: ${p} is clipped`));
    };
    const printChecks = async (path: string) => {
      await onPaper.goto(siteUrl + path, { waitUntil: 'load' });
      const wide = await onPaper.evaluate(documentWidthProblem);
      if (wide) found.print.push(`${path}: printed ${wide}`);
      found.print.push(...(await onPaper.evaluate(printProblems, describeIn)).map((p) => `${path}: ${p}`));
    };
    for (const path of paths) await Promise.all([screenChecks(path), printChecks(path)]);
    await Promise.all([onScreen.close(), onPaper.close()]);
  });

  it('are all checked', () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  it('is no wider than a 320 px screen', () => {
    expect(found.wide).toEqual([]);
  });

  it('has no text smaller than 12 px on a 320 px screen, charts included', () => {
    expect(found.small).toEqual([]);
  });

  it('loses no content with WCAG text spacing on a 320 px screen', () => {
    expect(found.spacing).toEqual([]);
  });

  it('prints on A4 with every table whole and no scroll box, without navigation, search or buttons, and with every numbered source listed', () => {
    expect(found.print).toEqual([]);
  });
});

describe('on a 360 × 640 phone', () => {
  // The header is one component; one page of each kind covers its variations (current page, long titles).
  for (const path of ['', 'guides/nhs-providers-briefing/', 'check/', OUTCOME, 'who-said-what/', 'search/']) {
    it(`${path || 'home'}: the header is at most ${HEADER_LIMIT} px tall`, async () => {
      await page.setViewportSize(PHONE);
      await page.goto(siteUrl + path);
      const height = await page.locator('body > header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(HEADER_LIMIT);
    });
  }
});

/** The text items of a PDF, with whether each lies inside its page. */
async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string; offPage: string[] }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const offPage: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const sheet = await doc.getPage(n);
    const [left, , right] = sheet.view as [number, number, number, number];
    for (const item of (await sheet.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const x = item.transform[4] as number;
      if (x < left - 1 || x + item.width > right + 1) offPage.push(`page ${n}: “${item.str}” at ${Math.round(x)}–${Math.round(x + item.width)} of ${right}`);
    }
  }
  const { text } = await extractText(doc, { mergePages: true });
  return { pages: doc.numPages, text, offPage };
}

/** Whitespace dropped and ligatures unfolded, so text compares however the PDF broke its lines. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Each row of a table as it prints: its cells' text without screen-reader-only words, source numbers after links. */
function printedRows(table: Locator): Promise<string[][]> {
  return table.locator('tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.children].map((cell) => {
        // What the printed page shows: text the print stylesheet leaves off is not expected in the PDF.
        cell.querySelectorAll('*').forEach((e) => e.toggleAttribute('data-not-printed', getComputedStyle(e).display === 'none'));
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden, [data-not-printed]').forEach((e) => e.remove());
        copy.querySelectorAll<HTMLElement>('a[data-source-number]').forEach((a) => a.append(a.dataset.sourceNumber!));
        return copy.textContent ?? '';
      }),
    ),
  );
}

describe('printed to PDF on A4', () => {
  // A tab of its own, in print media, so rows are read as page.pdf() prints them.
  let printing: Page;
  beforeAll(async () => {
    printing = await context.newPage();
    await printing.emulateMedia({ media: 'print' });
  });
  afterAll(() => printing.close());

  for (const [path, selector] of [['compare/', 'table.compare'], ['who-said-what/', 'table.matrix']] as const) {
    it(`${path}: every row of the table, to its last column, is in the PDF and on the page`, async () => {
      await printing.goto(siteUrl + path);
      const rows = await printedRows(printing.locator(selector));
      expect(rows.length).toBeGreaterThan(3);
      const pdf = await readPdf(await printing.pdf({ format: 'A4' }));
      const text = squash(pdf.text);
      for (const cells of rows) {
        expect(cells.at(-1)!.trim(), `last cell of ${cells[0]}`).not.toBe('');
        expect(text, `the row “${cells.join(' | ')}”`).toContain(squash(cells.join('')));
      }
      expect(pdf.offPage).toEqual([]);
    });
  }

  it(`an outcome page prints on at most ${OUTCOME_MAX_PAGES} pages, with its sources`, async () => {
    await printing.goto(siteUrl + OUTCOME);
    const heading = await printing.locator('[data-print-sources] h2').textContent();
    const firstSource = await printing.locator('[data-print-sources] li .source-title').first().textContent();
    const pdf = await readPdf(await printing.pdf({ format: 'A4' }));
    expect(pdf.pages).toBeLessThanOrEqual(OUTCOME_MAX_PAGES);
    expect(squash(pdf.text)).toContain(squash(`${heading}`));
    expect(squash(pdf.text)).toContain(squash(`${firstSource}`));
    expect(pdf.offPage).toEqual([]);
  });
});

describe('wide tables on a 320 px screen', () => {
  for (const path of ['compare/', 'who-said-what/', 'results/', 'guides/colchester-response/']) {
    it(`${path}: each cell is shown with its column header, the table is still a table to assistive technology, and axe finds nothing`, async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(siteUrl + path);
      const cells = await page.locator('main table.reflow tbody td').evaluateAll((tds) =>
        tds.map((td) => {
          const table = td.closest('table')!;
          const index = [...td.parentElement!.children].indexOf(td);
          const header = table.querySelectorAll('thead tr > *')[index];
          const headerText = header?.cloneNode(true) as HTMLElement | undefined;
          headerText?.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
          return {
            header: headerText?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            shown: getComputedStyle(td, '::before').content,
            display: getComputedStyle(td).display,
          };
        }),
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.display).toBe('block');
        // Chromium reports generated content with its alternative text: `"label" / ""`.
        expect(cell.shown.startsWith(JSON.stringify(cell.header))).toBe(true);
      }
      const cdp = await context.newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string } }> };
      const roles = new Set(nodes.map((n) => n.role?.value));
      for (const role of ['table', 'row', 'columnheader', 'rowheader', 'cell']) expect(roles, role).toContain(role);
      await cdp.detach();
      expect(describeViolations(path, await axeViolations(page))).toEqual([]);
    });
  }

  it('results: chart labels and figures are text at least 12 px high', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${siteUrl}results/`);
    const sizes = await page.locator('.chart-label, .chart-value').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(sizes.length).toBeGreaterThan(6);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });

  it('on a large screen the tables use the width of the page, not of the text column', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const path of ['compare/', 'who-said-what/']) {
      await page.goto(siteUrl + path);
      const { table, text, page: pageWidth } = await page.evaluate(() => ({
        table: document.querySelector('main table')!.getBoundingClientRect().width,
        text: document.querySelector('main p')!.getBoundingClientRect().width,
        page: document.documentElement.clientWidth,
      }));
      expect(table, path).toBeGreaterThan(text * 1.3);
      expect(table, path).toBeLessThanOrEqual(pageWidth);
    }
  });
});

describe('focus stays visible', () => {
  /** Focus by keyboard (so :focus-visible applies), and compare the pixels around the element with and without focus. */
  async function focusShows(p: Page, target: Locator): Promise<{ changed: boolean; outline: { style: string; width: number; color: string } }> {
    await p.locator('body').click({ position: { x: 1, y: 1 } });
    await p.keyboard.press('Tab');
    const box = (await target.boundingBox())!;
    const clip = { x: Math.max(box.x - 8, 0), y: Math.max(box.y - 8, 0), width: box.width + 16, height: box.height + 16 };
    await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const before = await p.screenshot({ clip });
    await p.keyboard.press('Tab');
    await target.focus();
    expect(await target.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    const after = await p.screenshot({ clip });
    const outline = await target.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    return { changed: !before.equals(after), outline };
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`on a link and a button, in the ${scheme} theme`, async () => {
      const themed = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      const p = await themed.newPage();
      await p.goto(`${siteUrl}about/`);
      expect((await focusShows(p, p.locator('main a').first())).changed).toBe(true);
      expect((await focusShows(p, p.locator('header button'))).changed).toBe(true);
      await themed.close();
    });
  }

  it('on a link, a button and the menu in forced colours, as an outline', async () => {
    const forced = await browser.newContext({ forcedColors: 'active', viewport: { width: 1280, height: 800 } });
    const p = await forced.newPage();
    await p.goto(`${siteUrl}about/`);
    for (const target of [p.locator('main a').first(), p.locator('header button')]) {
      const { changed, outline } = await focusShows(p, target);
      expect(changed).toBe(true);
      expect(outline.style).toBe('solid');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      expect(outline.color).not.toMatch(/^(?:transparent|rgba\(\d+, \d+, \d+, 0\))$/);
    }
    await p.setViewportSize(PHONE);
    const menu = await focusShows(p, p.locator('header summary'));
    expect(menu.changed).toBe(true);
    expect(menu.outline.style).toBe('solid');
    await forced.close();
  });
});

describe('the menu on a phone', () => {
  it('opens without JavaScript and leads to every page of the navigation and to search', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const p = await noJs.newPage();
    await p.goto(siteUrl);
    const nav = p.getByRole('navigation', { name: 'Main' });
    await expect(nav.isVisible()).resolves.toBe(false);
    await p.locator('header summary').focus();
    await p.keyboard.press('Enter');
    await expect(nav.isVisible()).resolves.toBe(true);
    await expect(p.getByRole('searchbox', { name: 'Search this site' }).isVisible()).resolves.toBe(true);
    await p.keyboard.press('Tab');
    const focused = await p.evaluate(() => document.activeElement?.closest('nav') !== null);
    expect(focused).toBe(true);
    await nav.getByRole('link', { name: 'About' }).click();
    await p.waitForURL(`${siteUrl}about/`);
    await noJs.close();
  });

  it('is open on a large screen: the navigation and search show without opening anything', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(siteUrl);
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox', { name: 'Search this site' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('header summary').isVisible()).resolves.toBe(false);
  });
});

describe('the search shortcut', () => {
  it('needs a modifier: Control+K focuses the search box, opening the menu on a phone; "/" alone does nothing', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${siteUrl}about/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.not.toBe('site-search-q');
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await expect(page.getByRole('searchbox', { name: 'Search this site' }).isVisible()).resolves.toBe(true);
  });
});

describe('a keyboard journey', () => {
  /** Presses Tab until a link to `href` has focus; every element focused on the way must be shown on screen. */
  async function tabTo(p: Page, href: string): Promise<void> {
    for (let presses = 0; presses < 80; presses++) {
      await p.keyboard.press('Tab');
      const focused = await p.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement | null;
        if (!el || el === document.body) return null;
        const box = el.getBoundingClientRect();
        const onScreen = el.getClientRects().length > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
        return { href: el.href ?? '', onScreen, name: `${el.tagName} “${(el.textContent ?? '').trim().slice(0, 40)}”` };
      });
      if (!focused) continue;
      expect(focused.onScreen, `${focused.name} has focus but is not on screen`).toBe(true);
      if (focused.href === href) return;
    }
    throw new Error(`Tab never reached a link to ${href}`);
  }

  for (const js of [true, false]) {
    it(`${js ? 'with' : 'without'} JavaScript: from the home page to an outcome with Tab and Enter alone, never focusing anything out of sight`, async () => {
      const keyboard = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 800 } });
      const p = await keyboard.newPage();
      await p.goto(siteUrl);
      for (const step of ['check/', 'check/council/', OUTCOME]) {
        await tabTo(p, siteUrl + step);
        await p.keyboard.press('Enter');
        await p.waitForURL(siteUrl + step);
        await p.waitForLoadState('load');
      }
      await expect(p.locator('main h1').isVisible()).resolves.toBe(true);
      await keyboard.close();
    });
  }
});
