/**
 * The few operations the post-build passes need on a parse5 tree: walk, read and write
 * attributes, read text as a reader sees it, and build small elements.
 */
import { defaultTreeAdapter as tree, html, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element below `root`, in document order. */
export function* elementsIn(root: Node): Generator<Element> {
  if (!('childNodes' in root)) return;
  for (const child of root.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsIn(child);
  }
}

export const byTag = (root: Node, tag: string): Element[] => [...elementsIn(root)].filter((e) => e.tagName === tag);
export const firstByTag = (root: Node, tag: string): Element | undefined => byTag(root, tag)[0];

export const getAttr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
export const hasAttr = (el: Element, name: string): boolean => el.attrs.some((a) => a.name === name);
export const hasClass = (el: Element, name: string): boolean => (getAttr(el, 'class') ?? '').split(/\s+/).includes(name);

export function setAttr(el: Element, name: string, value: string): void {
  const existing = el.attrs.find((a) => a.name === name);
  if (existing) existing.value = value;
  else el.attrs.push({ name, value });
}

const UNSEEN = new Set(['script', 'style', 'template', 'title']);

/** Text as printed: whitespace collapsed, without scripts or visually hidden text. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if (!isElement(node) && node.nodeName !== '#document-fragment' && node.nodeName !== '#document') return;
    if (isElement(node) && (UNSEEN.has(node.tagName) || hasClass(node, 'visually-hidden') || hasAttr(node, 'hidden'))) return;
    for (const child of (node as ParentNode).childNodes) walk(child);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A new HTML element with attributes and children (strings become text). */
export function h(tag: string, attrs: Record<string, string>, children: Array<Element | string> = []): Element {
  const el = tree.createElement(tag, html.NS.HTML, Object.entries(attrs).map(([name, value]) => ({ name, value })));
  for (const child of children) {
    if (typeof child === 'string') tree.insertText(el, child);
    else tree.appendChild(el, child);
  }
  return el;
}

export const append = (parent: ParentNode, child: Element): void => tree.appendChild(parent, child);
export const detach = (node: Element): void => tree.detachNode(node);
