/**
 * Printed sources: every distinct place the main content links to gets a number
 * (`data-source-number`, shown in print after the link), and the page's print-only "Sources"
 * list (the element marked `data-print-sources`, rendered by the layout with its words) gets one
 * entry per number: the target's page title and section, and its address from the site root.
 * Paper cannot follow a link, so this replaces printing an address after every link.
 */
import { append, byTag, detach, elementsIn, firstByTag, getAttr, h, hasAttr, hasClass, setAttr, visibleText, type Element, type Node } from './parse5-tree.ts';

/** What a page offers as a link target: its title, and a label for each id a link may point to. */
export interface PageInfo {
  title: string;
  sections: Map<string, string>;
}

/** A stand-in origin for resolving site addresses; it never appears in the output. */
const SITE = 'https://site.invalid';
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'caption', 'figcaption', 'summary', 'th']);

/** The label of the part of a page an id marks: its own text if it is a heading, else its first heading's. */
function sectionLabel(target: Element): string | undefined {
  if (HEADING.has(target.tagName)) return visibleText(target) || undefined;
  const heading = [...elementsIn(target)].find((e) => HEADING.has(e.tagName));
  return heading ? visibleText(heading) || undefined : undefined;
}

export function pageInfo(document: Node): PageInfo {
  const main = firstByTag(document, 'main') ?? document;
  const h1 = firstByTag(main, 'h1');
  const title = (h1 && visibleText(h1)) || visibleText(firstByTag(document, 'title') ?? main);
  const sections = new Map<string, string>();
  for (const el of elementsIn(main)) {
    const id = getAttr(el, 'id');
    const label = id && sectionLabel(el);
    if (id && label) sections.set(id, label);
  }
  return { title, sections };
}

/** Classes the print stylesheet hides: their links are not printed, so they are not sources. */
const NOT_PRINTED = ['no-print', 'button'];

function printed(link: Element): boolean {
  for (let el: Element | undefined = link; el; el = el.parentNode && 'tagName' in el.parentNode ? el.parentNode : undefined) {
    if (NOT_PRINTED.some((name) => hasClass(el!, name)) || hasAttr(el, 'hidden')) return false;
  }
  return true;
}

/** A link that is only an abbreviation with its expansion: print shows the expansion instead. */
function explainsItself(link: Element): boolean {
  const children = link.childNodes.filter((c) => !(c.nodeName === '#text' && !('value' in c && c.value.trim())));
  return children.length === 1 && children[0]!.nodeName === 'abbr' && hasAttr(children[0] as Element, 'title');
}

interface Source {
  number: number;
  title: string;
  section?: string;
  /** Root-relative for a page of this site, absolute elsewhere. */
  href: string;
  /** The address as printed: from the site root for this site's pages. */
  shown: string;
}

/**
 * Numbers the links of `document`'s main content and fills its sources list.
 * @param urlPath the page's own address from the site root ("guides/x/")
 * @param pages every built page's PageInfo, by address from the site root
 * @returns how many distinct sources the page lists
 */
export function numberSources(document: Node, urlPath: string, pages: ReadonlyMap<string, PageInfo>): number {
  const main = firstByTag(document, 'main');
  const container = [...elementsIn(document)].find((e) => hasAttr(e, 'data-print-sources'));
  if (!main || !container) return 0;
  const here = new URL(`/${urlPath}`, SITE);
  const sources = new Map<string, Source>();

  for (const link of byTag(main, 'a')) {
    const href = getAttr(link, 'href');
    if (href === undefined || explainsItself(link) || !printed(link)) continue;
    const target = new URL(href, here);
    const internal = target.origin === SITE;
    if (internal && target.pathname === here.pathname) continue; // a place on this page
    if (!/^https?:$/.test(target.protocol)) continue;
    const key = internal ? target.pathname + target.search + target.hash : target.href;
    let source = sources.get(key);
    if (!source) {
      const info = internal ? pages.get(decodeURI(target.pathname.slice(1))) : undefined;
      const title = info?.title ?? (visibleText(link) || key);
      const section = info && target.hash ? info.sections.get(decodeURIComponent(target.hash.slice(1))) : undefined;
      source = {
        number: sources.size + 1,
        title,
        section: section === title ? undefined : section,
        href: key,
        shown: internal ? key.slice(1) || './' : key,
      };
      sources.set(key, source);
    }
    setAttr(link, 'data-source-number', String(source.number));
  }

  const list = firstByTag(container, 'ol');
  if (sources.size === 0 || !list) {
    detach(container);
    return 0;
  }
  for (const s of sources.values()) {
    const label = s.section ? `${s.title}, “${s.section}”` : s.title;
    append(list, h('li', {}, [h('span', { class: 'source-title' }, [label]), ' ', h('a', { href: s.href, class: 'source-address' }, [s.shown])]));
  }
  return sources.size;
}
