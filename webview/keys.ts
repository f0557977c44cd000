// Arrow keys within a list: ArrowDown/ArrowUp (and Right/Left) move focus between the focusable
// items ([data-nav]) of the nearest list (ul, ops table); Home/End jump to its ends. An ops table is
// one Tab stop (roving tabindex: the item last reached keeps tabindex 0); Enter and Space activate
// because every item is a real <button>.

const LIST = 'ul, table.opstab, .ops';

export function navKey(e: KeyboardEvent): void {
  const k = e.key;
  if (!['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(k)) return;
  const t = e.target as HTMLElement | null;
  if (!t || !t.matches('[data-nav]')) return;
  const list = t.closest(LIST);
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-nav]')].filter((el) => el.offsetParent !== null);
  const i = items.indexOf(t);
  if (i < 0) return;
  const j = k === 'Home' ? 0 : k === 'End' ? items.length - 1 : k === 'ArrowDown' || k === 'ArrowRight' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1);
  if (j !== i) {
    if (t.tabIndex === 0 && list.matches('table.opstab')) {
      t.tabIndex = -1;
      items[j].tabIndex = 0;
    }
    items[j].focus();
  }
  e.preventDefault();
}
