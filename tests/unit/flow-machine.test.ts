/** Model-based and property tests of the question flow's machine, URL codec and compiled graph. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getInitialSnapshot, transition } from 'xstate';
import { flowMachine, helpStateOf } from '../../src/flow/machine.ts';
import { NOT_SURE, OUTCOMES, QUESTIONS, type QuestionId } from '../../src/flow/flow-data.ts';
import { reachableStates } from '../../src/flow/graph.ts';
import { answerRows, stepOf } from '../../src/flow/flow-state.ts';
import { restore } from '../../src/flow/url-codec.ts';
import { decodePath, encodePath } from '../../src/flow/paths.ts';
import { compileGraph } from '../../src/flow/compile-graph.ts';
import { replay } from '../../src/flow/replay.ts';

const states = reachableStates();
const graph = compileGraph(states);
const acceptedBy = (snapshot: ReturnType<typeof restore>['snapshot']) =>
  [...new Set(snapshot._nodes.flatMap((n) => n.ownEvents))].filter((e) => e !== 'START_AGAIN').sort();

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

  it('asks at most four questions before any outcome', () => {
    for (const { segments, snapshot } of states) {
      const questionsAnswered = segments.filter((s) => s !== NOT_SURE).length;
      expect(questionsAnswered, segments.join('/')).toBeLessThanOrEqual(4);
      if (stepOf(snapshot).kind === 'outcome') expect(snapshot.context.answers).toHaveLength(questionsAnswered);
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

  it('lists each answer with the address of the question that asked it', () => {
    const { snapshot, segments } = restore(['council', NOT_SURE, 'county', 'councillor']);
    expect(answerRows(snapshot, segments)).toEqual([
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
        expect(graph[restored.segments.join('/')]).toBeDefined();
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

describe('the compiled graph the browser replays', () => {
  it('accepts exactly the answers the machine accepts, in every reachable state', () => {
    for (const { segments, snapshot } of states) expect([...graph[segments.join('/')]!].sort(), segments.join('/')).toEqual(acceptedBy(snapshot));
  });

  it('replays any address to the same step as the machine', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.values(graph).flat(), 'nope'), { maxLength: 7 }), (segments) => {
        expect(replay(graph, segments)).toEqual({ segments: restore(segments).segments, complete: restore(segments).complete });
      }),
      { numRuns: 500 },
    );
  });
});
