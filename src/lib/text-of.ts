/**
 * Plain text from built HTML or from MDX source, with block boundaries kept as blank lines so
 * that a heading or list item counts as a sentence of its own.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z0-9#]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

const BLOCK_END = /<\/(?:p|h[1-6]|li|dt|dd|td|th|caption|figcaption|blockquote|summary|legend|label|div|section|nav)>/gi;

/** The text of the page's <main>, or of the whole document if it has none. */
export function mainTextOfHtml(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? html;
  return decodeEntities(
    main
      .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*\bclass="[^"]*\bvisually-hidden\b[^"]*"[^>]*>[\s\S]*?<\/[a-z]+>/gi, ' ')
      .replace(BLOCK_END, '\n\n')
      .replace(/<br\s*\/?>/gi, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

/** The prose of an MDX file: frontmatter, imports, components and Markdown marks removed. */
export function textOfMdx(source: string): string {
  const blocks: string[][] = [[]];
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  for (const raw of body.split('\n')) {
    if (/^(?:import|export)\s/.test(raw)) continue;
    const line = raw
      .replace(/<[^>]+>/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim();
    const startsBlock = /^(?:#{1,6}|[-*+]|\d+\.)\s/.test(raw.trim());
    if (line === '' || startsBlock) blocks.push([]);
    const text = line.replace(/^(?:#{1,6}|[-*+]|\d+\.)\s+/, '').trim();
    if (text) blocks.at(-1)!.push(text);
    if (/^#{1,6}\s/.test(raw.trim())) blocks.push([]);
  }
  return blocks
    .map((b) => b.join(' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
