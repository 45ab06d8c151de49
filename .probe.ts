import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt/a11y/src/lib/static-server.ts';
const server = await startStaticServer({ root: '/work/wt/a11y/dist', basePath: '/x/y/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
for (const p of ['', 'check/council/district/', 'guides/nhs-providers-briefing/']) {
  let t = Date.now(); const lap = (l: string) => { console.log(p, l, Date.now() - t); t = Date.now(); };
  await page.setViewportSize({ width: 360, height: 640 }); lap('vp');
  await page.goto(server.url + p); lap('goto');
  await page.setViewportSize({ width: 320, height: 640 }); lap('vp320');
  await page.evaluate(() => [...document.querySelectorAll('body *')].map((e) => getComputedStyle(e).fontSize).length); lap('styles');
  const s = await page.addStyleTag({ content: '* { letter-spacing: .12em !important }' }); lap('style');
  await page.evaluate(() => document.documentElement.scrollWidth); lap('w');
  await s.evaluate((e) => e.remove()); lap('rm');
  await page.emulateMedia({ media: 'print' }); lap('print');
  await page.setViewportSize({ width: 680, height: 1000 }); lap('vp680');
  await page.emulateMedia({ media: 'screen' }); lap('screen');
}
await browser.close(); await server.close();
