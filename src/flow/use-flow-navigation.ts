/**
 * With JavaScript, moving through the flow needs no full page load: a link to another step is
 * checked by replaying its answers through the machine's transition table (graph.json, compiled
 * from the machine at build time), the step's static page is fetched (once,
 * and ahead of time for the answers on screen), and its header, main and footer replace the
 * current ones. The address, title, focus and history follow, as they would on a page load.
 */
import { useEffect } from 'preact/hooks';
import { decodePath, encodePath, FLOW_ROOT } from './paths.ts';
import { replay, type FlowGraph } from './replay.ts';

type Mode = 'push' | 'replace' | 'pop';
const SWAPPED = ['header', 'main', 'footer'] as const;

export function useFlowNavigation(onShown: (heading: string) => void): void {
  useEffect(() => {
    const siteRoot = new URL(document.body.dataset.siteRoot ?? './', location.href);
    const flowRoot = new URL(FLOW_ROOT.slice(1), siteRoot);
    const pages = new Map<string, Promise<Document>>();
    // If the table cannot be loaded, links simply load their pages.
    const graph: Promise<FlowGraph | undefined> = fetch(new URL('graph.json', flowRoot))
      .then((response) => (response.ok ? (response.json() as Promise<FlowGraph>) : undefined))
      .catch(() => undefined);

    const segmentsOf = (url: URL): string[] | null =>
      url.origin === flowRoot.origin && url.pathname.startsWith(flowRoot.pathname) ? decodePath(url.pathname.slice(flowRoot.pathname.length)) : null;

    const load = (href: string): Promise<Document> => {
      let page = pages.get(href);
      if (!page) {
        page = fetch(href)
          .then((response) => {
            if (!response.ok) throw new Error(`${response.status} ${href}`);
            return response.text();
          })
          .then((html) => new DOMParser().parseFromString(html, 'text/html'));
        page.catch(() => pages.delete(href));
        pages.set(href, page);
      }
      return page;
    };

    const prefetch = () => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('main a.answer')) void load(a.href).catch(() => undefined);
    };

    const show = async (table: FlowGraph, segments: string[], mode: Mode) => {
      // Never trust an address: replay it, and go to the furthest step it validly reaches.
      const { segments: valid, complete } = replay(table, segments);
      const href = new URL(encodePath(valid), flowRoot).href;
      const next = await load(href);
      if (mode === 'push') history.pushState(null, '', href);
      else if (mode === 'replace' || !complete) history.replaceState(null, '', href);
      for (const selector of SWAPPED) {
        const from = next.querySelector(selector);
        const to = document.querySelector(selector);
        if (from && to) to.innerHTML = from.innerHTML;
      }
      document.body.dataset.siteRoot = next.body.dataset.siteRoot ?? document.body.dataset.siteRoot;
      document.title = next.title;
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
        onShown(heading.textContent ?? '');
      }
      window.scrollTo(0, 0);
      prefetch();
    };

    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-flow-link]');
      if (!link) return;
      const url = new URL(link.href);
      const segments = segmentsOf(url);
      if (!segments) return;
      event.preventDefault();
      graph
        .then((table) => (table ? show(table, segments, 'push') : Promise.reject(new Error('no table'))))
        .catch(() => location.assign(url.href));
    };

    const onPopState = () => {
      const segments = segmentsOf(new URL(location.href));
      graph
        .then((table) => (table && segments ? show(table, segments, 'pop') : Promise.reject(new Error('no table'))))
        .catch(() => location.reload());
    };

    document.addEventListener('click', onClick);
    addEventListener('popstate', onPopState);
    prefetch();
    return () => {
      document.removeEventListener('click', onClick);
      removeEventListener('popstate', onPopState);
    };
  }, []);
}
