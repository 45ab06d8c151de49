/**
 * The browser tests check what ships: the suite's build is the production build `npm run build`
 * gives a deployer, even though Vitest itself runs with NODE_ENV=test.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { filesIn } from '../../src/lib/built-pages.ts';

const distDir = inject('distDir');

describe('the tested build', () => {
  it('is a production build: no development-only Preact code in any script', async () => {
    const scripts = (await filesIn(`${distDir}/_astro`, ['.js'])).filter((f) => !f.includes('/pagefind/'));
    const withPreact: string[] = [];
    const development: string[] = [];
    for (const file of scripts) {
      const js = await readFile(file, 'utf8');
      // Preact's render entry point; its development build also attaches the devtools hook.
      if (js.includes('__k')) withPreact.push(relative(distDir, file));
      if (js.includes('__PREACT_DEVTOOLS__')) development.push(relative(distDir, file));
    }
    expect(withPreact.length).toBeGreaterThan(0);
    expect(development).toEqual([]);
  });
});
