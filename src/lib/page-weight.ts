/**
 * What a built page makes the browser download when it loads: its HTML, its stylesheets, and
 * its scripts — inline ones, referenced ones, island components and their renderers, and the
 * modules those import statically. Modules loaded on demand (a dynamic import) are not counted.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { elementsIn, parseHtml, rawTextOf, tokensOf } from './html-tree.ts';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Files counted, relative to the output folder. */
  files: string[];
}

export function measure(text: string | Buffer): Bytes {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Bytes = { raw: 0, gzip: 0, brotli: 0 };

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

export async function pageWeight(distDir: string, htmlFile: string): Promise<PageWeight> {
  const html = await readFile(htmlFile, 'utf8');
  const base = dirname(htmlFile);
  const files = new Set<string>();
  let css = ZERO;
  let js = ZERO;
  const modules: string[] = [];
  const scripts: string[] = [];
  for (const element of elementsIn(parseHtml(html))) {
    const { tagName, properties } = element;
    if (tagName === 'link' && tokensOf(properties.rel).includes('stylesheet') && typeof properties.href === 'string') {
      const file = resolve(base, properties.href);
      if (!files.has(file)) {
        files.add(file);
        css = add(css, measure(await readFile(file)));
      }
    } else if (tagName === 'style') css = add(css, measure(rawTextOf(element)));
    else if (tagName === 'script') {
      if (typeof properties.src === 'string') modules.push(resolve(base, properties.src));
      else if (!/^application\/(?:ld\+)?json$/.test(String(properties.type ?? ''))) scripts.push(rawTextOf(element));
    }
    for (const url of [properties['component-url'], properties['renderer-url']]) if (typeof url === 'string') modules.push(resolve(base, url));
  }
  for (const script of scripts) {
    js = add(js, measure(script));
    for (const i of script.matchAll(STATIC_IMPORT)) modules.push(resolve(base, i[1]!));
  }

  const inSite = (file: string) => file.startsWith(resolve(distDir) + sep);
  // The 404 page lists its root finder once per depth it may be shown at: of those copies, only
  // the one inside the site exists. Any other address outside the site is a broken page.
  const listedInSite = new Set(modules.filter(inSite).map((file) => basename(file)));
  while (modules.length > 0) {
    const file = modules.pop()!;
    if (files.has(file)) continue;
    if (!inSite(file)) {
      if (listedInSite.has(basename(file))) continue;
      throw new Error(`${htmlFile} loads ${file}, which is outside the site`);
    }
    files.add(file);
    const source = await readFile(file, 'utf8');
    js = add(js, measure(source));
    for (const i of source.matchAll(STATIC_IMPORT)) modules.push(join(dirname(file), i[1]!));
  }

  return {
    html: measure(html),
    css,
    js,
    files: [...files].map((f) => f.slice(resolve(distDir).length + 1)).sort(),
  };
}
