/**
 * Flow addresses as plain strings: no machine here, so the browser can use these without
 * loading XState. A flow address is its answers as path segments under /check/.
 */

/** The segments of a flow path, relative to the flow's root: "council/district/" → ["council", "district"]. */
export function decodePath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0).map((s) => {
    try {
      return decodeURIComponent(s).toLowerCase();
    } catch {
      return '\u0000';
    }
  });
}

/** Where the flow lives, relative to the site root. */
export const FLOW_ROOT = '/check/';

/** In the browser: the flow's root, under the site root the layout writes in data-site-root. */
export const flowRootUrl = () => new URL(FLOW_ROOT.slice(1), new URL(document.body.dataset.siteRoot ?? './', location.href));

/** The segments of an address inside the flow (see flowRootUrl); null for one outside it. */
export function segmentsIn(url: URL, flowRoot: URL): string[] | null {
  return url.origin === flowRoot.origin && url.pathname.startsWith(flowRoot.pathname) ? decodePath(url.pathname.slice(flowRoot.pathname.length)) : null;
}

/** True when a path of answers begins with another. */
export const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.length <= path.length && prefix.every((s, i) => path[i] === s);

/** The root-relative address of a flow step; with `chosen`, pointing at that answer on the step. */
export function flowHref(segments: readonly string[], chosen?: string): string {
  return FLOW_ROOT + encodePath(segments) + (chosen ? `#${answerId(chosen)}` : '');
}

/** The id of an answer's link on its question's page, so an address can point at the answer given. */
export const answerId = (value: string) => `answer-${value}`;

/** The answer an address's fragment points at ("#answer-district" → "district"), if any. */
export function chosenIn(hash: string): string | undefined {
  const match = /^#answer-([a-z0-9-]+)$/.exec(hash);
  return match?.[1];
}

/** The path of a list of segments, relative to the flow's root, ending in "/" ("" for the start). */
export function encodePath(segments: readonly string[]): string {
  return segments.map((s) => `${encodeURIComponent(s)}/`).join('');
}

/** The query a step's address carries when an address was cut back to it: the step then says so once. */
export const PARTIAL_MARK = 'partial';
