/**
 * Every reachable state of the flow, found by walking the machine's graph with xstate/graph:
 * one static page each. The path of events that reaches a state is its address.
 */
import { getSimplePaths } from 'xstate/graph';
import { flowMachine } from './machine.ts';
import type { FlowSnapshot } from './url-codec.ts';
import { stepOf } from './flow-state.ts';

export interface ReachableState {
  segments: string[];
  snapshot: FlowSnapshot;
}

let cached: ReachableState[] | undefined;

/** Answers are events without payloads, so the graph reads them from each state's transitions. Walked once per build. */
export function reachableStates(): ReachableState[] {
  if (cached) return cached;
  const paths = getSimplePaths(flowMachine, {
    // "Start again" returns to the start; it adds no state of its own.
    filterEvents: (_state, event) => event.type !== 'START_AGAIN',
    // A state's context holds its path, so every address is a state of its own.
    serializeState: (state) => JSON.stringify({ value: state.value, path: state.context.path }),
  });
  cached = paths
    .map((path) => {
      const snapshot = path.state as FlowSnapshot;
      return { segments: [...snapshot.context.path], snapshot };
    })
    .sort((a, b) => a.segments.length - b.segments.length || a.segments.join('/').localeCompare(b.segments.join('/')));
  return cached;
}

/**
 * The shortest address of each outcome (states are sorted shortest first): the one search indexes
 * and the site index lists, so each outcome is found once.
 */
export function canonicalOutcomes(states: readonly ReachableState[] = reachableStates()): Map<string, ReachableState> {
  const canonical = new Map<string, ReachableState>();
  for (const state of states) {
    const step = stepOf(state.snapshot);
    if (step.kind === 'outcome' && !canonical.has(step.outcome)) canonical.set(step.outcome, state);
  }
  return canonical;
}
