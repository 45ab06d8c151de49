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
    const out = pinNotFoundPage(await makeNotFoundPortable(PAGE, read, undefined), '/intranet/ics/');
    expect(out).not.toContain(FINDER);
    expect(out).not.toContain('data-root-href');
    expect(out).toContain('<a href="/intranet/ics/">Home</a><a href="/intranet/ics/about/#x">About</a>');
    expect(out).toContain('<form action="/intranet/ics/search/" method="get">');
    expect(out).toContain('<link rel="stylesheet" href="/intranet/ics/_astro/site.1.css"><script type="module" src="/intranet/ics/_astro/print.1.js"></script>');
    expect(out).toContain('data-site-root="/intranet/ics/"');
    expect(out).toContain('<p data-root-unknown hidden>');
  });

  it('is pinned by SITE_BASE at build time', async () => {
    const out = await makeNotFoundPortable(PAGE, read, '/x/');
    expect(out).toContain('<a href="/x/">Home</a>');
  });
});
