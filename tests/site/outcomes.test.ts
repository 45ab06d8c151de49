/** The outcome pages as built: ready for a meeting, and short enough to read before one. */
import { describe, expect, inject, it } from 'vitest';
import { parseHtml } from '../../src/lib/html-tree.ts';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { median } from '../../src/lib/median.ts';
import { OUTCOME_WORDS_LIMIT } from '../../src/lib/budgets.ts';
import { outcomePagesIn } from '../../src/lib/outcome-pages.ts';
import { readability } from '../../src/lib/readability.ts';
import { mainTextOfHtml } from '../../src/lib/text-of.ts';

const outcomes = () => (cached ??= outcomePagesIn(inject('distDir')));
let cached: ReturnType<typeof outcomePagesIn> | undefined;

describe('outcome pages', () => {
  it('there is one for each of the thirteen outcomes', async () => {
    expect(await outcomes()).toHaveLength(13);
  });

  it('open with "In short", then a contents list of every section, with no heading repeated', async () => {
    for (const { path, html } of await outcomes()) {
      const main = select('main', parseHtml(html))!;
      const headings = selectAll('h2, h3', main);
      expect(headings[0]?.properties.id, path).toBe('in-short');
      expect(headings[1]?.properties.id, path).toBe('contents');
      const sectionIds = selectAll('h2', main).slice(2).map((h) => `#${String(h.properties.id)}`);
      const contents = selectAll('nav.contents a', main).map((a) => String(a.properties.href));
      expect(contents, path).toEqual(sectionIds);
      const texts = headings.map((h) => toText(h).trim().toLowerCase());
      expect(texts.filter((t, i) => texts.indexOf(t) !== i), path).toEqual([]);
    }
  });

  it('explain each of the three models, say what happened next once, and end with your answers', async () => {
    for (const { path, html } of await outcomes()) {
      const main = select('main', parseHtml(html))!;
      expect(selectAll('.model-summary', main), path).toHaveLength(3);
      expect(selectAll('.afterword', main), path).toHaveLength(1);
      const sections = selectAll(':scope > section, :scope > div > section', main);
      expect(sections.at(-1)?.properties.className, path).toContain('your-answers');
    }
  });

  it('are short enough to read before a meeting (median at most 1,300 words) and plain (grade 9 or below)', async () => {
    const pages = await outcomes();
    expect(median(pages.map((p) => p.words))).toBeLessThanOrEqual(OUTCOME_WORDS_LIMIT);
    for (const { path, html } of pages) expect(readability(mainTextOfHtml(html)).grade, path).toBeLessThanOrEqual(9);
  });
});
