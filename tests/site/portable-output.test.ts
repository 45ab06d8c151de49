/**
 * The built output works at any sub-path: no root-relative URL survives in any HTML, CSS or
 * JavaScript file, and the 404 page finds the site root wherever the server shows it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { filesIn } from '../../src/lib/built-pages.ts';
import { findRootRelativeUrls } from '../../src/lib/relative-urls.ts';
import { launchBrowser, watchedContext } from './browser.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');

describe('portable output', () => {
  it('leaves no root-relative URL in any built HTML, CSS or JavaScript file', async () => {
    const files = await filesIn(distDir, ['.html', '.css', '.js']);
    const survivors: string[] = [];
    for (const file of files) {
      const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : 'js';
      for (const url of await findRootRelativeUrls(await readFile(file, 'utf8'), kind)) survivors.push(`${relative(distDir, file)}: ${url}`);
    }
    expect(files.length).toBeGreaterThan(3);
    expect(survivors).toEqual([]);
  });

  describe('the 404 page, shown at an unknown deep address', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it('is styled, and its links lead back into the site', async () => {
      const watched = await watchedContext(browser);
      const page = await watched.context.newPage();
      const response = await page.goto(`${siteUrl}no/such/page/here/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
      // Styled: the skip link is moved off-screen by the stylesheet.
      const skipTop = await page.locator('.skip-link').evaluate((e) => getComputedStyle(e).top);
      expect(parseFloat(skipTop)).toBeLessThan(0);
      await page.waitForFunction(() => document.querySelector('base') !== null);
      await page.getByRole('link', { name: 'home page' }).click();
      await page.waitForURL(siteUrl);
      await expect(page.locator('h1').textContent()).resolves.toBe('The 2020–21 ICS proposals explained');
      // Looking for the root asks missing folders for an asset: those 404s are expected, nothing else.
      const otherErrors = watched.consoleErrors.filter((e) => !e.includes('status of 404'));
      expect([...watched.offsite, ...otherErrors]).toEqual([]);
      await watched.context.close();
    });
  });
});
