// The 404 page's script. A server shows that page at any missing address, so the page lists
// this file once for every depth it could be at ("./_astro/…", "../_astro/…", …). Browsers run a
// module only if it is served as JavaScript, so only the copy beside the site root runs, and its
// own address says where the root is. It then gives the page its links, stylesheet and scripts.
import { ASSETS_ID, ROOT_ACTION, ROOT_HREF, ROOT_UNKNOWN, type PageAssets } from '../lib/root-finder.ts';

const body = document.body;
// Module scripts run in document order, deepest candidate first: the first to run wins.
if (!body.hasAttribute('data-root-found')) {
  body.setAttribute('data-root-found', '');
  // This file is built into <root>/_astro/.
  const root = new URL('../', import.meta.url);
  const at = (path: string) => new URL(path, root).href;
  body.dataset.siteRoot = root.href;
  for (const link of document.querySelectorAll(`[${ROOT_HREF}]`)) link.setAttribute('href', at(link.getAttribute(ROOT_HREF)!));
  for (const form of document.querySelectorAll<HTMLFormElement>(`[${ROOT_ACTION}]`)) {
    form.action = at(form.getAttribute(ROOT_ACTION)!);
    form.hidden = false;
  }
  for (const words of document.querySelectorAll<HTMLElement>(`[${ROOT_UNKNOWN}]`)) words.hidden = true;
  const assets = JSON.parse(document.getElementById(ASSETS_ID)?.textContent ?? '{}') as Partial<PageAssets>;
  for (const sheet of assets.stylesheets ?? []) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: at(sheet) }));
  for (const module of assets.modules ?? []) import(/* @vite-ignore */ at(module)).catch(() => undefined);
}
