/**
 * Painting through the CSS Custom Highlight API: no wrapper elements, so the
 * page's DOM is untouched and re-rendering pages cannot strip our marks.
 *
 * Fallback where CSS.highlights is missing (Firefox < 140, so older ESR
 * releases): we paint nothing rather than wrap sentences in <mark>. Wrapping
 * would change the page's DOM (breaking page scripts and our own no-DOM-change
 * guarantee) for a shrinking set of browsers; matches stay reachable through
 * the keyboard commands (focus announces the sentence and Enter opens the
 * card) and the popup's list. Firefox ESR 153 (used in CI) supports it.
 */
export const HIGHLIGHT_NAME = 'parallax';
export const ACTIVE_HIGHLIGHT_NAME = 'parallax-active';

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private readonly enabled = supportsHighlights();

  paint(ranges: Range[]): void {
    if (!this.enabled) return;
    if (ranges.length === 0) CSS.highlights.delete(HIGHLIGHT_NAME);
    else CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  }

  setActive(range: Range | null): void {
    if (!this.enabled) return;
    if (range) {
      const active = new Highlight(range);
      active.priority = 1;
      CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
    } else CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
  }

  destroy(): void {
    if (!this.enabled) return;
    CSS.highlights.delete(HIGHLIGHT_NAME);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
  }
}
