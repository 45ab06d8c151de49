/**
 * A rehype plugin: the first use of each abbreviation in a page's main text becomes
 * <a class="term" href="…glossary…"><abbr title="expansion">ICS</abbr></a>. Text inside links,
 * headings, code, existing <abbr>s, form controls, hidden text and proper names ("NHS England")
 * is never marked, and a use there does not count as the first.
 *
 * It works on any hast tree: inside <main> when the tree is a whole page, otherwise the whole
 * tree (an MDX fragment). The build runs it over each finished page (src/integrations/
 * glossary-terms.ts), because "first use on a page" spans several MDX bodies and YAML-fed text.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { acronymUses, type GlossaryTerm } from './acronyms.ts';

export interface GlossaryTermsOptions {
  terms: readonly GlossaryTerm[];
  /** Names that contain an abbreviation but are not a use of it ("NHS England"). */
  properNames: readonly string[];
  /** The address of a term's glossary entry. */
  href: (id: string) => string;
}

/** Elements whose text is never marked (and does not count as a first use). */
const UNMARKED = new Set([
  'a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'var',
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'title', 'textarea', 'select', 'option',
  'button', 'label', 'caption', 'summary', 'time',
]);

export function isUnmarkedElement(element: Element): boolean {
  const { hidden, ariaHidden, className } = element.properties;
  return (
    UNMARKED.has(element.tagName) ||
    (hidden !== undefined && hidden !== null && hidden !== false) ||
    String(ariaHidden) === 'true' ||
    (Array.isArray(className) && className.includes('visually-hidden'))
  );
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The [start, end) spans of `text` covered by a proper name, matched as whole words. */
export function properNameSpans(text: string, names: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) spans.push([at, at + name.length]);
    }
  }
  return spans;
}

/** The main content of a page, or the whole tree when it is a fragment. */
function scopeOf(tree: Root): Root | Element {
  const stack: Array<Root | Element> = [tree];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type === 'element' && node.tagName === 'main') return node;
    for (const child of node.children) if (child.type === 'element') stack.push(child);
  }
  return tree;
}

export default function rehypeGlossaryTerms(options: GlossaryTermsOptions) {
  const byTerm = new Map(options.terms.filter((t) => t.expansion).map((t) => [t.term, t]));

  const mark = (term: GlossaryTerm, text: string, plural: string): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { className: ['term'], href: options.href(term.id) },
    children: [{ type: 'element', tagName: 'abbr', properties: { title: term.expansion! + plural }, children: [{ type: 'text', value: text }] }],
  });

  return (tree: Root) => {
    const used = new Set<string>();

    /** The text node split around the first uses it holds, or undefined if it holds none. */
    const splitText = (node: Text): ElementContent[] | undefined => {
      const names = properNameSpans(node.value, options.properNames);
      const parts: ElementContent[] = [];
      let from = 0;
      for (const use of acronymUses(node.value)) {
        const term = byTerm.get(use.acronym);
        if (!term || used.has(use.acronym)) continue;
        if (names.some(([start, end]) => use.index < end && use.index + use.length > start)) continue;
        used.add(use.acronym);
        if (use.index > from) parts.push({ type: 'text', value: node.value.slice(from, use.index) });
        parts.push(mark(term, node.value.slice(use.index, use.index + use.length), use.plural));
        from = use.index + use.length;
      }
      if (parts.length === 0) return undefined;
      if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
      return parts;
    };

    const walk = (parent: Root | Element) => {
      const children: Array<RootContent | ElementContent> = [];
      for (const child of parent.children) {
        if (child.type === 'text') children.push(...(splitText(child) ?? [child]));
        else {
          if (child.type === 'element' && !isUnmarkedElement(child)) walk(child);
          children.push(child);
        }
      }
      parent.children = children as typeof parent.children;
    };

    walk(scopeOf(tree));
  };
}
