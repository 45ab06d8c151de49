// On the 404 page: an address inside the question flow that the site has no page for (an unknown,
// repeated or out-of-order answer) is replayed through the flow's machine, and the reader is taken
// to the furthest step it validly reaches, marked so that step says the rest was not understood.
// It never goes round in a loop: an address already marked, or one that is already the furthest
// valid step (its page is missing on the server), is left on this page. Without JavaScript the page
// itself offers the start of the flow. XState is loaded only for addresses inside the flow.
import { encodePath, flowRootUrl, PARTIAL_MARK, segmentsIn } from '../flow/paths.ts';

// The 404 page loads this only once it has found the site root, which it puts in data-site-root.
const flowRoot = flowRootUrl();
const here = new URL(location.href);
const asked = segmentsIn(here, flowRoot);
if (asked && !here.searchParams.has(PARTIAL_MARK)) {
  import('../flow/url-codec.ts')
    .then(({ restore }) => {
      const { segments, complete } = restore(asked);
      const target = new URL(encodePath(segments), flowRoot);
      if (!complete) target.searchParams.set(PARTIAL_MARK, '1');
      if (target.pathname !== here.pathname) location.replace(target.href);
    })
    .catch(() => undefined);
}
