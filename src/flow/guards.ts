/** Named guards: conditions on the answers given so far. */
import type { FlowContext } from './machine.ts';

const answered = (context: FlowContext, question: string, value: string) =>
  context.answers.some((a) => a.question === question && a.value === value);

export const guards = {
  /** County councils and unitary councils share the role question but not the outcome. */
  choseCountyCouncil: ({ context }: { context: FlowContext }) => answered(context, 'council-type', 'county'),
  /** Foundation trust directors and NHS trust staff share the reach question but not the outcome. */
  choseFoundationTrust: ({ context }: { context: FlowContext }) => answered(context, 'trust-type', 'foundation'),
};

export type GuardName = keyof typeof guards;
