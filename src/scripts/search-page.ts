// The search page's interface over Pagefind's JS API. Pagefind is imported at run time from
// the bundle beside the site root, so it works under any sub-path; words come from the page.
interface SubResult { title: string; url: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]>; sub_results: SubResult[] }
interface Search { results: Array<{ data(): Promise<ResultData> }> }
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options: object, ms: number): Promise<Search | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const root = new URL(document.body.dataset.siteRoot ?? './', location.href);

const show = (selector: string, visible: boolean) => document.querySelector<HTMLElement>(selector)!.toggleAttribute('hidden', !visible);
function fail() {
  show('[data-search-nojs]', false);
  show('[data-search-filters]', false);
  show('[data-search-failure]', true);
  status.textContent = '';
  list.replaceChildren();
}

// Restore the query and filters from the address, so a search can be shared.
const params = new URLSearchParams(location.search);
// A hand-made address may carry a longer query than the box accepts: cut it to the box's limit.
input.value = (params.get('q') ?? '').slice(0, input.maxLength > 0 ? input.maxLength : undefined);
for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);

function selectedFilters(): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const box of checkboxes.filter((b) => b.checked)) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Node[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function render(results: ResultData[], query: string) {
  const template = results.length === 0 ? status.dataset.none : results.length === 1 ? status.dataset.one : status.dataset.many;
  status.textContent = (template ?? '').replace('{count}', () => String(results.length)).replace('{query}', () => query); // Functions: "$&" in a query is text.
  list.replaceChildren(
    ...results.map((r) => {
      const excerpt = element('p');
      excerpt.innerHTML = r.excerpt; // Pagefind escapes the text and adds only <mark>.
      const details = [...(r.filters.kind ?? []), r.meta.publisher, r.meta.date].filter(Boolean).join(' · ');
      const item = element('li', {}, element('h2', {}, element('a', { href: r.url, textContent: r.meta.title ?? r.url })), element('p', { className: 'result-meta', textContent: details }), excerpt);
      const subs = r.sub_results.filter((s) => s.url.split('#')[1]).slice(0, 3);
      if (subs.length > 0) {
        item.append(element('p', { className: 'result-meta', textContent: status.dataset.also ?? '' }), element('ul', {}, ...subs.map((s) => element('li', {}, element('a', { href: s.url, textContent: s.title })))));
      }
      return item;
    }),
  );
}

let pagefind: Pagefind | undefined;
async function run() {
  const query = input.value.trim();
  const next = new URLSearchParams();
  if (query) next.set('q', query);
  for (const box of checkboxes.filter((b) => b.checked)) next.append(box.name, box.value);
  history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}`);
  if (!pagefind) return;
  if (!query) {
    status.textContent = '';
    list.replaceChildren();
    return;
  }
  try {
    const search = await pagefind.debouncedSearch(query, { filters: selectedFilters() }, 150);
    if (!search) return; // A newer search replaced this one.
    render(await Promise.all(search.results.slice(0, 20).map((r) => r.data())), query);
  } catch {
    fail();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', () => void run());
for (const box of checkboxes) box.addEventListener('change', () => void run());

try {
  pagefind = (await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href)) as Pagefind;
  await pagefind.options({ baseUrl: root.pathname, highlightParam: 'highlight', excerptLength: 24 });
  await pagefind.init();
  show('[data-search-nojs]', false);
  show('[data-search-filters]', true);
  void run();
} catch {
  fail();
}
