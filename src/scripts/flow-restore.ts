// On the 404 page: an address inside the question flow that the site has no page for (an unknown,
// repeated or out-of-order answer) is replayed through the flow's transition table, and the
// reader is taken to the furthest step it validly reaches. Without JavaScript the page itself
// offers the start of the flow.
import { decodePath, encodePath, FLOW_ROOT } from '../flow/paths.ts';
import { replay, type FlowGraph } from '../flow/replay.ts';

// The 404 page loads this only once it has found the site root, which it puts in data-site-root.
const flowRoot = new URL(FLOW_ROOT.slice(1), new URL(document.body.dataset.siteRoot ?? './', location.href));
if (location.pathname.startsWith(flowRoot.pathname)) {
  fetch(new URL('graph.json', flowRoot))
    .then((response) => response.json() as Promise<FlowGraph>)
    .then((graph) => {
      const { segments } = replay(graph, decodePath(location.pathname.slice(flowRoot.pathname.length)));
      location.replace(new URL(encodePath(segments), flowRoot));
    })
    .catch(() => undefined);
}
