/** The pieces that let the built site be hosted anywhere: clean paths, SITE_BASE, and the 404 page's rewrite. */
import { describe, expect, it } from 'vitest';
import { normalisedPath } from '../../src/lib/static-server.ts';
import { siteBaseFromEnv } from '../../src/lib/site-base.ts';
import { MAX_DEPTH, makeNotFoundPortable, pinNotFoundPage } from '../../src/lib/not-found-page.ts';

describe('normalisedPath', () => {
  it('leaves a clean path alone', () => {
    expect(normalisedPath('/intranet/health/ics/guides/')).toBeNull();
    expect(normalisedPath('/search/')).toBeNull();
  });
  it('merges doubled slashes and decodes encoded ones, anywhere in the path', () => {
    expect(normalisedPath('/intranet/health/ics//guides/')).toBe('/intranet/health/ics/guides/');
    expect(normalisedPath('//intranet///health/ics/')).toBe('/intranet/health/ics/');
    expect(normalisedPath('/ics/guides%2Fkings-fund-explainer/')).toBe('/ics/guides/kings-fund-explainer/');
    expect(normalisedPath('/ics/guides%2f%2Fx/')).toBe('/ics/guides/x/');
  });
});

describe('siteBaseFromEnv', () => {
  it('is undefined when SITE_BASE is not given', () => {
    expect(siteBaseFromEnv({})).toBeUndefined();
    expect(siteBaseFromEnv({ SITE_BASE: ' ' })).toBeUndefined();
  });
  it('ends the path with a slash', () => {
    expect(siteBaseFromEnv({ SITE_BASE: '/intranet/ics' })).toBe('/intranet/ics/');
    expect(siteBaseFromEnv({ SITE_BASE: '/' })).toBe('/');
  });
  it('refuses anything but a path from the server root', () => {
    for (const bad of ['intranet/ics/', 'https://example.org/ics/', '/a/../b/', '/a b/', '/a/"x"/']) {
      expect(() => siteBaseFromEnv({ SITE_BASE: bad }), bad).toThrow(/SITE_BASE/);
    }
  });
});

const FINDER = '_astro/finder.1.js';
const PAGE =
  '<html><head><link rel="icon" href="./favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="./_astro/site.1.css">' +
  `<script type="module" src="./${FINDER}"></script></head><body data-site-root="./"><a class="skip-link" href="#main">Skip</a>` +
  '<a href="./">Home</a><a href="./about/#x">About</a><form action="./search/" method="get"></form>' +
  '<main id="main"><p data-root-unknown="true">Shorten the address.</p></main><script type="module" src="./_astro/print.1.js"></script></body></html>';
const files: Record<string, string> = {
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  [FINDER]: 'document.getElementById("site-assets")',
  '_astro/print.1.js': 'addEventListener("beforeprint",()=>{})',
};
const read = async (path: string) => files[path] ?? '';

describe('the 404 page made portable', () => {
  it('keeps no address relative to where it is shown, except fragments', async () => {
    const out = await makeNotFoundPortable(PAGE, read, undefined);
    const addresses = [...out.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!);
    const candidates = addresses.filter((a) => a.endsWith(FINDER));
    expect(candidates).toHaveLength(MAX_DEPTH + 1);
    expect(candidates[0]).toBe(`./${FINDER}`);
    expect(candidates[3]).toBe(`../../../${FINDER}`);
    expect(addresses.filter((a) => !a.endsWith(FINDER) && !a.startsWith('#') && !a.startsWith('data:'))).toEqual([]);
    expect(out).toContain('<a data-root-href="">Home</a><a data-root-href="about/#x">About</a>');
    expect(out).toContain('<form data-root-action="search/" hidden method="get">');
    expect(out).toContain('href="data:image/svg+xml,');
    expect(out).toContain('"stylesheets":["_astro/site.1.css"],"modules":["_astro/print.1.js"]');
  });

  it('fails the build when the page does not load the root finder', async () => {
    await expect(makeNotFoundPortable(PAGE, async () => '', undefined)).rejects.toThrow(/not-found-root/);
  });

  it('pinned to a public path, uses absolute addresses and hides the words for finding the home page', async () => {
    const out = await pinNotFoundPage(await makeNotFoundPortable(PAGE, read, undefined), '/intranet/ics/');
    expect(out).not.toContain(FINDER);
    expect(out).not.toContain('data-root-href');
    expect(out).toContain('<a href="/intranet/ics/">Home</a><a href="/intranet/ics/about/#x">About</a>');
    expect(out).toContain('<form action="/intranet/ics/search/" method="get">');
    expect(out).toContain('<link rel="stylesheet" href="/intranet/ics/_astro/site.1.css"><script type="module" src="/intranet/ics/_astro/print.1.js"></script>');
    expect(out).toContain('data-site-root="/intranet/ics/"');
    expect(out).toContain('<p data-root-unknown hidden>');
  });

  it('reads tags as a browser does: any quoting, any attribute order, never inside a comment or script', async () => {
    const page =
      "<html><head><link href=./_astro/site.1.css rel=stylesheet><LINK HREF='./favicon.svg' REL='icon'>" +
      `<script src='./${FINDER}' type=module></script><!-- <a href="./old/">old</a> --></head>` +
      `<body><a title='say "hi"' href='./about/'>About</a><form method=get action=./search/ hidden></form>` +
      '<script type="application/json" id="data">{"html":"<a href=\\"../x/\\">"}</script>' +
      '<svg><use xlink:href="#icon"/></svg></body></html>';
    const out = await makeNotFoundPortable(page, read, undefined);
    expect(out).toContain('<!-- <a href="./old/">old</a> -->');
    expect(out).toContain('{"html":"<a href=\\"../x/\\">"}');
    expect(out).toContain('<a title="say &quot;hi&quot;" data-root-href="about/">About</a>');
    expect(out).toContain('<form method="get" data-root-action="search/" hidden></form>');
    expect(out).toContain('<link href="data:image/svg+xml,%3Csvg');
    expect(out).toContain('<use xlink:href="#icon"/>');
    expect(out).toContain(`"finder":"${FINDER}","stylesheets":["_astro/site.1.css"],"modules":[]`);
    expect(out).not.toContain('./_astro/site.1.css');
    expect(out).not.toContain(`'./${FINDER}'`);
  });

  it('fails the build when an address it cannot fix is left, in any attribute quoting', async () => {
    const page = (body: string) => `<html><head><script type="module" src="./${FINDER}"></script></head><body>${body}</body></html>`;
    await expect(makeNotFoundPortable(page("<img src='../logo.png'>"), read, undefined)).rejects.toThrow(/src="\.\.\/logo\.png"/);
    await expect(makeNotFoundPortable(page('<img src=#x srcset="a.png 1x, ./b.png 2x">'), read, undefined)).rejects.toThrow(/srcset/);
    await expect(makeNotFoundPortable(page('<!-- <img src="../logo.png"> --><p>../x</p>'), read, undefined)).resolves.toContain('<p>../x</p>');
  });

  it('pins a page whose tags are written in any quoting and order', async () => {
    const portable = await makeNotFoundPortable(PAGE, read, undefined);
    const reordered = portable
      .replace('<a data-root-href="about/#x">', "<a data-root-href='about/#x' class=x>")
      .replace('<form data-root-action="search/" hidden method="get">', '<form hidden method=get data-root-action=search/>')
      .replace('<p data-root-unknown="true">', "<p class='note' data-root-unknown=true>")
      .replace('</main>', '<!-- <a data-root-href="x/"> --></main>');
    const out = await pinNotFoundPage(reordered, '/a&b/');
    expect(out).toContain('<a href="/a&amp;b/about/#x" class="x">About</a>');
    expect(out).toContain('<form method="get" action="/a&amp;b/search/">');
    expect(out).toContain('<p class="note" data-root-unknown hidden>');
    expect(out).toContain('<!-- <a data-root-href="x/"> -->');
    expect(out).toContain('<link rel="stylesheet" href="/a&amp;b/_astro/site.1.css">');
    expect(out).not.toContain(FINDER);
  });

  it('is pinned by SITE_BASE at build time', async () => {
    const out = await makeNotFoundPortable(PAGE, read, '/x/');
    expect(out).toContain('<a href="/x/">Home</a>');
  });
});
