// Before printing, show each printed source's full address: the page writes it from the site's
// home page, which is all a reader without JavaScript gets, but a full address can be typed in.
addEventListener('beforeprint', () => {
  const list = document.querySelector('[data-print-sources]');
  if (!list) return;
  for (const a of list.querySelectorAll<HTMLAnchorElement>('a[href]')) a.textContent = a.href;
  list.querySelector('[data-print-from-home]')?.remove();
});
