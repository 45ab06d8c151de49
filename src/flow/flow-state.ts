/** What a page needs to know about a flow state: which step it is, and where each link goes. */
import type { FlowSnapshot } from './url-codec.ts';
import type { Answer } from './machine.ts';
import type { OutcomeId, QuestionId } from './flow-data.ts';

export type StepKind =
  | { kind: 'question'; question: QuestionId; help: boolean; stateId: string }
  | { kind: 'outcome'; outcome: OutcomeId; stateId: string };

/** The step a snapshot is at, read from the state node's meta. */
export function stepOf(snapshot: FlowSnapshot): StepKind {
  const [stateId, meta] = Object.entries(snapshot.getMeta())[0] as [string, { question?: QuestionId; help?: boolean; outcome?: OutcomeId }];
  if (meta.outcome) return { kind: 'outcome', outcome: meta.outcome, stateId };
  return { kind: 'question', question: meta.question!, help: meta.help ?? false, stateId };
}

export interface AnswerRow extends Answer {
  /** Segments of the step where this answer can be changed. */
  changeSegments: string[];
}

/**
 * The reader's answers with, for each, the address of the question that asked it, read from the
 * state's path. Segments that are not answers ("not sure") are skipped: they only open a help step.
 */
export function answerRows(snapshot: FlowSnapshot): AnswerRow[] {
  const { answers, path } = snapshot.context;
  const rows: AnswerRow[] = [];
  path.forEach((segment, i) => {
    const answer = answers[rows.length];
    if (answer && answer.value === segment) rows.push({ ...answer, changeSegments: path.slice(0, i) });
  });
  return rows;
}
