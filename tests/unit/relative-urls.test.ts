import { describe, expect, it } from 'vitest';
import { depthOf, findRootRelativeUrls, prefixForDepth, relativise, rewriteCss, rewriteHtml, rewriteJs } from '../../src/lib/relative-urls.ts';
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
    for (const url of ['//cdn.example/x.js', 'https://example.org/', '#main', 'mailto:x@y', './a/', 'a/b', '../c', '']) {
      expect(relativise(url, '../')).toBe(url);
    }
  });
});

describe('rewriteHtml', () => {
  it('rewrites links, assets, forms and island URLs', () => {
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
    const out = rewriteHtml(html, '../../');
    expect(out).toContain('href="../../about/"');
    expect(out).toContain('href="../../_astro/site.css"');
    expect(out).toContain('src="../../_astro/page.js"');
    expect(out).toContain('srcset="../../x.png 1x, ../../x@2.png 2x"');
    expect(out).toContain('action="../../search/"');
    expect(out).toContain('component-url="../../_astro/Flow.js"');
    expect(out).toContain('renderer-url="../../_astro/client.js"');
    expect(out).toContain('data-site-root="../../"');
    expect(out).toContain('url(../../bg.png)');
    expect(findRootRelativeUrls(out, 'html')).toEqual([]);
  });
  it('does not touch text, external links or fragments', () => {
    const html = '<p>Read /about/ later</p><a href="https://example.org/x">x</a><a href="#top">top</a>';
    expect(rewriteHtml(html, '../')).toBe(html);
  });
});

describe('rewriteCss and rewriteJs', () => {
  it('rewrites url() and @import in stylesheets', () => {
    expect(rewriteCss('a{background:url("/i.svg")} @import "/b.css";', '../')).toBe('a{background:url("../i.svg")} @import "../b.css";');
  });
  it('makes absolute asset strings in scripts relative to the script itself', () => {
    const out = rewriteJs('const d="/_astro/chunk.js";', '_astro');
    expect(out).toBe('const d=new URL("./", import.meta.url).href+"chunk.js";');
    expect(findRootRelativeUrls(out, 'js')).toEqual([]);
  });
});

describe('findRootRelativeUrls', () => {
  it('finds what a rewrite missed', () => {
    expect(findRootRelativeUrls('<a href="/x/">x</a><img src="/y.png" alt="">', 'html')).toEqual(['/x/', '/y.png']);
    expect(findRootRelativeUrls('a{b:url(/z.png)}', 'css')).toEqual(['/z.png']);
    expect(findRootRelativeUrls('import("/_astro/a.js")', 'js')).toEqual(['/_astro/a.js']);
  });
});

describe('rewriteBuiltFile', () => {
  it('picks the rewrite and the depth from the file path', () => {
    expect(rewriteBuiltFile('guides/x/index.html', '<a href="/">home</a>')).toBe('<a href="../../">home</a>');
    expect(rewriteBuiltFile('_astro/site.css', 'a{b:url(/f.svg)}')).toBe('a{b:url(../f.svg)}');
  });
});

describe('findRootRelativeUrls in scripts', () => {
  it('finds a loader that prefixes file names with the server root', () => {
    expect(findRootRelativeUrls('o=function(e){return`/`+e}', 'js')).toHaveLength(1);
    expect(findRootRelativeUrls('o=function(e,t){return new URL(e,t).href}', 'js')).toEqual([]);
  });
});
