import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { acronymsIn, expandFirstUses, undefinedAcronyms, type GlossaryTerm } from '../../src/lib/acronyms.ts';
import { filesIn } from '../../src/lib/built-pages.ts';

const terms: GlossaryTerm[] = [
  { id: 'ics', term: 'ICS', expansion: 'integrated care system' },
  { id: 'nhse-i', term: 'NHSE/I', expansion: 'NHS England and NHS Improvement' },
  { id: 'nhs', term: 'NHS', expansion: 'National Health Service' },
];

describe('acronymsIn', () => {
  it('finds abbreviations, singular for plurals, and ignores ordinary words', () => {
    expect(acronymsIn('The ICSs and NHSE/I said COVID-19 was hard. The NHS. A Council. I agree.').sort()).toEqual(['COVID-19', 'ICS', 'NHS', 'NHSE/I']);
  });
});

describe('glossary coverage', () => {
  it('every abbreviation used in the content is in the glossary', async () => {
    const { terms: glossary } = parse(await readFile('content/glossary.yaml', 'utf8')) as { terms: GlossaryTerm[] };
    const files = (await filesIn('content', ['.mdx', '.yaml'])).filter((f) => !f.endsWith('glossary.yaml'));
    const missing: string[] = [];
    for (const file of files) for (const a of undefinedAcronyms(await readFile(file, 'utf8'), glossary)) missing.push(`${file}: ${a}`);
    expect(missing).toEqual([]);
  });

  it('fails on an abbreviation the glossary lacks', () => {
    expect(undefinedAcronyms('The ICS and the XYZQ met.', terms)).toEqual(['XYZQ']);
  });
});

describe('expandFirstUses', () => {
  const href = (id: string) => `/glossary/#${id}`;
  it('expands only the first use of each abbreviation on the page, plural included', () => {
    const out = expandFirstUses('<p>The ICSs met. Each ICS had a board.</p>', terms, href);
    expect(out).toBe('<p>The <a class="term" href="/glossary/#ics"><abbr title="integrated care systems">ICSs</abbr></a> met. Each ICS had a board.</p>');
  });
  it('leaves links, headings, existing abbreviations and hidden text alone', () => {
    const html = '<h2>ICS</h2><a href="/x/">ICS</a><span class="visually-hidden">ICS</span><abbr>NHS</abbr><p>ICS and NHS</p>';
    const out = expandFirstUses(html, terms, href);
    expect(out).toBe('<h2>ICS</h2><a href="/x/">ICS</a><span class="visually-hidden">ICS</span><abbr>NHS</abbr><p><a class="term" href="/glossary/#ics"><abbr title="integrated care system">ICS</abbr></a> and <a class="term" href="/glossary/#nhs"><abbr title="National Health Service">NHS</abbr></a></p>');
  });
  it('handles abbreviations with a slash', () => {
    expect(expandFirstUses('<p>NHSE/I proposed</p>', terms, href)).toContain('<abbr title="NHS England and NHS Improvement">NHSE/I</abbr>');
  });
});
