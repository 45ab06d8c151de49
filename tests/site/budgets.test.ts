/**
 * Size budgets, read from the built files each page actually references (bytes are
 * deterministic, so they can be tested; speed is measured by `npm run bench`, not here).
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';
import { FLOW_JS_BUDGET_KB } from '../../src/lib/budgets.ts';
import { pageWeight, type PageWeight } from '../../src/lib/page-weight.ts';

const KB = 1024;
const distDir = inject('distDir');

let measured: Promise<Array<{ path: string; weight: PageWeight }>> | undefined;
/** Every page's weight, measured once for all the budgets. */
function weights(): Promise<Array<{ path: string; weight: PageWeight }>> {
  measured ??= htmlPagesIn(distDir).then((pages) => Promise.all(pages.map(async (p) => ({ path: p.urlPath, weight: await pageWeight(distDir, p.file) }))));
  return measured;
}
const isFlow = (path: string) => path.startsWith('check/');
const over = (list: Array<{ path: string; weight: PageWeight }>, pick: (w: PageWeight) => number, limit: number) =>
  list.filter((p) => pick(p.weight) > limit).map((p) => `${p.path}: ${pick(p.weight)} bytes gzip`);

describe('size budgets (gzip)', () => {
  it('the question flow loads XState and at most 25 KB of JavaScript at start, all of it as module scripts', async () => {
    const flow = (await weights()).filter((p) => isFlow(p.path));
    expect(flow.length).toBeGreaterThan(0);
    for (const { path, weight } of flow) {
      const scripts = weight.files.filter((f) => f.endsWith('.js'));
      const sources = await Promise.all(scripts.map((f) => readFile(join(distDir, f), 'utf8')));
      // The machine runs in the browser: XState's own init event is in the code the page loads.
      expect(sources.some((source) => source.includes('xstate.init')), path).toBe(true);
      const html = await readFile(join(distDir, path, 'index.html'), 'utf8');
      // Module scripts are deferred: they never hold up the first paint.
      expect([...html.matchAll(/<script\b(?![^>]*\btype="(?:module|application\/json)")[^>]*>/g)].map((m) => m[0]), path).toEqual([]);
    }
    expect(over(flow, (w) => w.js.gzip, FLOW_JS_BUDGET_KB * KB)).toEqual([]);
  });

  it('content pages load at most 2 KB of JavaScript', async () => {
    expect(over((await weights()).filter((p) => !isFlow(p.path)), (w) => w.js.gzip, 2 * KB)).toEqual([]);
  });

  it('every page loads at most 8 KB of CSS', async () => {
    expect(over(await weights(), (w) => w.css.gzip, 8 * KB)).toEqual([]);
  });

  it('the median page is at most 10 KB of HTML', async () => {
    const sizes = (await weights()).map((p) => p.weight.html.gzip).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(median).toBeLessThanOrEqual(10 * KB);
  });
});
