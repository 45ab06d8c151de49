/**
 * Turns root-relative URLs ("/about/") in built files into URLs relative to the file itself
 * ("../about/"), so the built site works unchanged at any sub-path of any static server.
 * Astro has no relative `base`, hence this post-build pass.
 */

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
  const rest = url.slice(1);
  // "/" and "/#x" become the prefix itself: "./" or "../../", "./#x".
  return prefix + rest;
}

// Attributes whose whole value is one URL; Astro islands carry component-url and renderer-url.
const URL_ATTRIBUTES = [
  'href', 'src', 'action', 'poster', 'data', 'cite', 'formaction',
  'component-url', 'renderer-url', 'before-hydration-url', 'data-site-root',
];
const ATTRIBUTE_PATTERN = new RegExp(
  `(\\s(?:${URL_ATTRIBUTES.join('|')})\\s*=\\s*)(["'])([^"']*)\\2`,
  'gi',
);
const SRCSET_PATTERN = /(\s(?:srcset|imagesrcset)\s*=\s*)(["'])([^"']*)\2/gi;
const CSS_URL_PATTERN = /url\(\s*(["']?)(\/(?!\/)[^)"']*)\1\s*\)/g;
const CSS_IMPORT_PATTERN = /@import\s+(["'])(\/(?!\/)[^"']*)\1/g;

export function rewriteCss(css: string, prefix: string): string {
  return css
    .replace(CSS_URL_PATTERN, (_m, quote: string, url: string) => `url(${quote}${relativise(url, prefix)}${quote})`)
    .replace(CSS_IMPORT_PATTERN, (_m, quote: string, url: string) => `@import ${quote}${relativise(url, prefix)}${quote}`);
}

export function rewriteHtml(html: string, prefix: string): string {
  return rewriteCss(html, prefix)
    .replace(ATTRIBUTE_PATTERN, (_m, name: string, quote: string, url: string) =>
      `${name}${quote}${relativise(url, prefix)}${quote}`)
    .replace(SRCSET_PATTERN, (_m, name: string, quote: string, list: string) => {
      const rewritten = list
        .split(',')
        .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_c, space: string, url: string) => space + relativise(url, prefix)))
        .join(',');
      return `${name}${quote}${rewritten}${quote}`;
    });
}

/**
 * Built JavaScript refers to sibling chunks relatively already; the exception is an absolute
 * "/_astro/…" string (Vite's preload helper, for example). Those become paths relative to the
 * chunk's own URL, resolved at run time through import.meta.url.
 */
export function rewriteJs(js: string, assetsDir: string): string {
  const pattern = new RegExp(`(["'\`])\\/${assetsDir}\\/`, 'g');
  return js.replace(pattern, (_m, quote: string) => `new URL(${quote}./${quote}, import.meta.url).href+${quote}`);
}

/** Every root-relative URL left in a built file, for tests and for the build's own check. */
export function findRootRelativeUrls(text: string, kind: 'html' | 'css' | 'js', assetsDir = '_astro'): string[] {
  const found: string[] = [];
  if (kind === 'html') {
    for (const m of text.matchAll(ATTRIBUTE_PATTERN)) if (isRootRelative(m[3]!)) found.push(m[3]!);
    for (const m of text.matchAll(SRCSET_PATTERN)) {
      for (const c of m[3]!.split(',')) {
        const url = c.trim().split(/\s+/)[0] ?? '';
        if (isRootRelative(url)) found.push(url);
      }
    }
  }
  if (kind === 'html' || kind === 'css') {
    for (const m of text.matchAll(CSS_URL_PATTERN)) found.push(m[2]!);
    for (const m of text.matchAll(CSS_IMPORT_PATTERN)) found.push(m[2]!);
  }
  if (kind === 'js' || kind === 'html') {
    for (const m of text.matchAll(new RegExp(`["'\`](\\/${assetsDir}\\/[^"'\`]*)`, 'g'))) found.push(m[1]!);
  }
  if (kind === 'js') {
    // A loader that builds addresses from the server root: "/" + file.
    for (const m of text.matchAll(/(["'`])\/\1\s*\+/g)) found.push(`${m[0]}…`);
  }
  return found;
}
