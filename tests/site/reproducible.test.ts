/**
 * Reproducible builds: a second clean build of the same tree, into another folder, gives the
 * same bytes in every file as the suite's build (pages, scripts, styles and the search index).
 * One more build costs about as long as `npm run build` (a few seconds on an idle machine), so it
 * runs with every `npm test`. With SKIP_BUILD, dist/ must have been built from the current tree.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { filesIn } from '../../src/lib/built-pages.ts';
import { buildSite } from './build.ts';

const distDir = inject('distDir');
const root = join(distDir, '..');

/** Every file of a build folder, by path relative to it, with its SHA-256. */
async function fingerprints(dir: string): Promise<Map<string, string>> {
  const files = await filesIn(dir, ['']);
  const entries = await Promise.all(files.map(async (f) => [relative(dir, f), createHash('sha256').update(await readFile(f)).digest('hex')] as const));
  return new Map(entries);
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((p) => (!a.has(p) ? [`only in the second build: ${p}`] : !b.has(p) ? [`only in the first build: ${p}`] : a.get(p) !== b.get(p) ? [`differs: ${p}`] : []));
}

describe('reproducible builds', () => {
  it('gives byte-identical output for two clean builds of the same tree', { timeout: 600_000 }, async () => {
    const second = await mkdtemp(join(tmpdir(), 'ics-second-build-'));
    try {
      buildSite(root, second);
      const first = await fingerprints(distDir);
      expect(first.size).toBeGreaterThan(100);
      expect(differences(first, await fingerprints(second))).toEqual([]);
    } finally {
      await rm(second, { recursive: true, force: true });
    }
  });
});
