/**
 * Flesch-Kincaid grade level and average sentence length of plain text. The syllable count is
 * the usual vowel-group heuristic: good enough to compare our pages with the sources.
 */

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  grade: number;
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(groups?.length ?? 0, 1);
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n{2,}/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z0-9£%][A-Za-z0-9'’.,%£-]*/g)?.map((w) => w.replace(/[.,]+$/, '')) ?? [];
}

export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  const s = Math.max(sentences.length, 1);
  const n = Math.max(words.length, 1);
  return {
    words: words.length,
    sentences: sentences.length,
    syllables,
    wordsPerSentence: words.length / s,
    grade: 0.39 * (words.length / s) + 11.8 * (syllables / n) - 15.59,
  };
}
