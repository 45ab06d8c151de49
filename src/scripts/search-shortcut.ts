// "/" moves focus to the search box, as on GOV.UK and most documentation sites, unless the
// reader is already typing somewhere.
addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  const box = document.querySelector<HTMLInputElement>('#search-q, #site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
});
