/**
 * The machine's transitions, compiled at build time from its graph (xstate/graph) into a small
 * table the browser can replay URL segments through without shipping XState itself: for each
 * reachable state, by address, the answers it accepts. Tests check it against the machine.
 */

/** Address ("" for the start, "council/county" …) → the segments that state accepts. */
export type FlowGraph = Record<string, string[]>;

export const addressOf = (segments: readonly string[]) => segments.join('/');

/** Replays segments from the start; stops at the first one the state reached does not accept. */
export function replay(graph: FlowGraph, segments: readonly string[]): { segments: string[]; complete: boolean } {
  const accepted: string[] = [];
  for (const segment of segments) {
    if (!(graph[addressOf(accepted)] ?? []).includes(segment)) return { segments: accepted, complete: false };
    accepted.push(segment);
  }
  return { segments: accepted, complete: true };
}
