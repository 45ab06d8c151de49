// The search page at load: restores the query and filters from the address, and starts loading
// the search engine (src/scripts/search-run.ts, Pagefind and its WASM) as soon as the box gets
// focus or the page opens with a query, so the first results come quickly. Kept small: the
// engine is loaded on demand. Words come from the page (#search-words).
import type { Engine, Words } from './search-run.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLElement>('#search-results')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const words = JSON.parse(document.querySelector('#search-words')!.textContent!) as Words;
const root = new URL(document.body.dataset.siteRoot ?? './', location.href);
const show = (selector: string, visible: boolean) => document.querySelector<HTMLElement>(selector)!.toggleAttribute('hidden', !visible);

// JavaScript is on: the no-JavaScript notice goes, the filters come.
show('[data-search-nojs]', false);
show('[data-search-filters]', true);

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);

let engine: Promise<Engine> | undefined;
function load(): Promise<Engine> {
  engine ??= import('./search-run.ts').then((m) => m.createEngine(root, words));
  return engine;
}

function fail() {
  show('[data-search-filters]', false);
  show('[data-search-failure]', true);
  status.textContent = '';
  list.replaceChildren();
  list.removeAttribute('aria-busy');
  moreButton.hidden = true;
}

async function run(typing: boolean) {
  const query = input.value;
  const filters: Record<string, string[]> = {};
  for (const box of checkboxes.filter((b) => b.checked)) (filters[box.name] ??= []).push(box.value);
  // The address always says what is shown, so a search can be shared or bookmarked.
  const next = new URLSearchParams();
  if (query.trim()) next.set('q', query.trim());
  for (const [name, values] of Object.entries(filters)) for (const value of values) next.append(name, value);
  history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}`);
  if (query.trim()) {
    list.setAttribute('aria-busy', 'true');
    if (!status.textContent) status.textContent = words.loading;
  }
  try {
    await (await load()).run({ query, filters, typing });
  } catch {
    fail();
  }
}

input.addEventListener('focus', () => void load().catch(fail), { once: true });
input.addEventListener('input', () => void run(true));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(false);
});
for (const box of checkboxes) box.addEventListener('change', () => void run(false));
moreButton.addEventListener('click', () => void load().then((e) => e.more()).catch(fail));
if (input.value.trim()) void run(false);
