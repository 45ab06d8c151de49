/**
 * Astro integration: after the build, the first use of each abbreviation in every page's main
 * text is expanded from content/glossary.yaml (<abbr title> plus a link to its entry). Runs before
 * URLs are made relative, so its links are written root-relative like every other.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { htmlPagesIn } from '../lib/built-pages.ts';
import { expandFirstUses, type GlossaryTerm } from '../lib/acronyms.ts';

const MAIN = /(<main\b[^>]*>)([\s\S]*?)(<\/main>)/;

export default function glossaryTerms(glossaryFile = 'content/glossary.yaml'): AstroIntegration {
  return {
    name: 'glossary-terms',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { terms } = parse(await readFile(glossaryFile, 'utf8')) as { terms: GlossaryTerm[] };
        const pages = (await htmlPagesIn(fileURLToPath(dir))).filter((p) => p.urlPath !== 'glossary/');
        await Promise.all(
          pages.map(async (page) => {
            const html = await readFile(page.file, 'utf8');
            const expanded = html.replace(MAIN, (_m, open: string, body: string, close: string) => open + expandFirstUses(body, terms, (id) => `/glossary/#${id}`) + close);
            if (expanded !== html) await writeFile(page.file, expanded);
          }),
        );
        logger.info(`expanded abbreviations on ${pages.length} pages`);
      },
    },
  };
}
