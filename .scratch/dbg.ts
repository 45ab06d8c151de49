import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt/search/src/lib/static-server.ts';
const server = await startStaticServer({ root: '/work/wt/search/dist', basePath: '/x/y/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(`${server.url}search/`);
const out = await page.evaluate(async (args) => {
  const pf: any = await import(new URL('pagefind/pagefind.js', new URL('../', location.href)).href);
  await pf.options({ baseUrl: '/x/y/' });
  await pf.init();
  const r: any = {};
  for (const q of args) { const t = performance.now(); const s = await pf.search(q); r[q] = [s.results.length, Math.round(performance.now() - t)]; }
  return r;
}, process.argv.slice(2));
console.log(out);
await browser.close(); await server.close();
