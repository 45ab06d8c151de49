/**
 * The words search can suggest from, built from exactly what Pagefind indexed (its fragments'
 * text). The search page uses them only when a complete word the reader typed is on no page:
 * to offer the nearest real word ("colchestor" → "colchester"), or to spell out an
 * abbreviation the site never uses from the capitalised name it does use ("HSSIB").
 */
export interface Vocabulary {
  /** Every indexed word, lower case, most frequent first. */
  words: string[];
  /** Initials of capitalised names on the site that are not themselves words of the site. */
  initials: Record<string, string>;
}

// Pagefind's own query normalisation drops these punctuation classes; words are split the same way.
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
export const normaliseWord = (word: string) => word.replace(PUNCTUATION, '').toLocaleLowerCase('en-GB');

/** Small words allowed inside a name without giving it a letter ("Competition and Markets Authority"). */
const JOINERS = new Set(['and', 'of', 'for', 'the', 'on', 'in']);
const isCapitalised = (word: string) => /^\p{Lu}[\p{L}'’]+$/u.test(word);

function namesIn(text: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && JOINERS.has(run.at(-1)!)) run.pop();
    if (run.filter(isCapitalised).length >= 2) names.push(run.join(' '));
    run = [];
  };
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
    const ends = raw !== word && /[.,;:!?)”"]$/.test(raw);
    if (isCapitalised(word) || (run.length > 0 && JOINERS.has(word))) run.push(word);
    else flush();
    if (ends) flush();
  }
  flush();
  return names;
}

export function buildVocabulary(texts: string[]): Vocabulary {
  const counts = new Map<string, number>();
  const initials: Record<string, string> = {};
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      const word = normaliseWord(raw);
      if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    for (const name of namesIn(text)) {
      const letters = name.split(' ').filter(isCapitalised).map((w) => w[0]!.toLocaleLowerCase('en-GB')).join('');
      if (letters.length >= 3) initials[letters] ??= name;
    }
  }
  for (const letters of Object.keys(initials)) if (counts.has(letters)) delete initials[letters];
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  return { words, initials };
}
