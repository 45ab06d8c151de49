/**
 * Finds facts from after March 2021 (content/checks/later-facts.yaml) in a built page's text
 * outside the afterword and "as at" notes, so what became law in 2022 is never mixed into the
 * description of the 2020–21 proposals.
 */
import { parseHtml } from './html-tree.ts';
import type { Element, Nodes } from 'hast';

const SKIPPED = new Set(['script', 'style', 'template', 'head']);

/** An afterword or an "as at" note: the only places later facts may stand. */
function isAsAtNote(node: Element): boolean {
  const classes = node.properties.className;
  return (Array.isArray(classes) && classes.includes('afterword')) || node.properties.dataAsAt !== undefined;
}

/** The page's text, block by block, leaving out the afterword and "as at" notes. */
export function textOutsideAsAtNotes(html: string): string[] {
  const blocks: string[] = [];
  let current = '';
  const visit = (node: Nodes) => {
    if (node.type === 'text') current += node.value;
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && (SKIPPED.has(node.tagName) || isAsAtNote(node))) return;
    for (const child of node.children) visit(child as Nodes);
    if (node.type === 'element' && current.trim()) {
      blocks.push(current.replace(/\s+/g, ' ').trim());
      current = '';
    }
  };
  visit(parseHtml(html));
  return blocks;
}

export interface LaterFact {
  pattern: string;
  text: string;
}

export function laterFactsIn(html: string, patterns: readonly string[]): LaterFact[] {
  const found: LaterFact[] = [];
  const compiled = patterns.map((p) => ({ pattern: p, re: new RegExp(p, 'i') }));
  for (const text of textOutsideAsAtNotes(html)) {
    for (const { pattern, re } of compiled) if (re.test(text)) found.push({ pattern, text });
  }
  return found;
}
