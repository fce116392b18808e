/**
 * Where to put the card next to the sentence it explains. Pure geometry (viewport
 * coordinates), so it is tested without a browser.
 *
 * The sentence is what the reader is comparing, so it must stay visible. In order:
 * 1. below the sentence, if the whole card fits there;
 * 2. above it, if the whole card fits there;
 * 3. beside it (right, then left), narrowed to the free width, if at least
 *    `minWidth` is free; the card's body scrolls if it is then too tall;
 * 4. below or above, whichever is larger, shortened to fit (the body scrolls),
 *    if at least `minHeight` is free;
 * 5. only when the sentence itself fills the viewport: clamped on screen over it.
 * Trade-off: 3 before 4 keeps the card readable at full height on wide pages; on
 * narrow ones (zoom, phones) there is no room beside and the card gets shorter.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacementInput {
  /** Bounding box of the sentence's line boxes. */
  anchor: Box;
  /** The card's natural size (before any placement constraint). */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  gap: number;
  /** Narrowest card worth showing beside the sentence. */
  minWidth: number;
  /** Shortest card worth showing above or below the sentence. */
  minHeight: number;
  /** The card's height at a narrower width (the DOM layer measures it); default: the viewport's. */
  heightAtWidth?: (width: number) => number;
}

export interface Placement {
  side: 'below' | 'above' | 'right' | 'left' | 'over';
  top: number;
  left: number;
  /** Set when the card must be narrower than its natural width. */
  width?: number;
  /** Set when the card must be shorter than its natural height. */
  maxHeight?: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(x, hi));

export function placeCard({ anchor, card, viewport, gap, minWidth, minHeight, heightAtWidth }: PlacementInput): Placement {
  const vw = viewport.width;
  const vh = viewport.height;
  const width = Math.min(card.width, vw - 2 * gap);
  const alignedLeft = clamp(anchor.left, gap, vw - width - gap);
  const below = vh - anchor.bottom - 2 * gap;
  const above = anchor.top - 2 * gap;

  if (card.height <= below) return { side: 'below', top: anchor.bottom + gap, left: alignedLeft };
  if (card.height <= above) return { side: 'above', top: anchor.top - gap - card.height, left: alignedLeft };

  const right = vw - anchor.right - 2 * gap;
  const left = anchor.left - 2 * gap;
  const sideways = right >= left ? { side: 'right' as const, room: right } : { side: 'left' as const, room: left };
  if (sideways.room >= minWidth) {
    const w = Math.min(card.width, sideways.room);
    const maxHeight = vh - 2 * gap;
    // A narrower card is taller than its natural height.
    const natural = w < card.width ? (heightAtWidth?.(w) ?? maxHeight) : card.height;
    const h = Math.min(natural, maxHeight);
    return {
      side: sideways.side,
      top: clamp(anchor.top, gap, vh - h - gap),
      left: sideways.side === 'right' ? anchor.right + gap : anchor.left - gap - w,
      width: w < card.width ? w : undefined,
      maxHeight: natural > maxHeight ? maxHeight : undefined,
    };
  }

  const room = Math.max(below, above);
  if (room >= minHeight) {
    return below >= above
      ? { side: 'below', top: anchor.bottom + gap, left: alignedLeft, maxHeight: below }
      : { side: 'above', top: anchor.top - gap - room, left: alignedLeft, maxHeight: room };
  }
  const h = Math.min(card.height, vh - 2 * gap);
  return { side: 'over', top: clamp(anchor.bottom + gap, gap, vh - h - gap), left: alignedLeft, maxHeight: h < card.height ? h : undefined };
}
