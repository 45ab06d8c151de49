import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt/a11y/src/lib/static-server.ts';
const server = await startStaticServer({ root: '/work/wt/a11y/dist', basePath: '/x/y/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
const wide = () => page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5 && !e.closest('.visually-hidden')).slice(0, 6).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${e.textContent!.slice(0, 40)}`));
for (const p of ['results/', 'check/council/district/']) { await page.goto(server.url + p); console.log(p, await wide()); }
await page.emulateMedia({ media: 'print' }); await page.setViewportSize({ width: 718, height: 1000 });
await page.goto(server.url + 'compare/'); console.log('print compare', await wide());
await page.emulateMedia({ media: 'screen' });
for (const w of [768, 800, 900, 1000]) { await page.setViewportSize({ width: w, height: 800 }); for (const p of ['compare/', 'who-said-what/']) { await page.goto(server.url + p); console.log(w, p, await page.evaluate(() => document.documentElement.scrollWidth)); } }
await browser.close(); await server.close();
