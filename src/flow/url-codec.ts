/**
 * A flow address is its answers as path segments: /check/council/district/. Going to one sends
 * the segments to an actor of the machine as events, never trusting a state named in a URL: an
 * unknown, repeated or out-of-order segment stops at the furthest valid step. The state reached
 * gives back its own address (its context's path). The same code runs at build time and in the
 * reader's browser.
 */
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { flowMachine, type FlowEvent } from './machine.ts';
import { encodePath, startsWith } from './paths.ts';

export type FlowSnapshot = SnapshotFrom<typeof flowMachine>;
type FlowActor = ActorRefFrom<typeof flowMachine>;

export interface Restored {
  snapshot: FlowSnapshot;
  /** The segments that were accepted, in order: the canonical address of the state reached. */
  segments: string[];
  /** True when every segment was accepted. */
  complete: boolean;
}

/** Answer values and "not-sure": lower case words. Anything else (START_AGAIN included) is not an answer. */
const SEGMENT = /^[a-z0-9-]+$/;

/** The event a segment stands for, if the snapshot's state accepts it as an answer. */
function answerEvent(snapshot: FlowSnapshot, segment: string): FlowEvent | undefined {
  if (!SEGMENT.test(segment)) return undefined;
  const event = { type: segment } as FlowEvent;
  return snapshot.can(event) ? event : undefined;
}

/** Sends segments to the actor in order, stopping at the first its state does not accept; true if all were. */
function sendAnswers(actor: FlowActor, segments: readonly string[]): boolean {
  for (const segment of segments) {
    const event = answerEvent(actor.getSnapshot(), segment);
    if (!event) return false;
    actor.send(event);
  }
  return true;
}

/**
 * Takes a running actor to the state an address names: onward from where it is when the address
 * continues its path, otherwise from the start. True when every segment was accepted.
 */
export function goTo(actor: FlowActor, segments: readonly string[]): boolean {
  const path = actor.getSnapshot().context.path;
  const continues = startsWith(segments, path);
  if (!continues) actor.send({ type: 'START_AGAIN' });
  return sendAnswers(actor, continues ? segments.slice(path.length) : segments);
}

/** A state's address, relative to the flow's root ("" for the start). */
export const addressOf = (snapshot: FlowSnapshot): string => encodePath(snapshot.context.path);

/** The state an address leads to, through a fresh actor. */
export function restore(segments: readonly string[]): Restored {
  const actor = createActor(flowMachine).start();
  const complete = sendAnswers(actor, segments);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { snapshot, segments: [...snapshot.context.path], complete };
}
