/** The post-build passes that label table cells and number printed sources, on small documents. */
import { describe, expect, it } from 'vitest';
import { parse, serialize } from 'parse5';
import { firstByTag } from '../../src/lib/parse5-tree.ts';
import { labelTableCells } from '../../src/lib/table-labels.ts';
import { numberSources, pageInfo, type PageInfo } from '../../src/lib/print-sources.ts';

const page = (main: string, extra = '') =>
  parse(`<!doctype html><html><head><title>T</title></head><body><main>${main}</main><footer><section data-print-sources><h2>Sources</h2><ol></ol></section>${extra}</footer></body></html>`);

describe('labelTableCells', () => {
  it('labels each data cell with the text of its column header, spans included, skipping the empty corner', () => {
    const doc = parse(`<table><thead><tr><td></td><th>Option <abbr title="x">1</abbr><span class="visually-hidden"> hidden</span></th><th colspan="2">Both</th></tr></thead>
      <tbody><tr><th scope="row">Row</th><td>a</td><td>b</td><td data-label="kept">c</td></tr></tbody></table>`);
    expect(labelTableCells(firstByTag(doc, 'body')!)).toBe(2);
    const html = serialize(doc);
    expect(html).toContain('<th scope="row">Row</th><td data-label="Option 1">a</td><td data-label="Both">b</td><td data-label="kept">c</td>');
  });

  it('leaves a table without a head alone', () => {
    const doc = parse('<table><tbody><tr><td>a</td></tr></tbody></table>');
    expect(labelTableCells(firstByTag(doc, 'body')!)).toBe(0);
  });
});

describe('numberSources', () => {
  const pages = new Map<string, PageInfo>([
    ['guides/x/', pageInfo(parse('<main><h1>Guide X</h1><h2 id="part">Part one</h2><table><tr id="row"><th>Row head</th><td>1</td></tr></table></main>'))],
  ]);

  it('numbers each distinct target once, in order, and lists it with its page title, section and address from the site root', () => {
    const doc = page('<a href="/guides/x/#part">a</a> <a href="https://example.org/doc.pdf">The original</a> <a href="/guides/x/#part">again</a> <a href="/guides/x/#row">row</a>');
    expect(numberSources(doc, 'here/', pages)).toBe(3);
    const html = serialize(doc);
    expect([...html.matchAll(/data-source-number="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '1', '3']);
    expect(html).toContain('<li><span class="source-title">Guide X, “Part one”</span> <a href="/guides/x/#part" class="source-address">guides/x/#part</a></li>');
    expect(html).toContain('<li><span class="source-title">The original</span> <a href="https://example.org/doc.pdf" class="source-address">https://example.org/doc.pdf</a></li>');
    expect(html).toContain('Guide X, “Row head”');
  });

  it('skips links to the same page, links the print hides, and abbreviations whose meaning is their own', () => {
    const doc = page('<a href="#top">top</a> <a href="/here/#x">x</a> <p class="no-print"><a href="/guides/x/">back</a></p> <a class="button" href="/guides/x/">Start</a> <a href="/glossary/#ics"><abbr title="integrated care system">ICS</abbr></a> <a href="mailto:x@example.org">mail</a>');
    expect(numberSources(doc, 'here/', pages)).toBe(0);
    const html = serialize(doc);
    expect(html).not.toContain('data-source-number');
    expect(html).not.toContain('data-print-sources');
  });

  it('resolves relative addresses against the page', () => {
    const doc = page('<a href="../guides/x/">guide</a>');
    numberSources(doc, 'about/', pages);
    expect(serialize(doc)).toContain('<span class="source-title">Guide X</span> <a href="/guides/x/" class="source-address">guides/x/</a>');
  });
});
