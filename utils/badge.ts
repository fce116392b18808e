/**
 * The toolbar badge for a tab: how many indexed claims the page states. Pure.
 * Hidden (empty text) at zero and while paused, so an idle Parallax is quiet.
 */
export function badgeText(count: number, paused: boolean): string {
  if (paused || !Number.isFinite(count) || count <= 0) return '';
  // The badge fits about four characters; more than 99 claims on a page is not news.
  return count > 99 ? '99+' : String(Math.floor(count));
}
