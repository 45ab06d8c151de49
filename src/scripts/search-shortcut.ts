// Control+K (Command+K on a Mac) moves focus to the search box, opening the menu it sits in on a
// small screen. It needs a modifier key, so it cannot fire by accident while a speech-input or
// single-key user is typing (WCAG 2.1.4).
addEventListener('keydown', (event) => {
  if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const box = document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  const menu = box.closest('details');
  if (menu) menu.open = true;
  box.focus();
});
