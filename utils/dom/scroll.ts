/** Bring a range into view if it is not: its element centred, then nudged if the range itself is still off screen. */
export function scrollRangeIntoView(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const after = range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > window.innerHeight) window.scrollBy({ top: after.top - window.innerHeight / 3, behavior: 'instant' });
}
