/**
 * Astro integration: after the build, fail if a page states a fact from after March 2021 outside
 * the afterword and "as at" notes (see src/lib/later-facts.ts and content/checks/later-facts.yaml).
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { htmlPagesIn } from '../lib/built-pages.ts';
import { laterFactsIn } from '../lib/later-facts.ts';

const PATTERNS_FILE = 'content/checks/later-facts.yaml';

export default function laterFactsCheck(): AstroIntegration {
  return {
    name: 'later-facts-check',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const { patterns } = parseYaml(await readFile(PATTERNS_FILE, 'utf8')) as { patterns: string[] };
        const problems: string[] = [];
        for (const page of await htmlPagesIn(fileURLToPath(dir))) {
          for (const fact of laterFactsIn(await readFile(page.file, 'utf8'), patterns)) {
            problems.push(`/${page.urlPath}: "${fact.pattern}" in “${fact.text.slice(0, 160)}”`);
          }
        }
        if (problems.length > 0) {
          throw new Error(
            `Facts from after March 2021 may appear only in the afterword and "as at" notes (class="afterword" or data-as-at); see content/README.md:\n${problems.join('\n')}`,
          );
        }
      },
    },
  };
}
