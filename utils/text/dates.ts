/**
 * The index's calendar dates ("2025-09-11") as readers see them. One fixed
 * English form everywhere (card, quote check, popup search), not the reader's
 * locale, and read as plain digits so no time zone can shift the day. Pure.
 */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { year: string; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: m[1]!, month, day: Number(m[3]) } : undefined;
}

/** "2025-09-11" → "11 Sep 2025"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.day} ${SHORT_MONTHS[p.month - 1]!} ${p.year}` : iso;
}

/** "2025-09-11" → "2025, September 11" (APA 7's date for dated web articles); "n.d." without a date. */
export function apaDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.year}, ${LONG_MONTHS[p.month - 1]!} ${p.day}` : 'n.d.';
}
