import { describe, expect, it } from 'vitest';
import { outcomeStructureProblems } from '../../src/lib/outcome-structure.ts';

const models = ['Option 1', 'Option 2', 'The combined model'];
const frame = ['In short', 'On this page', 'What the organisations said', 'Your answers'];
const h2 = (text: string) => ({ depth: 2, text });
const h3 = (text: string) => ({ depth: 3, text });
const good = [h2('Option 1 for district councils'), h3('Would you get a seat?'), h2('Option 2 for district councils'), h2('The combined model for district councils'), h3('Scrutiny')];

describe('outcomeStructureProblems', () => {
  it('accepts one section per model, in order, each saying what it is about, with no heading repeated', () => {
    expect(outcomeStructureProblems('district-council', good, frame, models)).toEqual([]);
  });

  it('fails when a model has no section, or the sections are out of order', () => {
    expect(outcomeStructureProblems('x', good.filter((h) => !h.text.startsWith('Option 2')), frame, models).join('\n')).toMatch(/exactly 3/);
    const swapped = [h2('Option 2 for you'), h2('Option 1 for you'), h2('The combined model for you')];
    expect(outcomeStructureProblems('x', swapped, frame, models).join('\n')).toMatch(/section 1 must begin with "Option 1"/);
  });

  it('fails on a section headed with the bare model name', () => {
    const bare = [h2('Option 1'), h2('Option 2 for you'), h2('The combined model for you')];
    expect(outcomeStructureProblems('x', bare, frame, models).join('\n')).toMatch(/must say what it is about/);
  });

  it('fails when a heading repeats, within the body or against the page frame', () => {
    const repeated = [...good, h3('What stays the same'), h3('What stays the same')];
    expect(outcomeStructureProblems('x', repeated, frame, models)).toEqual([expect.stringMatching(/"What stays the same" appears more than once/)]);
    expect(outcomeStructureProblems('x', [...good, h3('In short')], frame, models)).toEqual([expect.stringMatching(/"In short" appears more than once/)]);
  });
});
