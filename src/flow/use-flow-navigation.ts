/**
 * With JavaScript, the flow runs in the reader's browser: an actor of the same machine that
 * generated the static pages is sent the reader's answers as events (the segments of the link
 * followed, or of the address history returns to), and its snapshot decides what to show — the
 * static page at the state's own address, fetched and swapped in (page-swap.ts). An address is
 * never trusted: the actor stops at the furthest valid step. The address, title, focus and history
 * follow, as they would on a page load.
 */
import { useEffect } from 'preact/hooks';
import { createActor } from 'xstate';
import { flowMachine } from './machine.ts';
import { addressOf, goTo } from './url-codec.ts';
import { chosenIn, flowRootUrl, PARTIAL_MARK, segmentsIn, startsWith } from './paths.ts';
import { loadPage, markChosen, pinHeadLinks, prefetchAnswers, swapIn } from './page-swap.ts';

interface Callbacks {
  /** A new step is on screen; its main heading. */
  onShown: (heading: string) => void;
  /** This page was reached from an address whose end was not understood (see flow-restore.ts). */
  onPartial: () => void;
}

export function useFlowNavigation({ onShown, onPartial }: Callbacks): void {
  useEffect(() => {
    const flowRoot = flowRootUrl();
    const segmentsOf = (url: URL) => segmentsIn(url, flowRoot);

    const actor = createActor(flowMachine).start();
    goTo(actor, segmentsOf(new URL(location.href)) ?? []);
    /** The path of the step on screen (the actor may already be ahead of it while a page loads). */
    let shown = actor.getSnapshot().context.path;
    let latest = 0;

    pinHeadLinks();
    markChosen(chosenIn(location.hash));
    const here = new URL(location.href);
    if (here.searchParams.has(PARTIAL_MARK)) {
      here.searchParams.delete(PARTIAL_MARK);
      history.replaceState(history.state, '', here.href);
      onPartial();
    }

    const show = async (url: URL, segments: string[], fromHistory: boolean) => {
      const ticket = ++latest;
      const complete = goTo(actor, segments);
      const snapshot = actor.getSnapshot();
      const path = snapshot.context.path;
      const target = new URL(addressOf(snapshot), flowRoot);
      if (complete) target.hash = url.hash;
      const next = await loadPage(target.href.split('#')[0]!);
      if (ticket !== latest) return;
      if (!fromHistory) history.pushState(null, '', target.href);
      else if (target.href !== location.href) history.replaceState(null, '', target.href);
      const heading = swapIn(next);
      // Back through history to an earlier question: the answer given there is the one to mark.
      const returned = fromHistory && path.length < shown.length && startsWith(shown, path) ? shown[path.length] : undefined;
      markChosen(chosenIn(target.hash) ?? returned);
      shown = path;
      window.scrollTo(0, 0);
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
        onShown(heading.textContent ?? '');
      }
      prefetchAnswers();
    };

    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-flow-link]');
      if (!link) return;
      const url = new URL(link.href);
      const segments = segmentsOf(url);
      if (!segments) return;
      event.preventDefault();
      show(url, segments, false).catch(() => location.assign(url.href));
    };

    const onPopState = () => {
      const url = new URL(location.href);
      const segments = segmentsOf(url);
      if (!segments) return void location.reload();
      // A link to a place on the same step (the skip link) changes only the fragment.
      if (segments.join('/') === shown.join('/')) {
        const chosen = chosenIn(url.hash);
        if (chosen) markChosen(chosen);
        return;
      }
      show(url, segments, true).catch(() => location.reload());
    };

    document.addEventListener('click', onClick);
    addEventListener('popstate', onPopState);
    prefetchAnswers();
    return () => {
      document.removeEventListener('click', onClick);
      removeEventListener('popstate', onPopState);
      actor.stop();
    };
  }, []);
}
