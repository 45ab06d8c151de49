// The search page at load, kept small: it restores the query and filters from the address and
// loads the search engine (src/scripts/search-run.ts, with Pagefind and its WASM) as soon as the
// box gets focus or the page opens with a query, so the first results come quickly.
import type { Engine, Pagefind } from './search-run.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const boxes = form.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
const list = document.querySelector<HTMLElement>('#search-results')!;
const root = new URL(document.body.dataset.siteRoot ?? './', location.href);
const show = (selector: string, visible: boolean) => document.querySelector<HTMLElement>(selector)!.toggleAttribute('hidden', !visible);

// JavaScript is on: the no-JavaScript notice goes, the filters come.
show('[data-search-nojs]', false);
show('[data-search-filters]', true);
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);

let engine: Promise<Engine> | undefined;
function use(act: (engine: Engine) => unknown) {
  // The engine and Pagefind load side by side, not one after the other.
  engine ??= Promise.all([import('./search-run.ts'), import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href) as Promise<Pagefind>]).then(([m, pagefind]) => m.createEngine(root, pagefind));
  engine.then(act).catch(() => {
    // The engine or Pagefind's index could not load: say so, not that JavaScript is off.
    show('[data-search-filters]', false);
    show('[data-search-failure]', true);
    list.removeAttribute('aria-busy');
    list.replaceChildren();
    document.querySelector('#search-status')!.textContent = '';
  });
}

input.addEventListener('focus', () => use(() => undefined), { once: true });
input.addEventListener('input', () => use((e) => e.run(true)));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  use((e) => e.run(false));
});
for (const box of boxes) box.addEventListener('change', () => use((e) => e.run(false)));
document.querySelector('#search-more')!.addEventListener('click', () => use((e) => e.more()));
if (input.value.trim()) {
  list.setAttribute('aria-busy', 'true');
  use((e) => e.run(false));
}
