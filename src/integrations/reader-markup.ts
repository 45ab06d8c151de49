/**
 * Astro integration: after the build, passes over every page's HTML with a real parser (parse5):
 * table cells are labelled with their column headers for the narrow-screen layout, the main
 * content's link targets are numbered and listed as printed sources, and block elements are set
 * apart by whitespace so no two words are glued in the text search indexes. Runs before
 * URLs are made relative, so the addresses it writes are root-relative like every other.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse, serialize } from 'parse5';
import { htmlPagesIn } from '../lib/built-pages.ts';
import { firstByTag } from '../lib/parse5-tree.ts';
import { labelTableCells } from '../lib/table-labels.ts';
import { numberSources, pageInfo, type PageInfo } from '../lib/print-sources.ts';
import { spaceBlocksIn } from '../lib/block-spacing.ts';

export default function readerMarkup(): AstroIntegration {
  return {
    name: 'reader-markup',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await htmlPagesIn(fileURLToPath(dir));
        const parsed = await Promise.all(pages.map(async (page) => ({ page, document: parse(await readFile(page.file, 'utf8')) })));
        // Titles and sections of every page first: a source's label comes from the page it points to.
        const infos = new Map<string, PageInfo>(parsed.map(({ page, document }) => [page.urlPath, pageInfo(document)]));
        let sources = 0;
        await Promise.all(
          parsed.map(async ({ page, document }) => {
            const body = firstByTag(document, 'body');
            if (body) labelTableCells(body);
            sources += numberSources(document, page.urlPath, infos);
            spaceBlocksIn(document);
            await writeFile(page.file, serialize(document));
          }),
        );
        logger.info(`labelled table cells and listed ${sources} printed sources on ${pages.length} pages`);
      },
    },
  };
}
