/**
 * Model-based and property tests of the question flow's machine and URL codec: the states come
 * from walking the machine with xstate/graph, and addresses are replayed through actors of it, as
 * the build and the reader's browser do.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, getInitialSnapshot, transition } from 'xstate';
import { flowMachine, helpStateOf } from '../../src/flow/machine.ts';
import { NOT_SURE, OUTCOMES, QUESTIONS, type QuestionId } from '../../src/flow/flow-data.ts';
import { reachableStates } from '../../src/flow/graph.ts';
import { answerRows, stepOf } from '../../src/flow/flow-state.ts';
import { addressOf, goTo, restore, type FlowSnapshot } from '../../src/flow/url-codec.ts';
import { decodePath, encodePath } from '../../src/flow/paths.ts';

const states = reachableStates();
const byAddress = new Map(states.map((s) => [s.segments.join('/'), s]));
const acceptedBy = (snapshot: FlowSnapshot) =>
  [...new Set(snapshot._nodes.flatMap((n) => n.ownEvents))].filter((e) => e !== 'START_AGAIN').sort();
/** The outcomes reachable from a state, by walking onward through every answer it accepts. */
function outcomesFrom(snapshot: FlowSnapshot): Set<string> {
  const step = stepOf(snapshot);
  if (step.kind === 'outcome') return new Set([step.outcome]);
  return new Set(acceptedBy(snapshot).flatMap((e) => [...outcomesFrom(transition(flowMachine, snapshot, { type: e } as never)[0])]));
}

describe('the machine, walked with xstate/graph', () => {
  it('reaches every question, help step and outcome: no state is unreachable', () => {
    const reached = new Set(states.map((s) => stepOf(s.snapshot).stateId));
    const all = [
      ...Object.keys(QUESTIONS).map((q) => `flow.questions.${q}`),
      ...(Object.entries(QUESTIONS) as [QuestionId, { unsure?: boolean }][]).filter(([, q]) => q.unsure).map(([q]) => `flow.questions.${helpStateOf(q)}`),
      ...OUTCOMES.map((o) => `flow.outcome.${o}`),
    ];
    expect([...reached].sort()).toEqual(all.sort());
  });

  it('has no dead end: every question accepts an answer, and every leaf is an outcome', () => {
    for (const { snapshot } of states) {
      const step = stepOf(snapshot);
      if (step.kind === 'question') expect(acceptedBy(snapshot).length, step.stateId).toBeGreaterThan(0);
      else expect(acceptedBy(snapshot), step.stateId).toEqual([]);
    }
  });

  it('asks at most four questions on any path', () => {
    const outcomes = states.filter((s) => stepOf(s.snapshot).kind === 'outcome');
    expect(outcomes.length).toBeGreaterThan(0);
    for (const { segments, snapshot } of outcomes) {
      const questionsAnswered = segments.filter((s) => s !== NOT_SURE).length;
      expect(questionsAnswered, segments.join('/')).toBeLessThanOrEqual(4);
      expect(snapshot.context.answers).toHaveLength(questionsAnswered);
    }
  });

  it('asks only questions that matter: at every question, at least two answers lead to different outcomes', () => {
    for (const { segments, snapshot } of states) {
      const step = stepOf(snapshot);
      if (step.kind !== 'question') continue;
      const answers = Object.keys(QUESTIONS[step.question].answers);
      const leadsTo = new Set(answers.map((value) => [...outcomesFrom(transition(flowMachine, snapshot, { type: value } as never)[0])].sort().join(' ')));
      expect(leadsTo.size, `${segments.join('/') || 'start'}: every answer leads to ${[...leadsTo][0]}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('offers no two answers to a question that always lead to the same outcomes', () => {
    for (const { segments, snapshot } of states) {
      const step = stepOf(snapshot);
      if (step.kind !== 'question' || step.help) continue;
      const seen = new Map<string, string>();
      for (const value of Object.keys(QUESTIONS[step.question].answers)) {
        const outcomes = [...outcomesFrom(transition(flowMachine, snapshot, { type: value } as never)[0])].sort().join(' ');
        expect(seen.get(outcomes), `${segments.join('/') || 'start'}: "${value}" and "${seen.get(outcomes)}" both lead to ${outcomes}`).toBeUndefined();
        seen.set(outcomes, value);
      }
    }
  });

  it('gives at least twelve outcomes, each reachable', () => {
    const outcomes = new Set(states.map((s) => stepOf(s.snapshot)).filter((s) => s.kind === 'outcome').map((s) => (s as { outcome: string }).outcome));
    expect(outcomes.size).toBeGreaterThanOrEqual(12);
    expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
  });

  it('sends a district council and a foundation trust governor to their own outcomes', () => {
    expect(stepOf(restore(['council', 'district']).snapshot)).toMatchObject({ kind: 'outcome', outcome: 'district-council' });
    expect(stepOf(restore(['council', NOT_SURE, 'district']).snapshot)).toMatchObject({ kind: 'outcome', outcome: 'district-council' });
    expect(stepOf(restore(['trust', 'foundation', 'governor']).snapshot)).toMatchObject({ kind: 'outcome', outcome: 'ft-governor' });
    expect(stepOf(restore(['council', 'county', 'councillor']).snapshot)).toMatchObject({ outcome: 'county-council' });
    expect(stepOf(restore(['council', 'unitary', 'councillor']).snapshot)).toMatchObject({ outcome: 'unitary-council' });
    expect(stepOf(restore(['trust', 'foundation', 'director', 'one']).snapshot)).toMatchObject({ outcome: 'ft-director' });
    expect(stepOf(restore(['trust', 'nhs-trust', 'one']).snapshot)).toMatchObject({ outcome: 'nhs-trust' });
  });

  it('starts again from any outcome, because outcomes are not final states', () => {
    for (const { snapshot } of states.filter((s) => stepOf(s.snapshot).kind === 'outcome')) {
      expect(snapshot.status).toBe('active');
      const [again] = transition(flowMachine, snapshot, { type: 'START_AGAIN' });
      expect(again.value).toEqual(getInitialSnapshot(flowMachine).value);
      expect(again.context.answers).toEqual([]);
    }
  });

  it('keeps its own address in its context, "not sure" included', () => {
    for (const { segments, snapshot } of states) expect(addressOf(snapshot)).toBe(encodePath(segments));
  });

  it('lists each answer with the address of the question that asked it', () => {
    const { snapshot } = restore(['council', NOT_SURE, 'county', 'councillor']);
    expect(answerRows(snapshot)).toEqual([
      { question: 'role', value: 'council', changeSegments: [] },
      { question: 'council-type', value: 'county', changeSegments: ['council', NOT_SURE] },
      { question: 'council-role', value: 'councillor', changeSegments: ['council', NOT_SURE, 'county'] },
    ]);
  });
});

describe('restoring from an address', () => {
  it('goes to the furthest valid step on an unknown, repeated or out-of-order segment', () => {
    expect(restore(['council', 'banana', 'district']).segments).toEqual(['council']);
    expect(restore(['council', 'council', 'district']).segments).toEqual(['council']);
    expect(restore(['district', 'council']).segments).toEqual([]);
    expect(restore(['council', 'district', 'extra']).segments).toEqual(['council', 'district']);
    expect(restore(['START_AGAIN']).segments).toEqual([]);
    expect(restore(['council', 'district']).complete).toBe(true);
    expect(restore(['council', 'x']).complete).toBe(false);
  });

  const segment = fc.oneof(
    fc.constantFrom(...new Set(Object.values(QUESTIONS).flatMap((q) => Object.keys(q.answers))), NOT_SURE, 'START_AGAIN', 'ccg'),
    fc.string({ maxLength: 12 }),
  );

  it('never throws, and always gives a valid state whose address is a prefix of the one asked for', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const restored = restore(segments);
        expect(segments.slice(0, restored.segments.length)).toEqual(restored.segments);
        expect(['question', 'outcome']).toContain(stepOf(restored.snapshot).kind);
        expect(byAddress.has(restored.segments.join('/'))).toBe(true);
        expect(restored.complete).toBe(restored.segments.length === segments.length);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any path without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (path) => {
        const restored = restore(decodePath(path));
        expect(restored.segments.length).toBeLessThanOrEqual(path.length);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips: encoding a reachable address and decoding it gives the same state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), ({ segments, snapshot }) => {
        const again = restore(decodePath(encodePath(segments)));
        expect(again.complete).toBe(true);
        expect(again.segments).toEqual(segments);
        expect(again.snapshot.value).toEqual(snapshot.value);
        expect(again.snapshot.context).toEqual(snapshot.context);
      }),
    );
  });
});

describe("the reader's browser: one actor, sent each address the reader goes to", () => {
  const anyAnswer = fc.constantFrom(...new Set(states.flatMap((s) => s.segments)), 'nope', 'START_AGAIN');
  const address = fc.oneof(fc.constantFrom(...states.map((s) => s.segments)), fc.array(anyAnswer, { maxLength: 6 }));

  it('reaches, from wherever it was, the same step as a fresh replay of the address', () => {
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 8 }), (addresses) => {
        const actor = createActor(flowMachine).start();
        for (const segments of addresses) {
          const complete = goTo(actor, segments);
          const fresh = restore(segments);
          expect(complete).toBe(fresh.complete);
          expect(actor.getSnapshot().value).toEqual(fresh.snapshot.value);
          expect(actor.getSnapshot().context).toEqual(fresh.snapshot.context);
        }
        actor.stop();
      }),
      { numRuns: 300 },
    );
  });

  it('accepts, in every reachable state, exactly the answers its page links to', () => {
    const actor = createActor(flowMachine).start();
    for (const { segments, snapshot } of states) {
      expect(goTo(actor, segments)).toBe(true);
      expect(acceptedBy(actor.getSnapshot()), segments.join('/')).toEqual(acceptedBy(snapshot));
      for (const next of acceptedBy(snapshot)) expect(byAddress.has([...segments, next].join('/')), [...segments, next].join('/')).toBe(true);
    }
    actor.stop();
  });
});
