import { describe, expect, it } from 'vitest';
import { editDistance, planQuery, startsAnyWord, suggest } from '../../src/lib/search-query.ts';
import { buildVocabulary } from '../../src/lib/search-vocabulary.ts';

const ignored = new Set(['who', 'the', 'what', 'is', 'of']);

describe('reading a query', () => {
  it('treats every word as complete once the reader has finished', () => {
    expect(planQuery('Nottingham', { typing: false, ignored })).toEqual({ complete: ['nottingham'] });
    expect(planQuery('tier two ', { typing: true, ignored })).toEqual({ complete: ['tier', 'two'] });
  });

  it('lets only the last word stand for longer words while it is being typed', () => {
    expect(planQuery('foundation tru', { typing: true, ignored })).toEqual({ complete: ['foundation'], prefix: 'tru' });
  });

  it('leaves out small question words, unless nothing else is left', () => {
    expect(planQuery('who appoints the ICS chair', { typing: false, ignored })).toEqual({ complete: ['appoints', 'ics', 'chair'] });
    expect(planQuery('what is', { typing: false, ignored })).toEqual({ complete: ['what', 'is'] });
  });

  it('drops punctuation the way Pagefind does', () => {
    expect(planQuery('“49.2%”', { typing: false, ignored })).toEqual({ complete: ['492'] });
    expect(planQuery("King's Fund", { typing: false, ignored })).toEqual({ complete: ['kings', 'fund'] });
  });
});

describe('suggesting what the reader meant', () => {
  const vocabulary = buildVocabulary([
    'Colchester Borough Council said the foundation trust would not change. Foundation trusts stay.',
    'An independent Health Services Safety Investigations Body. The Competition and Markets Authority (CMA).',
  ]);

  it('finds a misspelt word within a small number of edits', () => {
    expect(suggest('colchestor', vocabulary)).toEqual({ words: ['colchester'], phrase: false });
    expect(suggest('fondation', vocabulary)).toEqual({ words: ['foundation'], phrase: false });
  });

  it('offers nothing for a real word the site does not use', () => {
    expect(suggest('nottingham', vocabulary)).toBeUndefined();
    expect(suggest('nit', vocabulary)).toBeUndefined();
  });

  it('spells out initials from a name the site uses', () => {
    expect(suggest('hssib', vocabulary)).toEqual({ words: ['health', 'services', 'safety', 'investigations', 'body'], phrase: true });
    // The site uses "CMA" itself, so it is a word, not initials to spell out.
    expect(vocabulary.initials.cma).toBeUndefined();
  });

  it('knows which prefixes start a word of the site', () => {
    expect(startsAnyWord('colch', vocabulary)).toBe(true);
    expect(startsAnyWord('nottingham', vocabulary)).toBe(false);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('trust', 'turst', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
});
