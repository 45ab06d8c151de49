// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import relativeUrls from './src/integrations/relative-urls.ts';
import searchIndex from './src/integrations/search-index.ts';
import glossaryTerms from './src/integrations/glossary-terms.ts';

export default defineConfig({
  // Pages are folders ("about/index.html") so every address ends in "/" on any static server.
  trailingSlash: 'always',
  // Every stylesheet and script stays a file, never inlined, so the site runs under a strict
  // Content-Security-Policy (no 'unsafe-inline').
  build: { format: 'directory', assets: '_astro', inlineStylesheets: 'never' },
  // Lossless whitespace removal: Astro 7's default 'jsx' mode can glue words across inline tags.
  compressHTML: true,
  devToolbar: { enabled: false },
  // After the build, in order: abbreviations expanded, URLs made relative, then the search index.
  integrations: [mdx(), preact(), glossaryTerms(), relativeUrls(), searchIndex()],
  vite: {
    // Vite would inline small scripts and assets into the page; under the CSP they must be files.
    build: { assetsInlineLimit: 0 },
    // Chunks that scripts load on demand are found relative to the script, not the server root.
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  },
});
