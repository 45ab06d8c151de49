/**
 * Turns root-relative URLs ("/about/") in built files into URLs relative to the file itself
 * ("../about/"), so the built site works unchanged at any sub-path of any static server.
 * Astro has no relative `base`, hence this post-build pass. HTML goes through a real tokenizer
 * (parse5's rewriting stream): only URL-bearing attributes, srcset candidates, CSS in `style`
 * attributes and <style>, and asset paths in inline scripts change; text, comments, RCDATA and
 * every untouched tag are copied byte for byte.
 */
import { rewriteHtmlString, attributeOf, type StartTag } from './html-rewrite.ts';

/** "./" at the root, "../../" two directories down. */
export function prefixForDepth(depth: number): string {
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** How many directories a built file sits below the output root ("guides/x/index.html" → 2). */
export function depthOf(relativeFilePath: string): number {
  const parts = relativeFilePath.split(/[\\/]/).filter(Boolean);
  return Math.max(parts.length - 1, 0);
}

/** A root-relative URL starts with one slash, not two (protocol-relative) or a backslash. */
function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

export function relativise(url: string, prefix: string): string {
  if (!isRootRelative(url)) return url;
  // "/" and "/#x" become the prefix itself: "./" or "../../", "./#x".
  return prefix + url.slice(1);
}

// Attributes whose whole value is one URL, in HTML and inline SVG (href and xlink:href); Astro islands carry
// component-url and renderer-url, and the layout gives the site root in data-site-root.
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'manifest',
  'component-url', 'renderer-url', 'before-hydration-url', 'data-site-root',
]);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

const CSS_URL_PATTERN = /url\(\s*(["']?)(\/(?!\/)[^)"']*)\1\s*\)/g;
const CSS_IMPORT_PATTERN = /@import\s+(["'])(\/(?!\/)[^"']*)\1/g;

export function rewriteCss(css: string, prefix: string): string {
  return css
    .replace(CSS_URL_PATTERN, (_m, quote: string, url: string) => `url(${quote}${relativise(url, prefix)}${quote})`)
    .replace(CSS_IMPORT_PATTERN, (_m, quote: string, url: string) => `@import ${quote}${relativise(url, prefix)}${quote}`);
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';

/**
 * Applies `map` to each URL of a srcset, split as the HTML standard's srcset parser splits it:
 * a URL is a run of non-space characters (commas inside it included, trailing commas not), and
 * its descriptors run to the next comma outside parentheses. Everything else is kept as written.
 */
export function mapSrcset(value: string, map: (url: string) => string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (isSpace(value[i]) || value[i] === ',')) out += value[i++];
    if (i >= value.length) break;
    let end = i;
    while (end < value.length && !isSpace(value[end])) end++;
    let url = value.slice(i, end);
    let commas = '';
    while (url.endsWith(',')) {
      commas += ',';
      url = url.slice(0, -1);
    }
    out += map(url) + commas;
    i = end;
    if (commas) continue;
    for (let depth = 0; i < value.length && !(value[i] === ',' && depth === 0); i++) {
      if (value[i] === '(') depth++;
      else if (value[i] === ')') depth = Math.max(depth - 1, 0);
      out += value[i];
    }
  }
  return out;
}

/** The URLs an attribute's value holds: the whole value, each candidate of a srcset, or none. */
export function urlsIn(name: string, value: string): string[] {
  if (URL_ATTRIBUTES.has(name)) return [value];
  const urls: string[] = [];
  if (SRCSET_ATTRIBUTES.has(name)) mapSrcset(value, (url) => (urls.push(url), url));
  return urls;
}

/** `<meta http-equiv="refresh" content="0; url=/x/">`: the URL after the delay. */
const REFRESH_CONTENT = /^(\s*[\d.]*\s*[;,]\s*(?:url\s*=\s*)?)(["']?)(.*?)\2(\s*)$/i;

/** What to do with each kind of place in an HTML page that can hold a URL. */
interface UrlEdits {
  url(url: string): string;
  css(css: string): string;
  script(js: string): string;
}

function editAttribute(tag: StartTag, name: string, value: string, edits: UrlEdits): string {
  if (URL_ATTRIBUTES.has(name)) return edits.url(value);
  if (SRCSET_ATTRIBUTES.has(name)) return mapSrcset(value, edits.url);
  if (name === 'style') return edits.css(value);
  if (name === 'content' && tag.tagName === 'meta' && attributeOf(tag, 'http-equiv')?.toLowerCase() === 'refresh') {
    return value.replace(REFRESH_CONTENT, (_m, head: string, quote: string, url: string, tail: string) => head + quote + edits.url(url) + quote + tail);
  }
  return value;
}

/** Runs `edits` over every URL an HTML document holds; a tag is re-serialized only if one of its URLs changed. */
function editHtml(html: string, edits: UrlEdits): Promise<string> {
  let rawText: 'css' | 'script' | undefined;
  return rewriteHtmlString(html, (rewriter) => {
    rewriter.on('startTag', (tag, raw) => {
      let changed = false;
      for (const attr of tag.attrs) {
        const value = editAttribute(tag, attr.name, attr.value, edits);
        if (value !== attr.value) {
          attr.value = value;
          changed = true;
        }
      }
      // In SVG the tokenizer splits "xlink:href" into a prefix and a name; the serializer writes the name only.
      for (const attr of tag.attrs) if (attr.prefix) attr.name = `${attr.prefix}:${attr.name}`;
      rawText = tag.selfClosing ? undefined : tag.tagName === 'style' ? 'css' : tag.tagName === 'script' ? 'script' : undefined;
      if (changed) rewriter.emitStartTag(tag);
      else rewriter.emitRaw(raw);
    });
    rewriter.on('endTag', (_tag, raw) => {
      rawText = undefined;
      rewriter.emitRaw(raw);
    });
    rewriter.on('text', (_text, raw) => {
      rewriter.emitRaw(rawText === 'css' ? edits.css(raw) : rawText === 'script' ? edits.script(raw) : raw);
    });
  });
}

const quotedAssetPath = (assetsDir: string) => new RegExp(`(["'\`])\\/${assetsDir}\\/`, 'g');

export function rewriteHtml(html: string, prefix: string, assetsDir = '_astro'): Promise<string> {
  return editHtml(html, {
    url: (url) => relativise(url, prefix),
    css: (css) => rewriteCss(css, prefix),
    // An inline script resolves addresses against the page, so the page's own prefix is right.
    script: (js) => js.replace(quotedAssetPath(assetsDir), (_m, quote: string) => `${quote}${prefix}${assetsDir}/`),
  });
}

/**
 * Built JavaScript refers to sibling chunks relatively already; the exception is an absolute
 * "/_astro/…" string (Vite's preload helper, for example). Those become paths relative to the
 * chunk's own URL, resolved at run time through import.meta.url.
 */
export function rewriteJs(js: string, assetsDir: string): string {
  return js.replace(quotedAssetPath(assetsDir), (_m, quote: string) => `new URL(${quote}./${quote}, import.meta.url).href+${quote}`);
}

function rootRelativeInCss(css: string): string[] {
  return [...css.matchAll(CSS_URL_PATTERN), ...css.matchAll(CSS_IMPORT_PATTERN)].map((m) => m[2]!);
}

function rootRelativeInJs(js: string, assetsDir: string): string[] {
  return [...js.matchAll(new RegExp(`["'\`](\\/${assetsDir}\\/[^"'\`]*)`, 'g'))].map((m) => m[1]!);
}

/** Every root-relative URL left in a built file, for tests and for the build's own check. */
export async function findRootRelativeUrls(text: string, kind: 'html' | 'css' | 'js', assetsDir = '_astro'): Promise<string[]> {
  if (kind === 'css') return rootRelativeInCss(text);
  if (kind === 'js') {
    // A loader that builds addresses from the server root: "/" + file.
    return [...rootRelativeInJs(text, assetsDir), ...[...text.matchAll(/(["'`])\/\1\s*\+/g)].map((m) => `${m[0]}…`)];
  }
  const found: string[] = [];
  await editHtml(text, {
    url: (url) => (isRootRelative(url) && found.push(url), url),
    css: (css) => (found.push(...rootRelativeInCss(css)), css),
    script: (js) => (found.push(...rootRelativeInJs(js, assetsDir)), js),
  });
  return found;
}
