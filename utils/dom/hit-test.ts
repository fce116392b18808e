/** Which highlighted range is under the pointer (highlights are not elements, so no event targets). */
export interface CaretPoint {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  // WebKit/older Chromium only have the non-standard form.
  const legacy = (doc as { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Index of the range containing the point, or -1. The caret lands between
 * characters, so we also require the pointer to be inside one of the range's
 * line boxes: a click in the margin right of a line's end must not count.
 */
export function rangeIndexAt(ranges: ReadonlyArray<Range | null>, point: CaretPoint, x: number, y: number): number {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (!r || !r.isPointInRange(point.node, point.offset)) continue;
    for (const rect of r.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return i;
    }
  }
  return -1;
}
