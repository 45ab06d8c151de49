/**
 * The question flow's one XState machine, built from the flow data and the named guards.
 * Questions and help steps are children of `questions`; outcomes are children of `outcome`
 * (not final states, so "start again" always works). Each answer is an event whose type is its
 * URL segment; the context keeps the answers given, in order, and the path of every event
 * accepted ("not sure" included), which is the state's address.
 */
import { assign, setup, type TransitionConfig } from 'xstate';
import { NOT_SURE, OUTCOMES, QUESTIONS, START, type AnswerTarget, type AnswerValue, type QuestionData, type QuestionId } from './flow-data.ts';
import { guards } from './guards.ts';

export interface Answer {
  question: QuestionId;
  value: string;
}
export interface FlowContext {
  answers: Answer[];
  /** Every answer and "not sure" accepted so far, in order: the segments of this state's address. */
  path: string[];
}
export type FlowEvent = { type: AnswerValue } | { type: typeof NOT_SURE } | { type: 'START_AGAIN' };

/** The help step of a question that offers "I'm not sure". */
export const helpStateOf = (question: QuestionId) => `${question}-help`;

function toTarget(target: string): string {
  return target.startsWith('outcome:') ? `#flow.outcome.${target.slice('outcome:'.length)}` : `#flow.questions.${target}`;
}

function answerTransitions(question: QuestionId) {
  const on: Record<string, unknown> = {};
  for (const [value, target] of Object.entries(QUESTIONS[question].answers) as [string, AnswerTarget][]) {
    const actions = { type: 'remember', params: { question, value } };
    on[value] = typeof target === 'string'
      ? { target: toTarget(target), actions }
      : target.map((t) => (typeof t === 'string' ? { target: toTarget(t), actions } : { guard: t.guard, target: toTarget(t.target), actions }));
  }
  return on;
}

function questionStates() {
  const states: Record<string, { meta: { question: QuestionId; help: boolean }; on: Record<string, unknown> }> = {};
  for (const question of Object.keys(QUESTIONS) as QuestionId[]) {
    const on = answerTransitions(question);
    const data: QuestionData = QUESTIONS[question];
    const help = { target: helpStateOf(question), actions: 'askForHelp' };
    states[question] = { meta: { question, help: false }, on: data.unsure ? { ...on, [NOT_SURE]: help } : on };
    if (data.unsure) states[helpStateOf(question)] = { meta: { question, help: true }, on };
  }
  return states;
}

export const flowMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
  },
  guards,
  actions: {
    remember: assign(({ context }, params: Answer) => ({
      answers: [...context.answers, params],
      path: [...context.path, params.value],
    })),
    askForHelp: assign({ path: ({ context }) => [...context.path, NOT_SURE] }),
    forget: assign({ answers: () => [], path: () => [] }),
  },
}).createMachine({
  id: 'flow',
  context: { answers: [], path: [] },
  initial: 'questions',
  on: { START_AGAIN: { target: '.questions', actions: 'forget', reenter: true } },
  states: {
    questions: { initial: START, states: questionStates() as never },
    // Outcomes are only entered by a named target; XState still wants an initial child.
    outcome: { initial: OUTCOMES[0], states: Object.fromEntries(OUTCOMES.map((id) => [id, { meta: { outcome: id } }])) },
  },
});
