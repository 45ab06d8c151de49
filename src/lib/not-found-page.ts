/**
 * A static server shows 404.html at whatever address was asked for, so its relative links cannot
 * be right at every depth, and under the site's Content-Security-Policy nothing may be inlined and
 * `<base>` is forbidden. After the build this rewrites the page so that no link on it is broken:
 *
 * - portable (the default): links and the search form lose their address until the root is known
 *   (the page's words say how to reach the home page by hand); the page lists the root finder
 *   (src/scripts/not-found-root.ts) once per possible depth, and the copy that loads restores the
 *   links and loads the stylesheet and scripts listed in a JSON block;
 * - pinned (`SITE_BASE` given at build): every address on the page is absolute under that path,
 *   so it works fully without JavaScript.
 */
import { ASSETS_ID, ROOT_ACTION, ROOT_HREF, ROOT_UNKNOWN, type PageAssets } from './root-finder.ts';
import { siteBaseFromEnv } from './site-base.ts';

/** How many folders below the site root the 404 page can find its root from. */
export const MAX_DEPTH = 24;

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>/g;
const ICON = /(<link\b[^>]*\brel="icon"[^>]*\bhref=")\.\/([^"]+)"/;
const LINK = /(\s)href="\.\/([^"]*)"/g;
const ACTION = /(\s)action="\.\/([^"]*)"/g;
const ANY_RELATIVE = /\s(?:href|src|action|srcset|poster)="\.\.?\/[^"]*"/g;
const ASSETS_BLOCK = new RegExp(`<script type="application/json" id="${ASSETS_ID}">([^<]*)</script>`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Every page's modules and stylesheets, read out of the page; the root finder is the module that reads the assets list. */
async function pageAssets(html: string, readAsset: (path: string) => Promise<string>): Promise<PageAssets> {
  const stylesheets = [...html.matchAll(STYLESHEET)].map((m) => m[1]!);
  let finder: string | undefined;
  const modules: string[] = [];
  for (const [, path] of html.matchAll(MODULE_SCRIPT)) {
    if ((await readAsset(path!)).includes(ASSETS_ID)) finder = path!;
    else modules.push(path!);
  }
  if (!finder) throw new Error('404.html does not load src/scripts/not-found-root.ts, so it could not find the site root');
  return { finder, stylesheets, modules };
}

/** 404.html (with URLs relative to the site root, "./x") made to work at any depth; pinned to `base` when given. */
export async function makeNotFoundPortable(
  html: string,
  readAsset: (path: string) => Promise<string>,
  base: string | undefined = siteBaseFromEnv(),
): Promise<string> {
  const assets = await pageAssets(html, readAsset);
  const icon = ICON.exec(html);
  const iconData = icon ? `data:image/svg+xml,${encodeURIComponent(await readAsset(icon[2]!))}` : '';
  let out = html
    .replace(STYLESHEET, '')
    .replace(MODULE_SCRIPT, '')
    .replace(ICON, (_m, start: string) => `${start}${escapeAttribute(iconData)}"`)
    .replace(LINK, (_m, space: string, path: string) => `${space}${ROOT_HREF}="${path}"`)
    .replace(ACTION, (_m, space: string, path: string) => `${space}${ROOT_ACTION}="${path}" hidden`);
  const left = out.match(ANY_RELATIVE);
  if (left) throw new Error(`404.html has addresses the root finder cannot fix: ${left.join(', ')}`);
  const candidates = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => `<script type="module" src="${depth === 0 ? './' : '../'.repeat(depth)}${assets.finder}"></script>`);
  const json = JSON.stringify(assets).replace(/</g, '\\u003c');
  out = out.replace('</head>', `<script type="application/json" id="${ASSETS_ID}">${json}</script>${candidates.join('')}</head>`);
  return base ? pinNotFoundPage(out, base) : out;
}

/** A portable 404 page given absolute addresses under `base` ("/intranet/ics/"): it then needs no script to find the root. */
export function pinNotFoundPage(portable: string, base: string): string {
  const block = ASSETS_BLOCK.exec(portable);
  if (!block) throw new Error('not a portable 404 page: it has no assets list');
  const assets = JSON.parse(block[1]!) as PageAssets;
  const at = (path: string) => escapeAttribute(base + path);
  const head = [
    ...assets.stylesheets.map((s) => `<link rel="stylesheet" href="${at(s)}">`),
    ...assets.modules.map((m) => `<script type="module" src="${at(m)}"></script>`),
  ].join('');
  return portable
    .replace(block[0], head)
    .replace(new RegExp(`<script type="module" src="(?:\\./|(?:\\.\\./)+)${escapeRegExp(assets.finder)}"></script>`, 'g'), '')
    .replace(new RegExp(`(\\s)${ROOT_HREF}="([^"]*)"`, 'g'), (_m, space: string, path: string) => `${space}href="${at(path)}"`)
    .replace(new RegExp(`(\\s)${ROOT_ACTION}="([^"]*)" hidden`, 'g'), (_m, space: string, path: string) => `${space}action="${at(path)}"`)
    .replace(/(\sdata-site-root=")[^"]*"/, (_m, start: string) => `${start}${escapeAttribute(base)}"`)
    .replace(new RegExp(`(\\s${ROOT_UNKNOWN})(?:="[^"]*")?`, 'g'), '$1 hidden');
}
