/**
 * The glossary's first-use rule, checked on every built page: on each page's main text, the first
 * use of an abbreviation the glossary expands is marked (<a class="term"><abbr title>), no later
 * use is, and no mark sits inside a link, heading, code, another abbreviation or a proper name
 * such as "NHS England".
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { htmlPagesIn } from '../../src/lib/built-pages.ts';
import { elementsIn, parseHtml, tokensOf, type Element } from '../../src/lib/html-tree.ts';
import { acronymUses, type GlossaryTerm } from '../../src/lib/acronyms.ts';
import { isUnmarkedElement, properNameSpans } from '../../src/lib/rehype-glossary-terms.ts';

const distDir = inject('distDir');

interface Segment {
  text: string;
  start: number;
  /** Inside a link, heading, code, hidden text or the like. */
  blocked: boolean;
  /** The glossary id, when the text is a mark. */
  mark?: string;
}

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/** The main text as segments in document order; `blocked` says whether any ancestor is never marked. */
function segmentsOf(main: Element): { segments: Segment[]; nested: string[] } {
  const segments: Segment[] = [];
  const problems: string[] = [];
  let at = 0;
  const boundary = () => {
    segments.push({ text: '\n', start: at, blocked: true });
    at += 1;
  };
  const walk = (node: Element, blocked: boolean, mark?: string) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        segments.push({ text: child.value, start: at, blocked, mark });
        at += child.value.length;
      } else if (child.type === 'element') {
        const isMark = child.tagName === 'a' && tokensOf(child.properties.className).includes('term');
        if (isMark && blocked) problems.push(`a mark inside a link, heading, code or hidden text: “${textOf(child)}”`);
        const id = isMark ? String(child.properties.href).split('#')[1] : mark;
        // A name can run across inline elements, never across blocks ("Published by" | "NHS Providers").
        const block = !INLINE.has(child.tagName);
        if (block) boundary();
        walk(child, blocked || isUnmarkedElement(child), id);
        if (block) boundary();
      }
    }
  };
  walk(main, false);
  return { segments, nested: problems };
}

const textOf = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

describe('glossary terms on the built site', async () => {
  const { terms, properNames } = parse(await readFile('content/glossary.yaml', 'utf8')) as { terms: GlossaryTerm[]; properNames: string[] };
  const byTerm = new Map(terms.filter((t) => t.expansion).map((t) => [t.term, t]));
  const pages: Array<{ path: string; segments: Segment[]; nested: string[] }> = [];
  for (const page of await htmlPagesIn(distDir)) {
    if (page.urlPath === 'glossary/') continue;
    const main = [...elementsIn(parseHtml(await readFile(page.file, 'utf8')))].find((e) => e.tagName === 'main');
    if (main) pages.push({ path: page.urlPath, ...segmentsOf(main) });
  }

  it('marks the first use of each abbreviation on every page, and only that, never inside a proper name', () => {
    const problems: string[] = [];
    let marks = 0;
    let namesSeen = 0;
    for (const { path, segments, nested } of pages) {
      problems.push(...nested.map((p) => `${path}: ${p}`));
      const names = properNameSpans(segments.map((s) => s.text).join(''), properNames);
      namesSeen += names.length;
      const inName = (start: number, end: number) => names.some(([a, b]) => start < b && end > a);

      const firstMark = new Map<string, number>();
      for (const s of segments.filter((s) => s.mark)) {
        marks++;
        if (firstMark.has(s.mark!)) problems.push(`${path}: “${s.text}” is marked more than once`);
        else firstMark.set(s.mark!, s.start);
        if (inName(s.start, s.start + s.text.length)) problems.push(`${path}: “${s.text}” is marked inside a proper name`);
      }
      const reported = new Set<string>();
      for (const s of segments.filter((s) => !s.blocked && !s.mark)) {
        for (const use of acronymUses(s.text)) {
          const term = byTerm.get(use.acronym);
          const at = s.start + use.index;
          if (!term || inName(at, at + use.length) || reported.has(term.id)) continue;
          const marked = firstMark.get(term.id);
          if (marked === undefined || marked > at) {
            reported.add(term.id);
            problems.push(`${path}: the first use of ${term.term} is not marked (“…${s.text.slice(Math.max(use.index - 30, 0), use.index + use.length + 10)}…”)`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // The check saw real marks and real proper names.
    expect(marks).toBeGreaterThan(pages.length);
    expect(namesSeen).toBeGreaterThan(pages.length);
  });

  it('never marks the NHS in “NHS England”', () => {
    const found: string[] = [];
    for (const { path, segments } of pages) {
      segments.forEach((s, i) => {
        if (s.mark && s.text === 'NHS' && segments[i + 1]?.text.startsWith(' England')) found.push(path);
      });
    }
    expect(found).toEqual([]);
  });
});
