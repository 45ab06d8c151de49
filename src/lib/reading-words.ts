/**
 * The words a reader reads on a built page: the main content's prose, without the apparatus
 * around it (citation labels, the contents list, the reader's answers, text only screen readers
 * or print see). Used to hold outcome pages to a length a reader can take into a meeting.
 */
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';

const APPARATUS = ['.cite', '.cite-where', 'nav', '.your-answers', '.visually-hidden', '.print-only', '.back-link', 'script', 'template'];

/** Counts on a parsed page (parseHtml), whose apparatus it removes: pass a tree not needed after. */
export function readingWords(page: Root): number {
  const main = select('main', page);
  if (!main) return 0;
  const apparatus = new Set(APPARATUS.flatMap((selector) => selectAll(selector, main)));
  remove(main, (node) => apparatus.has(node as never));
  return toText(main).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
