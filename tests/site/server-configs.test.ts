/**
 * The server configurations the README gives (and public/web.config, shipped for IIS) agree with
 * the built site: each sends the site's Content-Security-Policy, and each gives a MIME type to
 * every kind of file search needs that servers do not all know (read from dist/, so a new kind
 * of file Pagefind writes fails here until every configuration names it).
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { filesIn } from '../../src/lib/built-pages.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';

const root = new URL('../../', import.meta.url);
const readme = await readFile(new URL('README.md', root), 'utf8');
const webConfig = await readFile(new URL('public/web.config', root), 'utf8');
const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme)?.[1] ?? '';

/** The type each extension must be served as. */
function expectedType(ext: string): string | undefined {
  if (ext === 'wasm') return 'application/wasm';
  if (ext === 'json') return 'application/json';
  if (ext.startsWith('pf_') || ext === 'pagefind') return 'application/octet-stream';
  return undefined;
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whether a configuration maps `ext` to `type`, in its own syntax. */
const maps: Record<string, (text: string, ext: string, type: string) => boolean> = {
  nginx: (t, ext, type) => new RegExp(`^\\s*${esc(type)}\\s[^;]*\\b${esc(ext)}\\b[^;]*;`, 'm').test(t),
  apache: (t, ext, type) => new RegExp(`^AddType ${esc(type)}\\s.*\\.${esc(ext)}\\b`, 'm').test(t),
  lighttpd: (t, ext, type) => t.includes(`".${ext}" => "${type}"`),
  // Caddy knows .wasm and .json itself; Pagefind's files get the type from a path matcher.
  caddy: (t, ext, type) => type !== 'application/octet-stream' || new RegExp(`@pagefind path .*\\*\\.${esc(ext)}\\b`).test(t),
  iis: (t, ext, type) => t.includes(`<mimeMap fileExtension=".${ext}" mimeType="${type}" />`),
};
const texts: Record<string, string> = { nginx: block('nginx'), apache: block('apache'), lighttpd: block('lighttpd'), caddy: block('caddy'), iis: webConfig };

describe('the server configurations', () => {
  it.each(Object.keys(texts))('%s sends the Content-Security-Policy the site is built for', (server) => {
    expect(texts[server]!.length).toBeGreaterThan(0);
    expect(texts[server]).toContain(CONTENT_SECURITY_POLICY);
  });

  it.each(Object.keys(texts))('%s gives every file search needs its MIME type', async (server) => {
    const extensions = [...new Set((await filesIn(inject('distDir'), [''])).map((f) => extname(f).slice(1)))];
    // .wasm too: Pagefind ships its WebAssembly as .pagefind today, but the servers need both.
    const needed = [...extensions.filter((ext) => expectedType(ext)), 'wasm'];
    expect(needed).toEqual(expect.arrayContaining(['json', 'pagefind', 'pf_meta', 'pf_index', 'pf_fragment']));
    expect(needed.filter((ext) => !maps[server]!(texts[server]!, ext, expectedType(ext)!))).toEqual([]);
  });

  it.each(Object.keys(texts))('%s shows 404.html for a missing address and caches hashed files for good', (server) => {
    expect(texts[server]).toMatch(/404\.html/);
    expect(texts[server]).toMatch(/immutable/);
    expect(texts[server]).toMatch(/no-cache|DisableCache/);
  });
});
