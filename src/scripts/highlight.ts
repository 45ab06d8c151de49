// A page opened from a search result carries its terms in ?highlight=; only then is Pagefind's
// highlighter loaded, from the bundle beside the site root, to mark them.
if (new URLSearchParams(location.search).has('highlight')) {
  const root = new URL(document.body.dataset.siteRoot ?? './', location.href);
  import(/* @vite-ignore */ new URL('pagefind/pagefind-highlight.js', root).href)
    .then(() => {
      const Highlight = (window as unknown as { PagefindHighlight?: new (options: object) => unknown }).PagefindHighlight;
      // addStyles: false — Pagefind would add a <style> element, which the CSP blocks; site.css styles <mark>.
      if (Highlight) new Highlight({ highlightParam: 'highlight', addStyles: false });
    })
    .catch(() => undefined);
}
