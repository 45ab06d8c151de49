/**
 * A flow address is its answers as path segments: /check/council/district/. Restoring one
 * replays the segments as events through the machine, never trusting a state named in a URL:
 * an unknown, repeated or out-of-order segment stops the replay at the furthest valid step.
 */
import { getInitialSnapshot, transition, type SnapshotFrom } from 'xstate';
import { flowMachine, type FlowEvent } from './machine.ts';

export type FlowSnapshot = SnapshotFrom<typeof flowMachine>;

export interface Restored {
  snapshot: FlowSnapshot;
  /** The segments that were accepted, in order: the canonical address of the state reached. */
  segments: string[];
  /** True when every segment was accepted. */
  complete: boolean;
}

const SEGMENT = /^[a-z0-9-]+$/;

export function initialSnapshot(): FlowSnapshot {
  return getInitialSnapshot(flowMachine);
}

/** Applies one answer to a snapshot; undefined when the state does not accept it. */
export function step(snapshot: FlowSnapshot, segment: string): FlowSnapshot | undefined {
  if (!SEGMENT.test(segment) || segment === 'START_AGAIN') return undefined;
  const event = { type: segment } as FlowEvent;
  if (!snapshot.can(event)) return undefined;
  return transition(flowMachine, snapshot, event)[0];
}

export function restore(segments: readonly string[]): Restored {
  let snapshot = initialSnapshot();
  const accepted: string[] = [];
  for (const segment of segments) {
    const next = step(snapshot, segment);
    if (!next) return { snapshot, segments: accepted, complete: false };
    snapshot = next;
    accepted.push(segment);
  }
  return { snapshot, segments: accepted, complete: true };
}
