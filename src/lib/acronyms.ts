/**
 * Acronyms in plain text: which the content uses, and which of those the glossary lacks. Marking
 * them in pages is the glossary-terms rehype plugin's job (src/lib/rehype-glossary-terms.ts).
 */

export interface GlossaryTerm {
  id: string;
  term: string;
  expansion?: string;
}

/** Two or more capitals (digits, "/", "&" and "-" allowed inside), with an optional plural "s". */
const ACRONYM = /(?<![\w/&-])([A-Z][A-Z0-9&/-]*[A-Z0-9])(s?)(?![\w/&])/g;

export interface AcronymUse {
  /** Where the acronym starts in the text, and how long it is with its plural "s". */
  index: number;
  length: number;
  acronym: string;
  plural: string;
}

export function acronymUses(text: string): AcronymUse[] {
  return [...text.matchAll(ACRONYM)].map((m) => ({ index: m.index, length: m[0].length, acronym: m[1]!, plural: m[2]! }));
}

export function acronymsIn(text: string): string[] {
  return [...new Set(acronymUses(text).map((u) => u.acronym))];
}

/** Acronyms used in the text that the glossary does not define. */
export function undefinedAcronyms(text: string, terms: readonly GlossaryTerm[]): string[] {
  const known = new Set(terms.map((t) => t.term));
  return acronymsIn(text).filter((a) => !known.has(a));
}
