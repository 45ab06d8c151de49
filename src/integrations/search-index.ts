/**
 * Astro integration: after the build (and after URLs are made relative), index the built pages
 * with Pagefind's Node API and write the search bundle to dist/pagefind/. Only pages whose main
 * content carries data-pagefind-body are indexed. Block elements were already set apart by
 * whitespace (reader-markup), so no two words are glued; after indexing, the vocabulary the search page suggests
 * from is written beside the search page (search/words.json).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildVocabulary } from '../lib/search-vocabulary.ts';

/** The text Pagefind extracted from each page, read back from its (gzipped) fragments. */
async function indexedTexts(bundle: string): Promise<string[]> {
  const dir = join(bundle, 'fragment');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort();
  return Promise.all(
    files.map(async (f) => {
      const bytes = gunzipSync(await readFile(join(dir, f)));
      // Each fragment starts with Pagefind's 12-byte signature, then JSON.
      return (JSON.parse(bytes.subarray(12).toString('utf8')) as { content: string }).content;
    }),
  );
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The benchmark times indexing on its own.
        if (process.env.SKIP_SEARCH_INDEX) return;
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const bundle = join(root, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        await pagefind.close();
        const vocabulary = buildVocabulary(await indexedTexts(bundle));
        await writeFile(join(root, 'search', 'words.json'), JSON.stringify(vocabulary));
        logger.info(`indexed ${added.page_count} pages for search; ${vocabulary.words.length} words to suggest from`);
      },
    },
  };
}
