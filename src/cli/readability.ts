/**
 * Prints the Flesch-Kincaid grade and average sentence length of each built page's main text
 * (`npm run readability`, after `npm run build`), or of the MDX files named on the command line.
 */
import { readFile } from 'node:fs/promises';
import { readability, type Readability } from '../lib/readability.ts';
import { mainTextOfHtml, textOfMdx } from '../lib/text-of.ts';
import { htmlPagesIn } from '../lib/built-pages.ts';

async function measure(files: string[]): Promise<Array<[string, Readability]>> {
  return Promise.all(
    files.map(async (file): Promise<[string, Readability]> => {
      const source = await readFile(file, 'utf8');
      return [file, readability(file.endsWith('.html') ? mainTextOfHtml(source) : textOfMdx(source))];
    }),
  );
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args : (await htmlPagesIn('dist')).map((p) => p.file);
const rows = await measure(files);
const width = Math.max(...rows.map(([f]) => f.length), 4);
console.log(`${'page'.padEnd(width)}  grade  words/sentence  words`);
for (const [file, r] of rows) {
  console.log(`${file.padEnd(width)}  ${r.grade.toFixed(1).padStart(5)}  ${r.wordsPerSentence.toFixed(1).padStart(14)}  ${String(r.words).padStart(5)}`);
}
