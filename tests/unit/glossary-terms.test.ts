import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypeGlossaryTerms, { properNameSpans } from '../../src/lib/rehype-glossary-terms.ts';
import type { GlossaryTerm } from '../../src/lib/acronyms.ts';

const terms: GlossaryTerm[] = [
  { id: 'ics', term: 'ICS', expansion: 'integrated care system' },
  { id: 'nhse-i', term: 'NHSE/I', expansion: 'NHS England and NHS Improvement' },
  { id: 'nhs', term: 'NHS', expansion: 'National Health Service' },
  { id: 'place', term: 'place' },
];
const properNames = ['NHS England and NHS Improvement', 'NHS England', 'NHS Improvement', 'NHS Providers'];
const options = { terms, properNames, href: (id: string) => `/glossary/#${id}` };

const fragment = (html: string) => String(unified().use(rehypeParse, { fragment: true }).use(rehypeGlossaryTerms, options).use(rehypeStringify, { characterReferences: { useNamedReferences: true } }).processSync(html));
const page = (html: string) => String(unified().use(rehypeParse).use(rehypeGlossaryTerms, options).use(rehypeStringify, { characterReferences: { useNamedReferences: true } }).processSync(html));

const ics = (text = 'ICS', title = 'integrated care system') => `<a class="term" href="/glossary/#ics"><abbr title="${title}">${text}</abbr></a>`;
const nhs = '<a class="term" href="/glossary/#nhs"><abbr title="National Health Service">NHS</abbr></a>';

describe('the glossary-terms rehype plugin', () => {
  it('marks only the first use of each abbreviation, plural included', () => {
    expect(fragment('<p>The ICSs met. Each ICS had a board.</p>')).toBe(`<p>The ${ics('ICSs', 'integrated care systems')} met. Each ICS had a board.</p>`);
  });

  it('counts first use across the whole tree, not per paragraph', () => {
    expect(fragment('<p>One ICS.</p><ul><li>Two ICS, one NHS.</li></ul><p>NHS</p>')).toBe(`<p>One ${ics()}.</p><ul><li>Two ICS, one ${nhs}.</li></ul><p>NHS</p>`);
  });

  it('never marks inside links, headings, code, abbreviations, form controls or hidden text, and skips them as first uses', () => {
    const html = [
      '<h2>ICS</h2>', '<h3 id="x"><span>ICS</span></h3>', '<a href="/x/">the ICS</a>', '<abbr title="x">ICS</abbr>',
      '<code>ICS</code>', '<pre>ICS</pre>', '<button>ICS</button>', '<span class="a visually-hidden">ICS</span>',
      '<span hidden>ICS</span>', '<span aria-hidden="true">ICS</span>', '<script>"ICS"</script>', '<!-- ICS -->',
      '<p>At last, an ICS.</p>',
    ].join('');
    const out = fragment(html);
    expect(out.match(/class="term"/g)).toHaveLength(1);
    expect(out.endsWith(`<p>At last, an ${ics()}.</p>`)).toBe(true);
  });

  it('never marks an abbreviation inside a proper name, and finds the first use outside one', () => {
    const out = fragment('<p>NHS England and NHS Improvement wrote to NHS Providers. NHS England said the NHS would change.</p>');
    expect(out).toBe(`<p>NHS England and NHS Improvement wrote to NHS Providers. NHS England said the ${nhs} would change.</p>`);
  });

  it('matches proper names as whole words only', () => {
    expect(properNameSpans('NHS Englanders and NHS England.', ['NHS England'])).toEqual([[19, 30]]);
    expect(fragment('<p>NHS Englanders</p>')).toBe(`<p>${nhs} Englanders</p>`);
  });

  it('marks abbreviations with a slash and inside inline elements other than links', () => {
    expect(fragment('<p><em>NHSE/I</em> proposed</p>')).toContain('<em><a class="term" href="/glossary/#nhse-i"><abbr title="NHS England and NHS Improvement">NHSE/I</abbr></a></em>');
  });

  it('leaves terms without an expansion and unknown abbreviations alone', () => {
    expect(fragment('<p>A place for the XYZ.</p>')).toBe('<p>A place for the XYZ.</p>');
  });

  it('keeps escaped characters escaped', () => {
    expect(fragment('<p>R&amp;D &lt;b&gt; and the ICS</p>')).toBe(`<p>R&amp;D &lt;b> and the ${ics()}</p>`);
  });

  it('on a whole page, works inside <main> only', () => {
    const out = page('<!doctype html><html><head><title>ICS</title></head><body><header>ICS NHS</header><main><p>An ICS.</p></main><footer>NHS</footer></body></html>');
    expect(out).toContain('<header>ICS NHS</header>');
    expect(out).toContain(`<main><p>An ${ics()}.</p></main>`);
    expect(out).toContain('<footer>NHS</footer>');
  });
});
