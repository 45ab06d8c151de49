/**
 * Acronyms in text, and the glossary's first-use expansion: the first time a page's main text
 * uses an abbreviation, it becomes <abbr title="…"> inside a link to its glossary entry.
 */

export interface GlossaryTerm {
  id: string;
  term: string;
  expansion?: string;
}

/** Two or more capitals (digits, "/", "&" and "-" allowed inside), with an optional plural "s". */
const ACRONYM = /(?<![\w/&-])([A-Z][A-Z0-9&/-]*[A-Z0-9])(s?)(?![\w/&])/g;

export function acronymsIn(text: string): string[] {
  return [...new Set([...text.matchAll(ACRONYM)].map((m) => m[1]!))];
}

/** Acronyms used in the text that the glossary does not define. */
export function undefinedAcronyms(text: string, terms: readonly GlossaryTerm[]): string[] {
  const known = new Set(terms.map((t) => t.term));
  return acronymsIn(text).filter((a) => !known.has(a));
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// No expansion inside links, existing abbreviations, headings, form controls, code or hidden text.
const SKIP = new Set(['a', 'abbr', 'script', 'style', 'svg', 'title', 'textarea', 'button', 'label', 'option', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'summary', 'time']);

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Expands the first use of each abbreviation in `html` (a page's main content). */
export function expandFirstUses(html: string, terms: readonly GlossaryTerm[], hrefOf: (id: string) => string): string {
  const byTerm = new Map(terms.filter((t) => t.expansion).map((t) => [t.term, t]));
  const used = new Set<string>();
  const stack: boolean[] = []; // true where the open element (or an ancestor) is skipped
  const skipping = () => stack.at(-1) ?? false;
  return html.replace(/(<[^>]+>)|([^<]+)/g, (_m, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const close = /^<\/([a-z0-9-]+)/i.exec(tag);
      if (close) stack.pop();
      else {
        const open = /^<([a-z0-9-]+)/i.exec(tag);
        const name = open?.[1]?.toLowerCase();
        if (name && !VOID.has(name) && !tag.endsWith('/>') && !tag.startsWith('<!')) {
          stack.push(skipping() || SKIP.has(name) || /\shidden[\s>=]|class="[^"]*visually-hidden/.test(tag));
        }
      }
      return tag;
    }
    if (skipping()) return text!;
    return text!.replace(ACRONYM, (match, acronym: string, plural: string) => {
      const term = byTerm.get(acronym);
      if (!term || used.has(acronym)) return match;
      used.add(acronym);
      const title = `${term.expansion}${plural}`;
      return `<a class="term" href="${hrefOf(term.id)}"><abbr title="${escapeAttribute(title)}">${acronym}${plural}</abbr></a>`;
    });
  });
}
