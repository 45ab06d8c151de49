/**
 * Showing another step of the flow without a page load: its static page is fetched (once; the
 * steps the reader may choose next are fetched ahead), and its header, main and footer, title and
 * description replace the current ones. The words stay in the static pages.
 */
import { answerId } from './paths.ts';

const SWAPPED = ['header', 'main', 'footer'] as const;
const pages = new Map<string, Promise<Document>>();

/** A step's page, parsed; a failed fetch is forgotten so it can be tried again. */
export function loadPage(href: string): Promise<Document> {
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
}

/** Fetches ahead the steps the answers on screen lead to. */
export function prefetchAnswers(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a.answer')) void loadPage(a.href.split('#')[0]!).catch(() => undefined);
}

/**
 * Links in <head> are relative to the address they were loaded at; once the address changes
 * without a page load, the browser would resolve them again against the new one (the favicon
 * would 404). Made absolute once, they stay right on every step. Stylesheets are already loaded
 * and are left alone, so they are not fetched again.
 */
export function pinHeadLinks(): void {
  for (const link of document.head.querySelectorAll<HTMLLinkElement>('link[href]')) {
    if (link.relList.contains('stylesheet')) continue;
    const absolute = link.href;
    if (link.getAttribute('href') !== absolute) link.setAttribute('href', absolute);
  }
}

/** Puts a fetched step's page in place of the current one; returns its main heading. */
export function swapIn(next: Document): HTMLElement | null {
  for (const selector of SWAPPED) {
    const from = next.querySelector(selector);
    const to = document.querySelector(selector);
    if (from && to) to.innerHTML = from.innerHTML;
  }
  const siteRoot = next.body.dataset.siteRoot;
  if (siteRoot) document.body.dataset.siteRoot = siteRoot;
  document.title = next.title;
  const description = next.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (description && meta) meta.content = description;
  return document.querySelector<HTMLElement>('main h1');
}

/** Marks the answer given before (on a question reached through "Change", "Back" or history). */
export function markChosen(value: string | undefined): void {
  for (const a of document.querySelectorAll('main [aria-current="true"]')) a.removeAttribute('aria-current');
  if (!value) return;
  const answer = document.querySelector<HTMLAnchorElement>(`main a[data-chosen][id="${CSS.escape(answerId(value))}"]`);
  answer?.setAttribute('aria-current', 'true');
}

/** A short note at the top of the step, above its heading. */
export function showNote(text: string): void {
  const note = document.createElement('p');
  note.className = 'notice flow-note';
  note.textContent = text;
  const main = document.querySelector('main');
  const heading = main?.querySelector('h1, .caption');
  if (heading) heading.before(note);
  else main?.prepend(note);
}
