import { describe, expect, it } from 'vitest';
import { CitationError, resolveCitation, type GuideIndex } from '../../src/lib/citations.ts';

const index: GuideIndex = new Map([
  ['colchester-response', { shortTitle: 'Colchester Borough Council response', sections: new Map([['question-2-option-2-would-not-help', { title: 'Question 2: option 2 would not help', original: 'answer to consultation question 2' }]]) }],
]);

describe('resolveCitation', () => {
  it('links a claim to its guide section, and names the part of the original it rests on', () => {
    expect(resolveCitation('colchester-response#question-2-option-2-would-not-help', index, '/')).toEqual({
      href: '/guides/colchester-response/#question-2-option-2-would-not-help',
      guideTitle: 'Colchester Borough Council response',
      sectionTitle: 'Question 2: option 2 would not help',
      original: 'answer to consultation question 2',
    });
  });

  it('fails, naming the page and the reference, when the guide does not exist', () => {
    expect(() => resolveCitation('no-such-guide#intro', index, '/check/council/')).toThrow(CitationError);
    expect(() => resolveCitation('no-such-guide#intro', index, '/check/council/')).toThrow(/"no-such-guide#intro" on page \/check\/council\/.*"no-such-guide"/);
  });

  it('fails, listing the sections it does have, when the section does not exist', () => {
    expect(() => resolveCitation('colchester-response#question-9', index, '/about/')).toThrow(
      /"colchester-response#question-9" on page \/about\/.*question-2-option-2-would-not-help/,
    );
  });

  it('fails on a reference that is not "guide#section"', () => {
    expect(() => resolveCitation('colchester-response', index, '/')).toThrow(/malformed/);
  });
});
