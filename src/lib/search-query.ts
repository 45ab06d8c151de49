/**
 * How the search page reads a query, before Pagefind ranks anything. A complete word the reader
 * typed must appear on a page as that word (or a form of it Pagefind's stemmer joins to it);
 * only the last word, while the reader is still typing it, may stand for longer words. Small
 * question words are left out when other words remain. Pure, so it is unit-tested.
 */
import { normaliseWord, type Vocabulary } from './search-vocabulary.ts';

export interface QueryPlan {
  /** Words the reader has finished typing, in order, small question words left out. */
  complete: string[];
  /** The last word while the reader is still typing it: matched as the start of a word. */
  prefix?: string;
}

export function planQuery(query: string, options: { typing: boolean; ignored: ReadonlySet<string> }): QueryPlan {
  const words = query.split(/\s+/).map(normaliseWord).filter(Boolean);
  const stillTyping = options.typing && words.length > 0 && !/\s$/.test(query);
  const prefix = stillTyping ? words.pop() : undefined;
  const meaningful = words.filter((w) => !options.ignored.has(w));
  const complete = meaningful.length > 0 || (prefix && !options.ignored.has(prefix)) ? meaningful : words;
  return prefix ? { complete, prefix } : { complete };
}

/** Optimal string alignment distance (edits, with a swap of neighbours as one), or max + 1 once over. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may be away from a real word and still be a misspelling of it. */
const allowedEdits = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * For a complete word that is on no page: the words the reader most likely meant — a name the
 * site spells out, when the word is its initials, or else the nearest (then most used) word of
 * the site within a small number of edits. Undefined when nothing is close.
 */
export interface Suggestion {
  words: string[];
  /** The words are a name, to be found together and in order. */
  phrase: boolean;
}

export function suggest(word: string, vocabulary: Vocabulary): Suggestion | undefined {
  const name = vocabulary.initials[word];
  if (name) return { words: name.split(/\s+/).map(normaliseWord).filter(Boolean), phrase: true };
  const max = allowedEdits(word.length);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary.words) {
    const distance = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best ? { words: [best], phrase: false } : undefined;
}

/** Whether any word of the site starts with what the reader is typing. */
export const startsAnyWord = (prefix: string, vocabulary: Vocabulary) => vocabulary.words.some((w) => w.startsWith(prefix));
