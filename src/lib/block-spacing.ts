/**
 * Puts a line break between block-level elements that the minified HTML writes edge to edge
 * ("…</dt><dd>…", "…</th><th>…"). Browsers lay such blocks out apart anyway, but anything that
 * reads the text — Pagefind's indexer and its excerpts, copy and paste, reader modes — would
 * otherwise glue the last word of one block to the first of the next ("documentCouncil").
 * Whitespace between blocks is never rendered, so the page looks the same. Text inside <pre>,
 * <textarea>, <script> and <style> is left exactly as it is. Works on a parse5 tree, so a ">" in
 * an attribute or a comment cannot fool it; the reader-markup pass runs it on every page.
 */
import { defaultTreeAdapter as tree, html as spec, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import type { Node, ParentNode } from './parse5-tree.ts';

type ChildNode = DefaultTreeAdapterMap['childNode'];

const BLOCK = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style']);

const tagOf = (node: Node | undefined) => (node && 'tagName' in node ? node.tagName : undefined);
const isBlock = (node: Node | undefined) => BLOCK.has(tagOf(node) ?? '');
const isText = (node: Node | undefined) => node?.nodeName === '#text';

/** A line break before and after every block element that has a tag, not text, beside it. */
export function spaceBlocksIn(parent: ParentNode): void {
  const children = [...parent.childNodes];
  const spaced: ChildNode[] = [];
  const lineBreak = () => {
    const text = tree.createTextNode('\n');
    text.parentNode = parent;
    spaced.push(text);
  };
  children.forEach((child, i) => {
    const before = spaced.at(-1);
    if (isBlock(child) && !isText(before) && (before || 'tagName' in parent)) lineBreak();
    spaced.push(child);
    if (isBlock(child) && tagOf(child) !== 'hr' && !isText(children[i + 1])) lineBreak();
    if ('childNodes' in child && !VERBATIM.has(tagOf(child) ?? '')) spaceBlocksIn(child);
  });
  parent.childNodes = spaced;
}

/** The same on a piece of HTML (parsed as template content, so table rows stand on their own). */
export function spaceBlocks(html: string): string {
  const fragment = parseFragment(tree.createElement('template', spec.NS.HTML, []), html, {});
  spaceBlocksIn(fragment);
  return serialize(fragment);
}
