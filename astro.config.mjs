// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import relativeUrls from './src/integrations/relative-urls.ts';
import searchIndex from './src/integrations/search-index.ts';
import glossaryTerms from './src/integrations/glossary-terms.ts';
import laterFactsCheck from './src/integrations/later-facts-check.ts';
import readerMarkup from './src/integrations/reader-markup.ts';

export default defineConfig({
  // Pages are folders ("about/index.html") so every address ends in "/" on any static server.
  trailingSlash: 'always',
  // Every stylesheet and script stays a file, never inlined, so the site runs under a strict
  // Content-Security-Policy (no 'unsafe-inline').
  build: { format: 'directory', assets: '_astro', inlineStylesheets: 'never' },
  // Lossless whitespace removal: Astro 7's default 'jsx' mode can glue words across inline tags.
  compressHTML: true,
  devToolbar: { enabled: false },
  // After the build, in order: later facts checked (content/checks/later-facts.yaml), glossary terms marked (a rehype plugin run over each whole page,
  // not markdown.rehypePlugins: "first use on a page" spans several MDX bodies and YAML text, and
  // Astro 7's Markdown engine runs no rehype plugins; see src/integrations/glossary-terms.ts),
  // table cells labelled and printed sources numbered (src/integrations/reader-markup.ts),
  // URLs made relative (Astro has no relative base), then the search index.
  integrations: [mdx(), laterFactsCheck(), glossaryTerms(), readerMarkup(), relativeUrls(), searchIndex()],
  vite: {
    // Every script is a file, never inlined, so pages work under a strict Content-Security-Policy.
    build: { assetsInlineLimit: 0 },
    // Chunks that scripts load on demand are found relative to the script, not the server root.
    experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  },
});
