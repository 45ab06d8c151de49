/** The document guides as built: readable, complete, and every source figure kept exactly. */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';
import { mainTextOfHtml } from '../../src/lib/text-of.ts';
import { readability } from '../../src/lib/readability.ts';
import { median } from '../../src/lib/median.ts';
import { parseHtml } from '../../src/lib/html-tree.ts';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

const guidePages = async () => {
  const pages = (await htmlPagesIn(inject('distDir'))).filter((p) => /^guides\/[^/]+\/$/.test(p.urlPath));
  return Promise.all(pages.map(async (p) => ({ id: p.urlPath.split('/')[1]!, text: mainTextOfHtml(await readFile(p.file, 'utf8')) })));
};

// Every figure from the sources' consultation results and surveys, as each source writes it.
const FIGURES: Record<string, string[]> = {
  'nhs-providers-briefing': [
    '49.2%', '43%', '7.8%', '48%', '39.9%', '12.1%', '54.5%', '37.3%', '8.2%', '42.5%', '43.7%', '13.9%',
  ],
  'nhs-confederation-report': [
    '252', '8 out of 10', 'exactly three quarters', 'almost 7 in 10', '6 out of 10', '44 STPs and ICSs', '£500,000',
  ],
};

describe('document guides', () => {
  it('there are five, one per source document', async () => {
    expect((await guidePages()).map((g) => g.id).sort()).toEqual([
      'colchester-response', 'harrow-slides', 'kings-fund-explainer', 'nhs-confederation-report', 'nhs-providers-briefing',
    ]);
  });

  it('read at a median grade of 9 or lower, and none above 11', async () => {
    const grades = (await guidePages()).map((g) => ({ id: g.id, grade: readability(g.text).grade }));
    for (const { id, grade } of grades) expect(grade, id).toBeLessThanOrEqual(11);
    expect(median(grades.map((g) => g.grade))).toBeLessThanOrEqual(9);
  });

  it('keep every consultation and survey figure exactly as the source gives it', async () => {
    const byId = new Map((await guidePages()).map((g) => [g.id, g.text]));
    for (const [id, figures] of Object.entries(FIGURES)) {
      // A figure may open a sentence, so only its capital letter may differ.
      const text = (byId.get(id) ?? '').toLowerCase();
      for (const figure of figures) expect(text, `${id} should contain "${figure}"`).toContain(figure.toLowerCase());
    }
  });

  it('say under every section heading where in the original document it comes from', async () => {
    const pages = (await htmlPagesIn(inject('distDir'))).filter((p) => /^guides\/[^/]+\/$/.test(p.urlPath));
    for (const page of pages) {
      const tree = parseHtml(await readFile(page.file, 'utf8'));
      const headings = selectAll('main .guide-body h2, main .guide-body h3', tree);
      expect(headings.length, page.urlPath).toBeGreaterThan(3);
      for (const heading of headings) {
        const next = selectAll(`main #${String(heading.properties.id)} + p.original`, tree)[0];
        expect(next && toText(next), `${page.urlPath}#${String(heading.properties.id)}`).toMatch(/^In the original: \S/);
      }
    }
  });

  it('publish no e-mail address or telephone number', async () => {
    for (const { id, text } of await guidePages()) {
      expect(text, id).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(text, id).not.toMatch(/\+?\d[\d ]{9,}\d/);
    }
  });
});
