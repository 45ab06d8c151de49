// Before printing, give every link in the main text its full address, which the print
// stylesheet shows after the link: a relative address means nothing on paper.
addEventListener('beforeprint', () => {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) a.dataset.printHref = a.href;
});
