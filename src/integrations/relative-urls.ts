/**
 * Astro integration: after the build, rewrite every root-relative URL in the output to a
 * relative one, so `dist/` can be copied under any sub-path of any static server. The build
 * fails if one survives, naming the file and the URL.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { filesIn } from '../lib/built-pages.ts';
import { makeNotFoundPortable } from '../lib/not-found-page.ts';
import { depthOf, findRootRelativeUrls, prefixForDepth, rewriteCss, rewriteHtml, rewriteJs } from '../lib/relative-urls.ts';

const ASSETS_DIR = '_astro';

/** Rewrites one built file's text; the kind comes from its extension. */
export async function rewriteBuiltFile(relativePath: string, text: string): Promise<string> {
  const prefix = prefixForDepth(depthOf(relativePath));
  if (relativePath.endsWith('.html')) return rewriteHtml(text, prefix, ASSETS_DIR);
  if (relativePath.endsWith('.css')) return rewriteCss(text, prefix);
  return rewriteJs(text, ASSETS_DIR);
}

export default function relativeUrls(): AstroIntegration {
  return {
    name: 'relative-urls',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await filesIn(root, ['.html', '.css', '.js', '.mjs']);
        const survivors: string[] = [];
        await Promise.all(
          files.map(async (file) => {
            const relativePath = relative(root, file).split(sep).join('/');
            const text = await readFile(file, 'utf8');
            const rewritten = await rewriteBuiltFile(relativePath, text);
            if (rewritten !== text) await writeFile(file, rewritten);
            // HTML and CSS are rewritten by the same walk a check would repeat (and
            // tests/site/portable-output.test.ts checks dist/); a script's own loader code is not.
            if (!/\.(?:html|css)$/.test(relativePath)) for (const url of await findRootRelativeUrls(rewritten, 'js', ASSETS_DIR)) survivors.push(`${relativePath}: ${url}`);
          }),
        );
        const notFound = join(root, '404.html');
        const portable = await makeNotFoundPortable(await readFile(notFound, 'utf8'), (path) => readFile(join(root, path), 'utf8'));
        await writeFile(notFound, portable);
        survivors.sort();
        if (survivors.length > 0) {
          throw new Error(`Root-relative URLs survived the rewrite:\n${survivors.join('\n')}`);
        }
        logger.info(`made URLs relative in ${files.length} files`);
      },
    },
  };
}
