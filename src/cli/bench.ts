/**
 * `npm run bench`: what a reader on a slow council laptop feels, measured on this machine.
 * Builds the site, then prints one table (and writes bench-results.json): bytes per kind of page,
 * build time for the real site and for a copy ten times its size, search and flow timings in
 * Chromium on loopback, and Lighthouse scores. Medians over several runs, with min and max.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { chromium, type Browser } from 'playwright-core';
import { pageWeight, type Bytes } from '../lib/page-weight.ts';
import { filesIn, htmlPagesIn } from '../lib/built-pages.ts';
import { FLOW_JS_BUDGET_KB, OUTCOME_WORDS_LIMIT } from '../lib/budgets.ts';
import { median } from '../lib/median.ts';
import { outcomePagesIn } from '../lib/outcome-pages.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { loadQuestions, measureQuality, printQuality } from './search-quality.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES: Record<string, string> = {
  home: '',
  guide: 'guides/nhs-confederation-report/',
  question: 'check/council/',
  outcome: 'check/trust/foundation/governor/',
  reference: 'flow-map/',
  search: 'search/',
};


/** How long after focusing the search box the benchmark's reader starts typing. */
const READER_PAUSE_MS = 500;

interface Stat { median: number; min: number; max: number; runs: number }
function stat(values: number[]): Stat {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}
const fmt = (s: Stat, unit = 'ms', digits = 0) => `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

function astroBuild(cwd: string): number {
  const start = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd, stdio: 'ignore', env: { ...process.env, SKIP_SEARCH_INDEX: '1' } });
  return performance.now() - start;
}

async function pagefindIndex(dist: string): Promise<number> {
  const start = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  await index!.addDirectory({ path: dist });
  await index!.getFiles();
  await pagefind.close();
  return performance.now() - start;
}

/** A copy of the project with the document guides repeated until it has ten times the pages. */
async function tenfoldCopy(pageCount: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ics-bench-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const guides = (await readdir(join(ROOT, 'content/guides'))).filter((f) => f.endsWith('.mdx'));
  const copies = pageCount * 9;
  for (let i = 0; i < copies; i++) {
    const guide = guides[i % guides.length]!;
    await writeFile(join(dir, 'content/guides', `${guide.replace('.mdx', '')}-copy-${i}.mdx`), await readFile(join(ROOT, 'content/guides', guide)));
  }
  return dir;
}

async function weights(dist: string) {
  const rows: Record<string, { html: Bytes; css: Bytes; js: Bytes }> = {};
  for (const [kind, path] of Object.entries(PAGES)) rows[kind] = await pageWeight(dist, join(dist, path, 'index.html'));
  return rows;
}

/**
 * Typing to results, timed inside the page from the reader's input event: "first" when the
 * status names the query with the best result on screen (or says nothing was found), "page" when
 * the first page of results is complete (the list is no longer aria-busy). Cold: a fresh browser
 * profile opens the search page, the reader focuses the box (which starts loading Pagefind) and
 * types READER_PAUSE_MS later. Warm: the next query on the same page.
 */
async function searchTimings(browser: Browser, siteUrl: string) {
  const times = { cold: { first: [] as number[], page: [] as number[] }, warm: { first: [] as number[], page: [] as number[] } };
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let fetched = 0;
    page.on('response', async (response) => {
      if (/\/pagefind\/|\/search\/words\.json|\/_astro\/search-run/.test(response.url())) fetched += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${siteUrl}search/`);
    await page.waitForLoadState('load');
    await page.focus('#search-q');
    await page.waitForTimeout(READER_PAUSE_MS);
    for (const [query, into] of [['tier two', times.cold], ['foundation trust governors', times.warm]] as const) {
      await page.fill('#search-q', '');
      const timing = page.evaluate(
        (q) =>
          new Promise<{ first: number; page: number }>((done) => {
            const status = document.querySelector('#search-status')!;
            const list = document.querySelector('#search-results')!;
            let start = 0;
            let first = 0;
            document.querySelector('#search-q')!.addEventListener('input', (event) => (start = event.timeStamp), { once: true });
            // Each moment is taken at the next frame, when what changed can be painted.
            const observer = new MutationObserver(() =>
              requestAnimationFrame(() => {
                if (!start || !status.textContent?.includes(q)) return;
                first ||= performance.now() - start;
                if (list.getAttribute('aria-busy') === 'true') return;
                observer.disconnect();
                done({ first, page: performance.now() - start });
              }),
            );
            observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true, attributes: true });
          }),
        query,
      );
      await page.fill('#search-q', query);
      const { first, page: whole } = await timing;
      into.first.push(first);
      into.page.push(whole);
    }
    if (run === 0) bytes = fetched;
    await context.close();
  }
  return { cold: { first: stat(times.cold.first), page: stat(times.cold.page) }, warm: { first: stat(times.warm.first), page: stat(times.warm.page) }, bytesFirstQueries: bytes };
}

/** Bytes of the search bundle a reader may download: Pagefind's index, fragments, filters, WASM and scripts. */
async function searchIndexBytes(dist: string) {
  const files = [...(await filesIn(join(dist, 'pagefind'), ['.pf_index', '.pf_fragment', '.pf_filter', '.pf_meta', 'pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind'])), join(dist, 'search/words.json')];
  let total = 0;
  let index = 0;
  for (const file of files) {
    const size = (await readFile(file)).length;
    total += size;
    if (file.endsWith('.pf_index')) index += size;
  }
  return { total, index };
}

function searchLine(searching: Awaited<ReturnType<typeof searchTimings>>, size: Awaited<ReturnType<typeof searchIndexBytes>>) {
  const { cold, warm } = searching;
  return [
    `Search: typing to first results, cold ${fmt(cold.first)}, warm ${fmt(warm.first)}`,
    `        typing to a full first page, cold ${fmt(cold.page)}, warm ${fmt(warm.page)}`,
    `        ${kb(searching.bytesFirstQueries)} KB fetched for the first two queries; bundle ${kb(size.total)} KB, of which index ${kb(size.index)} KB`,
  ].join('\n');
}

/** `BENCH_ONLY=search`: only the search measures, on the dist/ already built. */
if (process.env.BENCH_ONLY === 'search') {
  const dist = join(ROOT, 'dist');
  const server = await startStaticServer({ root: dist, basePath: '/intranet/health/ics/' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const quality = await measureQuality(browser, server.url, await loadQuestions());
  const searching = await searchTimings(browser, server.url);
  await browser.close();
  await server.close();
  const size = await searchIndexBytes(dist);
  printQuality(quality);
  console.log(searchLine(searching, size));
  process.exit(0);
}

async function flowTimings(browser: Browser, siteUrl: string) {
  const steps: number[] = [];
  const journey = [
    'I am a director or member of staff of an NHS trust or foundation trust, or a foundation trust governor',
    'Yes, it is a foundation trust',
    'I am a director or a member of staff',
    'No, it works within one system',
  ];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}check/`);
    await page.waitForLoadState('networkidle');
    for (const answer of journey) {
      const before = await page.locator('main h1').textContent();
      const start = performance.now();
      await page.getByRole('link', { name: answer, exact: true }).click();
      await page.waitForFunction((text) => document.querySelector('main h1')?.textContent !== text, before);
      steps.push(performance.now() - start);
      await page.waitForLoadState('networkidle');
    }
    await context.close();
  }
  return stat(steps);
}

async function lighthouseScores(siteUrl: string) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; lcp: Stat }> = {};
  try {
    for (const [kind, path] of Object.entries(PAGES)) {
      const scores: number[][] = [];
      const lcps: number[] = [];
      for (let run = 0; run < Math.min(RUNS, 3); run++) {
        const result = await lighthouse(`${siteUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
        const c = result!.lhr.categories;
        scores.push([c.performance!.score!, c.accessibility!.score!, c['best-practices']!.score!, c.seo!.score!].map((s) => Math.round(s * 100)));
        lcps.push(result!.lhr.audits['largest-contentful-paint']!.numericValue!);
      }
      const scoreOf = (i: number) => median(scores.map((s) => s[i]!));
      rows[kind] = { performance: scoreOf(0), accessibility: scoreOf(1), bestPractices: scoreOf(2), seo: scoreOf(3), lcp: stat(lcps) };
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

const dist = join(ROOT, 'dist');
console.log(`Benchmark: ${RUNS} runs each, on ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);

const astroTimes: number[] = [];
const pagefindTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  astroTimes.push(astroBuild(ROOT));
  pagefindTimes.push(await pagefindIndex(dist));
}
// Leave a complete build behind: with the search index.
execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: ROOT, stdio: 'ignore' });
const pageCount = (await htmlPagesIn(dist)).length;

const copy = await tenfoldCopy(pageCount);
const bigAstro: number[] = [];
const bigPagefind: number[] = [];
let bigPages = 0;
try {
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    bigAstro.push(astroBuild(copy));
    bigPagefind.push(await pagefindIndex(join(copy, 'dist')));
  }
  bigPages = (await htmlPagesIn(join(copy, 'dist'))).length;
} finally {
  await rm(copy, { recursive: true, force: true });
}

const sizes = await weights(dist);
const outcomes = await outcomePagesIn(dist);
const outcomeWords = { median: median(outcomes.map((o) => o.words)), pages: Object.fromEntries(outcomes.map((o) => [o.path, o.words])) };
const server = await startStaticServer({ root: dist, basePath: '/intranet/health/ics/' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const searching = await searchTimings(browser, server.url);
const quality = await measureQuality(browser, server.url, await loadQuestions());
const searchBytes = await searchIndexBytes(dist);
const flow = await flowTimings(browser, server.url);
await browser.close();
const lighthouseRows = process.env.BENCH_SKIP_LIGHTHOUSE ? {} : await lighthouseScores(server.url);
await server.close();

const results = {
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() },
  runs: RUNS,
  bytes: sizes,
  build: {
    site: { pages: pageCount, astro: stat(astroTimes), pagefind: stat(pagefindTimes) },
    tenfold: { pages: bigPages, astro: stat(bigAstro), pagefind: stat(bigPagefind) },
  },
  search: { ...searching, quality, bundle: searchBytes },
  flowStep: flow,
  flowJavaScript: { gzip: sizes.question!.js.gzip, budgetKB: FLOW_JS_BUDGET_KB },
  outcomeWords,
  lighthouse: lighthouseRows,
};
await writeFile(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('Bytes each kind of page loads (KB: raw / gzip / brotli)');
console.log('kind       HTML                 CSS                  JavaScript');
for (const [kind, w] of Object.entries(sizes)) {
  const cell = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)} / ${kb(b.brotli)}`.padEnd(21);
  console.log(`${kind.padEnd(10)} ${cell(w.html)}${cell(w.css)}${cell(w.js)}`);
}
const b = results.build;
console.log(`\nBuild (median, min–max)`);
console.log(`site      ${String(b.site.pages).padStart(5)} pages   Astro ${fmt(b.site.astro)}   Pagefind ${fmt(b.site.pagefind)}`);
console.log(`tenfold   ${String(b.tenfold.pages).padStart(5)} pages   Astro ${fmt(b.tenfold.astro)}   Pagefind ${fmt(b.tenfold.pagefind)}`);
console.log(`ratio     ${(b.tenfold.pages / b.site.pages).toFixed(1)}× pages   Astro ${(b.tenfold.astro.median / b.site.astro.median).toFixed(1)}×   Pagefind ${(b.tenfold.pagefind.median / b.site.pagefind.median).toFixed(1)}×`);
console.log(`\n${searchLine(searching, searchBytes)}`);
printQuality(quality);
console.log(`Flow: click to next step shown, median over whole journeys ${fmt(flow)}`);
console.log(`Outcome pages: median ${outcomeWords.median} reading words (limit ${OUTCOME_WORDS_LIMIT.toLocaleString('en-GB')} for the median; citations, contents and your answers not counted), ${Math.min(...outcomes.map((o) => o.words))}–${Math.max(...outcomes.map((o) => o.words))} over ${outcomes.length} pages`);
console.log(`Flow page JavaScript at start (the island, Preact and XState): ${kb(sizes.question!.js.gzip)} KB gzip, budget ${FLOW_JS_BUDGET_KB} KB`);
if (Object.keys(lighthouseRows).length > 0) {
  console.log('\nLighthouse (mobile): performance / accessibility / best practices / SEO, LCP');
  for (const [kind, r] of Object.entries(lighthouseRows)) {
    console.log(`${kind.padEnd(10)} ${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo}   LCP ${fmt(r.lcp)}`);
  }
}
console.log('\nWritten to bench-results.json');
