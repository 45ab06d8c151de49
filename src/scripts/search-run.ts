// The search page's engine, loaded on demand (when the box gets focus, or the page opens with a
// query) together with Pagefind and its WASM. Pagefind ranks; this module decides which words
// must match (src/lib/search-query.ts), keeps only pages that have every complete word, and
// shows the results ten at a time, each pointing at the part of its page that matched.
import { planQuery, startsAnyWord, suggest } from '../lib/search-query.ts';
import { bestSection, type ResultFragment } from '../lib/search-sections.ts';
import type { Vocabulary } from '../lib/search-vocabulary.ts';
import type { SearchWords } from '../schemas/search.ts';

interface ResultData extends ResultFragment { meta: Record<string, string>; filters: Record<string, string[]> }
interface Result { id: string; data(): Promise<ResultData> }
interface Search { results: Result[] }
export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: object): Promise<Search>;
  preload(query: string): Promise<void>;
}
/** What the engine says, handed over by the page as data (content/search.yaml). */
export type Words = Pick<SearchWords, 'loading' | 'count' | 'showing' | 'section' | 'unknownWord' | 'unknownWords' | 'listedWord' | 'listSeparator' | 'corrected' | 'ignoredWords'>;
export interface Engine {
  /** Searches for what the form says; `typing` while the reader is still typing in the box. */
  run(typing: boolean): Promise<void>;
  /** Shows the next page of results. */
  more(): Promise<void>;
}

const PAGE = 10;
const EXCERPT_WORDS = 30;
// Tuned with `npm run bench` on the query set: see README, Performance.
const RANKING = { termFrequency: 0.6, pageLength: 0.5, termSaturation: 1.2, termSimilarity: 4 };

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Loads what the reader's first search would otherwise wait for: Pagefind's WebAssembly and the
 * whole index (one preload per initial letter of the site's words, since Pagefind splits its index
 * by word), then runs one search and loads one result. A search started meanwhile shares the loads.
 */
async function warmUp(pagefind: Pagefind, vocabulary: Vocabulary, searched: () => boolean) {
  await Promise.all([...new Set(vocabulary.words.map((word) => word[0]!))].map((letter) => pagefind.preload(letter)));
  if (searched()) return; // The reader's own search has readied the rest and needs the page more.
  await (await pagefind.search(vocabulary.words[0]!)).results[0]?.data();
}

/** The engine for the page's search form, on Pagefind's module (`pagefind/pagefind.js`, loaded by the caller). */
export async function createEngine(root: URL, pagefind: Pagefind): Promise<Engine> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const words = JSON.parse(document.querySelector('#search-words')!.textContent!) as Words;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
  const none = document.querySelector<HTMLElement>('#search-none')!;
  const ignored = new Set(words.ignoredWords);

  const vocabularyLoad: Promise<Vocabulary | undefined> = fetch(new URL('search/words.json', root))
    .then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : undefined))
    .catch(() => undefined);
  // On the page's own thread (Pagefind's `noWorker`): the index is small, a search takes a few
  // milliseconds, and a worker would cost its own script and a message each way per result.
  await pagefind.options({ noWorker: true, baseUrl: root.pathname, highlightParam: 'highlight', excerptLength: EXCERPT_WORDS, ranking: RANKING });
  await pagefind.init();

  // The pages that have a word never change while the page is open: each word is asked once,
  // not again on every keystroke that follows it.
  const exactPages = new Map<string, Promise<Set<string>>>();
  const pagesWith = (word: string) => {
    let pages = exactPages.get(word);
    if (!pages) {
      pages = pagefind.search(`"${word}"`).then((found) => new Set(found.results.map((r) => r.id)));
      pages.catch(() => exactPages.delete(word));
      exactPages.set(word, pages);
    }
    return pages;
  };
  let generation = 0;
  let results: Result[] = [];
  let shown = 0;
  let summary = '';

  const announce = () => {
    const more = results.length > shown;
    status.textContent = more ? `${summary} ${fill(words.showing, { shown, count: results.length })}` : summary;
    moreButton.hidden = !more;
  };

  let terms: string[] = [];

  function item(d: ResultData) {
    const section = bestSection(d, terms, EXCERPT_WORDS);
    const url = new URL(d.url, location.href);
    if (section.id) url.hash = section.id;
    const details = [...(d.filters.kind ?? []), d.meta.publisher, d.meta.date].filter(Boolean).join(' · ');
    const excerpt = element('p', { className: 'result-excerpt' });
    excerpt.innerHTML = section.excerpt; // Escaped by bestSection; only <mark> is added.
    return element(
      'li',
      {},
      element('h2', {}, element('a', { href: url.href, textContent: d.meta.title ?? d.url })),
      element('p', { className: 'result-meta', textContent: details }),
      ...(section.title ? [element('p', { className: 'result-section' }, element('strong', { textContent: words.section }), ` ${section.title}`)] : []),
      excerpt,
    );
  }

  /**
   * Shows the next page of results, best first. The best one loads on its own, not queued behind
   * the other nine, and is shown at once (`first` then runs); the others follow in order as they
   * load. The list stays aria-busy until the whole page is there.
   */
  async function showNext(first: (link: HTMLAnchorElement) => void): Promise<void> {
    const mine = generation;
    const [best, ...others] = results.slice(shown, shown + PAGE);
    shown += others.length + 1;
    list.setAttribute('aria-busy', 'true');
    const top = await best!.data();
    if (mine !== generation) return; // A newer search has replaced these results.
    const loads = others.map((r) => r.data());
    first(list.appendChild(item(top)).querySelector('a')!);
    for (const load of loads) {
      const data = await load;
      if (mine !== generation) return;
      list.append(item(data));
    }
    list.removeAttribute('aria-busy');
  }

  async function run(typing: boolean) {
    const mine = ++generation;
    // A hand-made address may carry a longer query than the box accepts (maxlength): cut it to the limit.
    if (input.maxLength > 0 && input.value.length > input.maxLength) input.value = input.value.slice(0, input.maxLength);
    const query = input.value;
    const trimmed = query.trim();
    const filters: Record<string, string[]> = {};
    for (const box of checkboxes.filter((b) => b.checked)) (filters[box.name] ??= []).push(box.value);
    // The address always says what is shown, so a search can be shared or bookmarked.
    const address = new URLSearchParams();
    if (trimmed) address.set('q', trimmed);
    for (const [name, values] of Object.entries(filters)) for (const value of values) address.append(name, value);
    history.replaceState(null, '', `${location.pathname}${address.size > 0 ? `?${address}` : ''}`);
    none.hidden = true;
    if (!trimmed) {
      results = [];
      shown = 0;
      status.textContent = '';
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      moreButton.hidden = true;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    if (!status.textContent) status.textContent = words.loading;
    const plan = planQuery(query, { typing, ignored });
    const options = Object.keys(filters).length > 0 ? { filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])) } : {};
    const typed = [...plan.complete, ...(plan.prefix ? [plan.prefix] : [])];
    const vocabulary = await vocabularyLoad;
    let prefix = plan.prefix;
    const complete = [...plan.complete];
    // A last word that starts no word of the site is taken as complete, so Pagefind does not
    // fall back to a shorter word it contains ("nottingham" is not "not").
    if (prefix && vocabulary && !startsAnyWord(prefix, vocabulary)) {
      complete.push(prefix);
      prefix = undefined;
    }
    // Pagefind ranks the words as typed while each complete word is checked, all straight away:
    // no pause is waited for, and a search a newer keystroke has replaced stops at its next step.
    const [ranked, ...exact] = await Promise.all([pagefind.search(typed.join(' '), options), ...complete.map(pagesWith)]);
    if (mine !== generation) return;
    const notes: string[] = [];
    const unknown: string[] = [];
    const required: Array<Set<string>> = [];
    const searched: string[] = [];
    for (const [i, word] of complete.entries()) {
      const pages = exact[i]!;
      if (pages.size > 0) {
        required.push(pages);
        searched.push(word);
        continue;
      }
      const meant = vocabulary && suggest(word, vocabulary);
      // A spelled-out name must appear as a whole: Pagefind's exact phrase search.
      const meantPages = !meant ? [] : meant.phrase ? [await pagesWith(meant.words.join(' '))] : await Promise.all(meant.words.map(pagesWith));
      if (meant && meantPages.every((p) => p.size > 0)) {
        required.push(...meantPages);
        searched.push(...meant.words);
        notes.push(fill(words.corrected, { typed: word, word: meant.words.join(' ') }));
      } else unknown.push(word);
    }
    if (mine !== generation) return;
    if (unknown.length > 0) notes.push(unknown.length === 1 ? fill(words.unknownWord, { word: unknown[0]! }) : fill(words.unknownWords, { words: unknown.map((word) => fill(words.listedWord, { word })).join(words.listSeparator) }));

    terms = [...searched, ...(prefix ? [prefix] : [])];
    const same = terms.join(' ') === typed.join(' ');
    const found = terms.length === 0 ? { results: [] } : same ? ranked : await pagefind.search(terms.join(' '), options);
    if (mine !== generation) return;
    results = found.results.filter((r) => required.every((pages) => pages.has(r.id)));
    shown = 0;
    const count = results.length;
    summary = [fill(count === 0 ? words.count.none : count === 1 ? words.count.one : words.count.many, { count, query: trimmed }), ...notes].join(' ');
    list.replaceChildren();
    none.hidden = count > 0;
    if (count === 0) {
      list.removeAttribute('aria-busy');
      announce();
      return;
    }
    await showNext(announce);
  }

  let adding: Promise<void> | undefined;
  // One page of results at a time, however often the button is pressed.
  function more() {
    adding ??= showNext((link) => {
      announce();
      link.focus();
    }).finally(() => (adding = undefined));
    return adding;
  }

  // The box has focus, so typing is near: make ready meanwhile, without making the reader wait.
  void vocabularyLoad.then((vocabulary) => vocabulary && warmUp(pagefind, vocabulary, () => generation > 0)).catch(() => undefined);
  return { run, more };
}
