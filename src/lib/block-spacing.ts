/**
 * Puts a line break between block-level elements that the minified HTML writes edge to edge
 * ("…</dt><dd>…", "…</th><th>…"). Browsers lay such blocks out apart anyway, but anything that
 * reads the text — Pagefind's indexer and its excerpts, copy and paste, reader modes — would
 * otherwise glue the last word of one block to the first of the next ("documentCouncil").
 * Whitespace between blocks is never rendered, so the page looks the same. Text inside <pre>,
 * <textarea>, <script> and <style> is left exactly as it is.
 */
const BLOCK = 'address|article|aside|blockquote|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
/** Between two tags, where the first closes a block or the second opens one. */
const EDGE = new RegExp(`(</(?:${BLOCK})>)(?=<)|(>)(?=<(?:${BLOCK})[\\s>/])`, 'gi');
const VERBATIM = /(<(pre|textarea|script|style)\b[\s\S]*?<\/\2>)/gi;

export function spaceBlocks(html: string): string {
  return html
    .split(VERBATIM)
    .map((part, i) => (i % 3 === 0 ? part.replace(EDGE, (_m, closed?: string, end?: string) => `${closed ?? end}\n`) : i % 3 === 1 ? part : ''))
    .join('');
}
