// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import relativeUrls from './src/integrations/relative-urls.ts';
import searchIndex from './src/integrations/search-index.ts';
import glossaryTerms from './src/integrations/glossary-terms.ts';
import readerMarkup from './src/integrations/reader-markup.ts';

export default defineConfig({
  // Pages are folders ("about/index.html") so every address ends in "/" on any static server.
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_astro' },
  // Lossless whitespace removal: Astro 7's default 'jsx' mode can glue words across inline tags.
  compressHTML: true,
  devToolbar: { enabled: false },
  // After the build, in order: abbreviations expanded, table cells labelled and printed sources
  // numbered, URLs made relative, then the search index.
  integrations: [mdx(), preact(), glossaryTerms(), readerMarkup(), relativeUrls(), searchIndex()],
  vite: {
    // Chunks that scripts load on demand are found relative to the script, not the server root.
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  },
});
