/**
 * The built output works at any sub-path: no root-relative URL survives in any HTML, CSS or
 * JavaScript file. (The 404 page, shown at any depth, is tested in not-found.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { filesIn } from '../../src/lib/built-pages.ts';
import { findRootRelativeUrls } from '../../src/lib/relative-urls.ts';

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
});
