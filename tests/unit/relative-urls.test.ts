import { describe, expect, it } from 'vitest';
import { depthOf, findRootRelativeUrls, mapSrcset, prefixForDepth, relativise, rewriteCss, rewriteHtml, rewriteJs } from '../../src/lib/relative-urls.ts';
import { rewriteBuiltFile } from '../../src/integrations/relative-urls.ts';

describe('depth and prefix', () => {
  it('counts the folders a built file sits in', () => {
    expect(depthOf('index.html')).toBe(0);
    expect(depthOf('404.html')).toBe(0);
    expect(depthOf('about/index.html')).toBe(1);
    expect(depthOf('guides/colchester-response/index.html')).toBe(2);
    expect(depthOf('_astro/site.css')).toBe(1);
  });
  it('climbs one folder per level', () => {
    expect(prefixForDepth(0)).toBe('./');
    expect(prefixForDepth(2)).toBe('../../');
  });
});

describe('relativise', () => {
  it('turns root-relative URLs into relative ones', () => {
    expect(relativise('/', '../../')).toBe('../../');
    expect(relativise('/', './')).toBe('./');
    expect(relativise('/about/', '../')).toBe('../about/');
    expect(relativise('/guides/x/#s', './')).toBe('./guides/x/#s');
  });
  it('leaves every other kind of URL alone', () => {
    for (const url of ['//cdn.example/x.js', 'https://example.org/', '#main', 'mailto:x@y', './a/', 'a/b', '../c', '', '/\\evil.example/']) {
      expect(relativise(url, '../')).toBe(url);
    }
  });
});

describe('rewriteHtml', () => {
  it('rewrites links, assets, forms and island URLs', async () => {
    const html = [
      '<a href="/about/">About</a>',
      '<link rel="stylesheet" href="/_astro/site.css">',
      '<script type="module" src="/_astro/page.js"></script>',
      '<img src="/x.png" srcset="/x.png 1x, /x@2.png 2x" alt="">',
      '<form action="/search/"></form>',
      '<astro-island component-url="/_astro/Flow.js" renderer-url="/_astro/client.js"></astro-island>',
      '<body data-site-root="/">',
      '<div style="background:url(/bg.png)"></div>',
    ].join('');
    const out = await rewriteHtml(html, '../../');
    expect(out).toContain('href="../../about/"');
    expect(out).toContain('href="../../_astro/site.css"');
    expect(out).toContain('src="../../_astro/page.js"');
    expect(out).toContain('srcset="../../x.png 1x, ../../x@2.png 2x"');
    expect(out).toContain('action="../../search/"');
    expect(out).toContain('component-url="../../_astro/Flow.js"');
    expect(out).toContain('renderer-url="../../_astro/client.js"');
    expect(out).toContain('data-site-root="../../"');
    expect(out).toContain('url(../../bg.png)');
    expect(await findRootRelativeUrls(out, 'html')).toEqual([]);
  });

  it('does not touch text, external links or fragments', async () => {
    const html = '<p>Read /about/ later</p><a href="https://example.org/x">x</a><a href="#top">top</a>';
    expect(await rewriteHtml(html, '../')).toBe(html);
  });

  it('reads attributes in any quoting and case, with ">" inside a quoted value', async () => {
    const html = `<A HREF=/about/>a</A><img alt='a > b' src='/x.png'><a title="x" href = "/y/" >y</a>`;
    const out = await rewriteHtml(html, '../');
    expect(out).toBe('<a href="../about/">a</A><img alt="a > b" src="../x.png"><a title="x" href="../y/">y</a>');
  });

  it('copies untouched tags byte for byte and keeps escaped characters escaped', async () => {
    const html = `<p class='lead' data-x=1>Tom &amp; Jerry</p><a href="/search/?q=a&amp;b=&quot;c&quot;">s</a>`;
    expect(await rewriteHtml(html, './')).toBe(`<p class='lead' data-x=1>Tom &amp; Jerry</p><a href="./search/?q=a&amp;b=&quot;c&quot;">s</a>`);
  });

  it('leaves comments, text that looks like tags, <textarea> and <title> alone', async () => {
    const html = [
      '<!-- <a href="/old/">old</a> -->',
      '<p>Write &lt;a href="/x/"&gt; to link, or href="/y/".</p>',
      '<textarea><a href="/z/">z</a></textarea>',
      '<title>url(/a.png) <a href="/t/"></title>',
      '<p>url(/not-css.png)</p>',
    ].join('');
    expect(await rewriteHtml(html, '../')).toBe(html);
    expect(await findRootRelativeUrls(html, 'html')).toEqual([]);
  });

  it('rewrites href and xlink:href in inline SVG', async () => {
    const html = `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use href="/icons.svg#a"/><use xlink:href='/icons.svg#b'/><a xlink:href="/guides/">g</a><image href="#local"/></svg>`;
    const out = await rewriteHtml(html, '../../');
    expect(out).toContain('<use href="../../icons.svg#a"/>');
    expect(out).toContain('<use xlink:href="../../icons.svg#b"/>');
    expect(out).toContain('<a xlink:href="../../guides/">');
    expect(out).toContain('<image href="#local"/>');
  });

  it('rewrites every srcset candidate, however it is spaced', async () => {
    const html = '<img srcset="/a.png 1x,/b.png 2x,  /c,d.png 3x , https://x.example/e.png 4x,/f.png," src="/a.png" alt=""><link rel="preload" as="image" imagesrcset="/p.png 1x, /q.png 2x">';
    const out = await rewriteHtml(html, '../');
    // As a browser reads it: a comma inside a URL belongs to it ("/c,d.png"), a trailing one ends it.
    expect(out).toContain('srcset="../a.png 1x,../b.png 2x,  ../c,d.png 3x , https://x.example/e.png 4x,../f.png,"');
    expect(out).toContain('imagesrcset="../p.png 1x, ../q.png 2x"');
  });

  it('rewrites url() in <style> and style attributes, and asset paths in inline scripts', async () => {
    const html = `<style>a{background:url("/bg.png")}@import '/more.css';</style><p style='background:url(/p.png)'>p</p><script type="module">import("/_astro/x.js")</script>`;
    const out = await rewriteHtml(html, '../');
    expect(out).toContain('<style>a{background:url("../bg.png")}@import \'../more.css\';</style>');
    expect(out).toContain('style="background:url(../p.png)"');
    expect(out).toContain('<script type="module">import("../_astro/x.js")</script>');
    expect(await findRootRelativeUrls(out, 'html')).toEqual([]);
  });

  it('rewrites the address of a meta refresh', async () => {
    expect(await rewriteHtml('<meta http-equiv="refresh" content="0; url=/guides/">', '../')).toBe('<meta http-equiv="refresh" content="0; url=../guides/">');
  });
});

describe('mapSrcset', () => {
  it('keeps descriptors with commas inside parentheses', () => {
    expect(mapSrcset('/a.png 1x (foo, bar), /b.png 2x', (u) => `[${u}]`)).toBe('[/a.png] 1x (foo, bar), [/b.png] 2x');
  });
});

describe('rewriteCss and rewriteJs', () => {
  it('rewrites url() and @import in stylesheets', () => {
    expect(rewriteCss('a{background:url("/i.svg")} @import "/b.css";', '../')).toBe('a{background:url("../i.svg")} @import "../b.css";');
  });
  it('makes absolute asset strings in scripts relative to the script itself', async () => {
    const out = rewriteJs('const d="/_astro/chunk.js";', '_astro');
    expect(out).toBe('const d=new URL("./", import.meta.url).href+"chunk.js";');
    expect(await findRootRelativeUrls(out, 'js')).toEqual([]);
  });
});

describe('findRootRelativeUrls', () => {
  it('finds what a rewrite missed', async () => {
    expect(await findRootRelativeUrls('<a href="/x/">x</a><img src="/y.png" srcset="a.png 1x, /z.png 2x" alt=""><svg><use xlink:href="/i.svg#a"/></svg>', 'html')).toEqual(['/x/', '/y.png', '/z.png', '/i.svg#a']);
    expect(await findRootRelativeUrls('<div style="background:url(/b.png)"></div><script>fetch("/_astro/d.json")</script>', 'html')).toEqual(['/b.png', '/_astro/d.json']);
    expect(await findRootRelativeUrls('a{b:url(/z.png)}', 'css')).toEqual(['/z.png']);
    expect(await findRootRelativeUrls('import("/_astro/a.js")', 'js')).toEqual(['/_astro/a.js']);
  });
  it('finds a loader that prefixes file names with the server root', async () => {
    expect(await findRootRelativeUrls('o=function(e){return`/`+e}', 'js')).toHaveLength(1);
    expect(await findRootRelativeUrls('o=function(e,t){return new URL(e,t).href}', 'js')).toEqual([]);
  });
});

describe('rewriteBuiltFile', () => {
  it('picks the rewrite and the depth from the file path', async () => {
    expect(await rewriteBuiltFile('guides/x/index.html', '<a href="/">home</a>')).toBe('<a href="../../">home</a>');
    expect(await rewriteBuiltFile('_astro/site.css', 'a{b:url(/f.svg)}')).toBe('a{b:url(../f.svg)}');
  });
});
