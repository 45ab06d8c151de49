/**
 * Debian's Chromium driven by playwright-core, with every request that would leave loopback
 * blocked and recorded, and console errors collected.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
export const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export interface Watched {
  context: BrowserContext;
  /** Requests to anything but loopback: blocked, and listed here. */
  offsite: string[];
  /** Console errors and uncaught exceptions, with the page they happened on. */
  consoleErrors: string[];
  /** Responses of 400 or more (and failed requests), with the page that asked. */
  failures: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function watchedContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const watched: Watched = { context, offsite: [], consoleErrors: [], failures: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || LOOPBACK.has(url.hostname)) return route.continue();
    watched.offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => observe(page, watched));
  return watched;
}

function observe(page: Page, watched: Watched) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => watched.consoleErrors.push(`${page.url()}: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.request().isNavigationRequest()) watched.failures.push(`${res.status()} ${res.url()} (from ${page.url()})`);
  });
  page.on('requestfailed', (req) => {
    // Blocked requests are counted as offsite; aborted ones were cancelled by the page moving on.
    if (!/ERR_BLOCKED_BY_CLIENT|ERR_ABORTED/.test(req.failure()?.errorText ?? '')) watched.failures.push(`${req.failure()?.errorText} ${req.url()} (from ${page.url()})`);
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(AXE_SOURCE_PATH, 'utf8');

/** Runs axe-core in the page against the WCAG 2.2 A and AA rules. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the test driver, not added as an inline <script>, which the site's CSP blocks.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, WCAG_TAGS);
}

export function describeViolations(url: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${url}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}
