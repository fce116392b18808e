/** Text offsets → DOM Ranges, built only when painting (anchors stay offsets). */
import { positionAt, type PageText } from './page-text';

/**
 * A Range spanning [start, end) of the page text, across element boundaries
 * (a sentence split by <a> or <em> is one range). Null when the offsets no
 * longer map to attached nodes (the page changed since the scan).
 */
export function rangeFromOffsets(pt: PageText, start: number, end: number): Range | null {
  const from = positionAt(pt, start, 'start');
  const to = positionAt(pt, end, 'end');
  if (!from || !to) return null;
  if (!from.node.isConnected || !to.node.isConnected) return null;
  if (from.offset > from.node.length || to.offset > to.node.length) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}
