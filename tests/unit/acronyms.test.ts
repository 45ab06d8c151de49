import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { acronymsIn, undefinedAcronyms, type GlossaryTerm } from '../../src/lib/acronyms.ts';
import { filesIn } from '../../src/lib/built-pages.ts';

const terms: GlossaryTerm[] = [{ id: 'ics', term: 'ICS', expansion: 'integrated care system' }];

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
