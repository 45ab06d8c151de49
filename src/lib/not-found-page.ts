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
 *
 * Both go through parse5's rewriting stream (src/lib/html-rewrite.ts): only start tags are read,
 * so text, comments and script bodies are never taken for markup, attributes may be quoted in any
 * way and in any order, and every tag left unchanged is copied byte for byte.
 */
import { attributeOf, rewriteHtmlString, type RewritingStream, type StartTag } from './html-rewrite.ts';
import { urlsIn } from './relative-urls.ts';
import { jsonForScript } from './json-for-script.ts';
import { ASSETS_ID, ROOT_ACTION, ROOT_HREF, ROOT_UNKNOWN, type PageAssets } from './root-finder.ts';
import { siteBaseFromEnv } from './site-base.ts';

/** How many folders below the site root the 404 page can find its root from. */
export const MAX_DEPTH = 24;


const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Attributes that only say something by being there, written as a bare name as Astro writes them. */
const FLAGS = new Set(['hidden', ROOT_UNKNOWN]);

/** A start tag written out again; an attribute given twice (`hidden` added to a hidden form) is written once. */
function startTagHtml(tag: StartTag): string {
  const names = new Set<string>();
  let attrs = '';
  for (const a of tag.attrs) {
    const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
    if (names.has(name)) continue;
    names.add(name);
    attrs += a.value === '' && FLAGS.has(name) ? ` ${name}` : ` ${name}="${escapeAttribute(a.value)}"`;
  }
  return `<${tag.tagName}${attrs}${tag.selfClosing ? '/' : ''}>`;
}

/** The path after "./" of an address relative to the site root ("./" itself gives ""). */
function rootPath(url: string | undefined): string | undefined {
  return url?.startsWith('./') ? url.slice(2) : undefined;
}

/** The file an address relative to the site root names ("./x": x). */
const underRoot = (url: string | undefined) => rootPath(url) || undefined;

const relTypes = (tag: StartTag) => (attributeOf(tag, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);

/** `<link rel="stylesheet" href="./x">`: x. */
function stylesheetPath(tag: StartTag): string | undefined {
  if (tag.tagName !== 'link') return undefined;
  const rel = relTypes(tag);
  return rel.length === 1 && rel[0] === 'stylesheet' ? underRoot(attributeOf(tag, 'href')) : undefined;
}

/** `<script type="module" src="./x">`: x. */
function moduleScriptPath(tag: StartTag): string | undefined {
  return tag.tagName === 'script' && attributeOf(tag, 'type') === 'module' ? underRoot(attributeOf(tag, 'src')) : undefined;
}

/** `<link rel="icon" href="./x">`: x. */
function iconPath(tag: StartTag): string | undefined {
  return tag.tagName === 'link' && relTypes(tag).includes('icon') ? underRoot(attributeOf(tag, 'href')) : undefined;
}

/** Sets one attribute's value in place (keeping its position), or adds it at the end. */
function setAttribute(tag: StartTag, name: string, value: string): void {
  const attr = tag.attrs.find((a) => a.name === name && !a.prefix);
  if (attr) attr.value = value;
  else tag.attrs.push({ name, value });
}

/** Elements with no end tag: replacing one replaces its start tag only. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Rewrites an HTML page tag by tag. `start` may change a tag's attributes (the tag is then written
 * out again, otherwise copied as it was), or return HTML to put in place of the whole element: a
 * void element, or one such as <script> whose content is text, up to its end tag. `end` may return
 * HTML to put before an end tag.
 */
function rewriteTags(
  html: string,
  handlers: { start?: (tag: StartTag) => string | void; end?: (tagName: string) => string | void },
): Promise<string> {
  return rewriteHtmlString(html, (rewriter: RewritingStream) => {
    let replacing: string | undefined;
    rewriter.on('startTag', (tag, raw) => {
      if (replacing) return;
      const before = startTagHtml(tag);
      const replacement = handlers.start?.(tag);
      if (typeof replacement === 'string') {
        rewriter.emitRaw(replacement);
        if (!tag.selfClosing && !VOID_ELEMENTS.has(tag.tagName)) replacing = tag.tagName;
        return;
      }
      const after = startTagHtml(tag);
      rewriter.emitRaw(after === before ? raw : after);
    });
    rewriter.on('text', (_text, raw) => {
      if (!replacing) rewriter.emitRaw(raw);
    });
    rewriter.on('comment', (_comment, raw) => {
      if (!replacing) rewriter.emitRaw(raw);
    });
    rewriter.on('endTag', (tag, raw) => {
      if (replacing) {
        if (tag.tagName === replacing) replacing = undefined;
        return;
      }
      rewriter.emitRaw((handlers.end?.(tag.tagName) ?? '') + raw);
    });
  });
}

/** Every page's modules and stylesheets, read out of the page; the root finder is the module that reads the assets list. */
async function pageAssets(html: string, readAsset: (path: string) => Promise<string>): Promise<PageAssets & { icon?: string }> {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let icon: string | undefined;
  await rewriteTags(html, {
    start(tag) {
      const stylesheet = stylesheetPath(tag);
      const script = moduleScriptPath(tag);
      if (stylesheet) stylesheets.push(stylesheet);
      else if (script) scripts.push(script);
      else icon ??= iconPath(tag);
    },
  });
  let finder: string | undefined;
  const modules: string[] = [];
  for (const path of scripts) {
    if ((await readAsset(path)).includes(ASSETS_ID)) finder = path;
    else modules.push(path);
  }
  if (!finder) throw new Error('404.html does not load src/scripts/not-found-root.ts, so it could not find the site root');
  return { finder, stylesheets, modules, icon };
}

/** Every address in a start tag that is relative to where the page is shown ("./x", "../x"). */
function relativeAddresses(tag: StartTag): string[] {
  const found: string[] = [];
  const isRelative = (url: string) => url.startsWith('./') || url.startsWith('../');
  for (const { prefix, name, value } of tag.attrs) {
    // The same attributes the build makes relative; data-site-root is the root finder's own.
    const urls = name === 'data-site-root' ? [] : urlsIn(name, value);
    for (const url of urls) if (isRelative(url)) found.push(`${prefix ? `${prefix}:` : ''}${name}="${value}"`);
  }
  return found;
}

/** 404.html (with URLs relative to the site root, "./x") made to work at any depth; pinned to `base` when given. */
export async function makeNotFoundPortable(
  html: string,
  readAsset: (path: string) => Promise<string>,
  base: string | undefined = siteBaseFromEnv(),
): Promise<string> {
  const { icon, ...assets } = await pageAssets(html, readAsset);
  const iconData = icon === undefined ? '' : `data:image/svg+xml,${encodeURIComponent(await readAsset(icon))}`;
  let iconDone = false;
  let headEnded = false;
  const left: string[] = [];
  const candidates = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => `<script type="module" src="${depth === 0 ? './' : '../'.repeat(depth)}${escapeAttribute(assets.finder)}"></script>`);
  const json = jsonForScript(assets);
  const out = await rewriteTags(html, {
    start(tag) {
      if (stylesheetPath(tag) !== undefined || moduleScriptPath(tag) !== undefined) return '';
      if (!iconDone && iconPath(tag) !== undefined) {
        iconDone = true;
        setAttribute(tag, 'href', iconData);
      }
      tag.attrs = tag.attrs.flatMap((attr) => {
        if (attr.prefix) return [attr];
        const value = attr.name === 'href' || attr.name === 'action' ? rootPath(attr.value) : undefined;
        if (value === undefined) return [attr];
        if (attr.name === 'href') return [{ name: ROOT_HREF, value }];
        // Hidden until the root finder gives it somewhere to send the search.
        return [{ name: ROOT_ACTION, value }, { name: 'hidden', value: '' }];
      });
      left.push(...relativeAddresses(tag));
    },
    end(tagName) {
      if (tagName !== 'head' || headEnded) return;
      headEnded = true;
      return `<script type="application/json" id="${ASSETS_ID}">${json}</script>${candidates.join('')}`;
    },
  });
  if (left.length > 0) throw new Error(`404.html has addresses the root finder cannot fix: ${left.join(', ')}`);
  if (!headEnded) throw new Error('404.html has no </head> to put the root finder before');
  return base ? pinNotFoundPage(out, base) : out;
}

/** The assets list a portable 404 page carries. */
async function assetsOf(portable: string): Promise<PageAssets> {
  let inBlock = false;
  let json: string | undefined;
  await rewriteHtmlString(portable, (rewriter) => {
    rewriter.on('startTag', (tag) => {
      inBlock = tag.tagName === 'script' && attributeOf(tag, 'id') === ASSETS_ID && attributeOf(tag, 'type') === 'application/json';
      if (inBlock) json = '';
    });
    rewriter.on('text', (text) => {
      if (inBlock) json += text.text;
    });
    rewriter.on('endTag', () => {
      inBlock = false;
    });
  });
  if (json === undefined) throw new Error('not a portable 404 page: it has no assets list');
  return JSON.parse(json) as PageAssets;
}

/** "./x", "../x", "../../x" (any depth): x. */
function stripDepth(url: string): string {
  let rest = url.startsWith('./') ? url.slice(2) : url;
  while (rest.startsWith('../')) rest = rest.slice(3);
  return rest;
}

/** A portable 404 page given absolute addresses under `base` ("/intranet/ics/"): it then needs no script to find the root. */
export async function pinNotFoundPage(portable: string, base: string): Promise<string> {
  const assets = await assetsOf(portable);
  const at = (path: string) => escapeAttribute(base + path);
  const head = [
    ...assets.stylesheets.map((s) => `<link rel="stylesheet" href="${at(s)}">`),
    ...assets.modules.map((m) => `<script type="module" src="${at(m)}"></script>`),
  ].join('');
  const out = await rewriteTags(portable, {
    start(tag) {
      if (tag.tagName === 'script') {
        // The stylesheets and modules go where the assets list was; the root finder's copies go.
        if (attributeOf(tag, 'id') === ASSETS_ID) return head;
        const src = attributeOf(tag, 'src');
        if (attributeOf(tag, 'type') === 'module' && src !== undefined && src !== stripDepth(src) && stripDepth(src) === assets.finder) return '';
      }
      const action = tag.attrs.some((a) => a.name === ROOT_ACTION && !a.prefix);
      tag.attrs = tag.attrs.flatMap((attr) => {
        if (attr.prefix) return [attr];
        if (attr.name === ROOT_HREF) return [{ name: 'href', value: base + attr.value }];
        if (attr.name === ROOT_ACTION) return [{ name: 'action', value: base + attr.value }];
        if (attr.name === 'hidden' && action) return [];
        if (attr.name === 'data-site-root') return [{ name: attr.name, value: base }];
        if (attr.name === ROOT_UNKNOWN) return [{ name: ROOT_UNKNOWN, value: '' }, { name: 'hidden', value: '' }];
        return [attr];
      });
    },
  });
  return out;
}
