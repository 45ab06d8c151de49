/**
 * Build-time check that the flow's words and its machine match: every question and outcome
 * state has its words, every words file belongs to a state, and every answer has a label.
 */
import { NOT_SURE, OUTCOMES, QUESTIONS, type QuestionData } from './flow-data.ts';

export interface QuestionWordsShape {
  answers: Record<string, string>;
  unsure?: unknown;
}

export function flowWordsProblems(
  questionWords: ReadonlyMap<string, QuestionWordsShape>,
  outcomeWords: ReadonlySet<string>,
  questions: Record<string, QuestionData> = QUESTIONS,
  outcomes: readonly string[] = OUTCOMES,
): string[] {
  const problems: string[] = [];
  for (const [id, data] of Object.entries(questions)) {
    const words = questionWords.get(id);
    if (!words) {
      problems.push(`question "${id}" has no words: add content/flow/questions/${id}.yaml`);
      continue;
    }
    for (const value of Object.keys(data.answers)) {
      if (!(value in words.answers)) problems.push(`question "${id}": answer "${value}" has no label`);
    }
    for (const value of Object.keys(words.answers)) {
      if (!(value in data.answers)) problems.push(`question "${id}": label for "${value}", which is not an answer the flow offers`);
    }
    if (data.unsure && !words.unsure) problems.push(`question "${id}" offers "${NOT_SURE}" but its words have no "unsure" section`);
    if (!data.unsure && words.unsure) problems.push(`question "${id}" has an "unsure" section but the flow does not offer "${NOT_SURE}"`);
  }
  for (const id of questionWords.keys()) {
    if (!(id in questions)) problems.push(`content/flow/questions/${id}.yaml belongs to no question of the flow`);
  }
  for (const id of outcomes) {
    if (!outcomeWords.has(id)) problems.push(`outcome "${id}" has no words: add content/flow/outcomes/${id}.mdx`);
  }
  for (const id of outcomeWords) {
    if (!outcomes.includes(id)) problems.push(`content/flow/outcomes/${id}.mdx belongs to no outcome of the flow`);
  }
  return problems;
}
