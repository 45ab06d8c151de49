/** Compiles the reachable states (walked with xstate/graph) into the table the browser replays. */
import { addressOf, type FlowGraph } from './replay.ts';
import type { ReachableState } from './graph.ts';

export function compileGraph(states: readonly ReachableState[]): FlowGraph {
  const graph: FlowGraph = {};
  for (const { segments } of states) graph[addressOf(segments)] = [];
  for (const { segments } of states) {
    if (segments.length === 0) continue;
    graph[addressOf(segments.slice(0, -1))]!.push(segments.at(-1)!);
  }
  return graph;
}
