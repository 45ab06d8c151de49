/** HTML parsed into a hast syntax tree (rehype-parse, which follows the HTML standard), and ways to walk it. */
import type { Element, Root } from 'hast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';

export type { Element, Root };

const parser = unified().use(rehypeParse);

export function parseHtml(html: string): Root {
  return parser.parse(html);
}

/** Every element below `node`, in document order. */
export function* elementsIn(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elementsIn(child);
  }
}

/** The text an element holds, as written (script and style bodies included). */
export function rawTextOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? rawTextOf(c) : '')).join('');
}

/** Space-separated attribute values (class, rel) as hast gives them: an array of tokens. */
export function tokensOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
