/** The reachable states as a tree, for the map of the flow: each step and where each answer leads. */
import type { ReachableState } from './graph.ts';

export interface FlowTreeNode {
  state: ReachableState;
  /** Answer value → the step it leads to. */
  children: Array<{ answer: string; node: FlowTreeNode }>;
}

export function flowTree(states: readonly ReachableState[]): FlowTreeNode {
  const nodes = new Map(states.map((state) => [state.segments.join('/'), { state, children: [] } as FlowTreeNode]));
  for (const node of nodes.values()) {
    const segments = node.state.segments;
    if (segments.length === 0) continue;
    nodes.get(segments.slice(0, -1).join('/'))!.children.push({ answer: segments.at(-1)!, node });
  }
  const root = nodes.get('');
  if (!root) throw new Error('The flow has no start state');
  return root;
}
