import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt/search/src/lib/static-server.ts';
const server = await startStaticServer({ root: '/work/wt/search/dist', basePath: '/x/y/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (m) => console.log('pageerror:', m.message));
for (const q of process.argv.slice(2)) {
  const t = Date.now();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '' && document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'true');
  console.log(`\n## ${q} (${Date.now() - t} ms): ${await page.locator('#search-status').textContent()}`);
  const items = await page.locator('#search-results > li').evaluateAll((lis) => lis.slice(0, 5).map((li) => `${li.querySelector('a')!.getAttribute('href')} | ${li.querySelector('a')!.textContent} | ${li.querySelector('.result-meta')?.textContent} | ${li.querySelector('.result-section')?.textContent ?? '-'}\n     ${li.querySelector('.result-excerpt')?.innerHTML}`));
  console.log(items.join('\n'));
}
await browser.close(); await server.close();
