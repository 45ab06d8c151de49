/**
 * Astro integration: after the build, marks the first use of each abbreviation on every page
 * with the glossary-terms rehype plugin (rehype-parse → plugin → rehype-stringify). Runs before
 * URLs are made relative, so its links are written root-relative like every other.
 *
 * Why over the built page and not in the MDX pipeline (markdown.rehypePlugins): the rule is
 * "first use on a page", and a page is made of several MDX bodies (an outcome page renders its
 * own body and shared passages) plus text from YAML that no Markdown pipeline sees; a per-file
 * pass would mark the first use in each file. Astro 7's default Markdown engine (Sätteri) also
 * runs no rehype plugins, and markdown.rehypePlugins is deprecated.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { htmlPagesIn } from '../lib/built-pages.ts';
import rehypeGlossaryTerms from '../lib/rehype-glossary-terms.ts';
import { glossarySchema } from '../schemas/reference.ts';

/** The glossary page defines every term: marking them there would link each to itself. */
const GLOSSARY_PAGE = 'glossary/';

export default function glossaryTerms(glossaryFile = 'content/glossary.yaml'): AstroIntegration {
  return {
    name: 'glossary-terms',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { terms, properNames } = glossarySchema.parse(parse(await readFile(glossaryFile, 'utf8')));
        const processor = unified()
          .use(rehypeParse)
          .use(rehypeGlossaryTerms, { terms, properNames, href: (id: string) => `/glossary/#${id}` })
          // Plain output: the reader-markup pass parses and writes every page again after this one.
          .use(rehypeStringify);
        const pages = (await htmlPagesIn(fileURLToPath(dir))).filter((p) => p.urlPath !== GLOSSARY_PAGE);
        await Promise.all(
          pages.map(async (page) => {
            const html = await readFile(page.file, 'utf8');
            const marked = String(await processor.process(html));
            if (marked !== html) await writeFile(page.file, marked);
          }),
        );
        logger.info(`marked glossary terms on ${pages.length} pages`);
      },
    },
  };
}
