import { describe, expect, it } from 'vitest';
import { flowWordsProblems, type QuestionWordsShape } from '../../src/flow/words-check.ts';

const questions = { start: { answers: { a: 'outcome:one', b: 'next' } }, next: { answers: { c: 'outcome:one' }, unsure: true } };
const words = new Map<string, QuestionWordsShape>([
  ['start', { answers: { a: 'A', b: 'B' } }],
  ['next', { answers: { c: 'C' }, unsure: { label: 'x' } }],
]);

describe('flowWordsProblems', () => {
  it('passes when every state has its words and every words file has a state', () => {
    expect(flowWordsProblems(words, new Set(['one']), questions, ['one'])).toEqual([]);
  });
  it('names a question or outcome without words, and words without a state', () => {
    const problems = flowWordsProblems(new Map([['start', words.get('start')!], ['stray', { answers: {} }]]), new Set(['two']), questions, ['one']);
    expect(problems).toEqual([
      'question "next" has no words: add content/flow/questions/next.yaml',
      'content/flow/questions/stray.yaml belongs to no question of the flow',
      'outcome "one" has no words: add content/flow/outcomes/one.mdx',
      'content/flow/outcomes/two.mdx belongs to no outcome of the flow',
    ]);
  });
  it('names a missing answer label, a stray label and a missing "not sure" explanation', () => {
    const problems = flowWordsProblems(new Map<string, QuestionWordsShape>([['start', { answers: { a: 'A', z: 'Z' } }], ['next', { answers: { c: 'C' } }]]), new Set(['one']), questions, ['one']);
    expect(problems).toEqual([
      'question "start": answer "b" has no label',
      'question "start": label for "z", which is not an answer the flow offers',
      'question "next" offers "not-sure" but its words have no "unsure" section',
    ]);
  });
});
