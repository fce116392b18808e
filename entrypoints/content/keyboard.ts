/**
 * In-page keyboard fallback for the manifest commands (which a reader may have
 * left unassigned): Alt+Shift+. and Alt+Shift+, move between highlights, and
 * Escape closes the card from anywhere in the page. Matched on `code`, since
 * Shift and Alt change `key` ("." becomes ">" or "≥").
 */
export interface KeyboardOptions {
  onMove: (step: 1 | -1) => void;
  onEscape: () => boolean;
  signal: AbortSignal;
}

export function listenForKeys(opts: KeyboardOptions): void {
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'Period' || e.code === 'Comma')) {
        e.preventDefault();
        opts.onMove(e.code === 'Period' ? 1 : -1);
      } else if (e.key === 'Escape' && opts.onEscape()) {
        e.preventDefault();
      }
    },
    { capture: true, signal: opts.signal },
  );
}
