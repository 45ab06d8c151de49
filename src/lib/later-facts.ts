/**
 * Finds facts from after March 2021 (content/checks/later-facts.yaml) in a built page's text
 * outside the afterword and "as at" notes, so what became law in 2022 is never mixed into the
 * description of the 2020–21 proposals.
 */
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import { parseHtml } from './html-tree.ts';

/** Not read: code, and the afterword and "as at" notes, the only places later facts may stand. */
const LEFT_OUT = 'script, style, template, .afterword, [data-as-at]';

/**
 * The page's text, block by block, leaving out the afterword and "as at" notes. Blocks split at
 * block elements only, so a phrase that runs across a link or emphasis is still one piece of text.
 */
function textOutsideAsAtNotes(html: string): string[] {
  const body = select('body', parseHtml(html));
  if (!body) return [];
  const leftOut = new Set(selectAll(LEFT_OUT, body));
  remove(body, (node) => leftOut.has(node as never));
  return toText(body)
    .split(/\n+/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
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
