/**
 * Watches the page for changes that can add or remove claims (late-loading
 * articles, infinite scroll, SPA re-renders) and reports them; the scanner
 * (scan.ts) coalesces them into rescans under a time budget, so a storm of
 * mutations never restarts a scan from zero.
 *
 * Changes we never read (typing in a contenteditable or textarea,
 * script/style churn, Parallax's own UI) are ignored. Large batches are not
 * inspected record by record (that would cost as much as the change): they
 * count as relevant. Each relevant batch is reported synchronously (a
 * MutationObserver callback runs before the browser paints), so painted
 * anchors whose text changed can be dropped at once.
 *
 * Shadow roots the scan entered are watched too (`watch()`): a
 * MutationObserver on the document does not see inside them.
 */
export const INSPECT_LIMIT = 1000;

const UNREAD = 'script, style, noscript, template, textarea, [contenteditable]:not([contenteditable="false"])';

export interface MutationWatcherOptions {
  root: Node;
  /** True for changes to Parallax's own nodes (its host element and what is inside). */
  isOwn: (m: MutationRecord) => boolean;
  /** Something read may have changed (called once per relevant batch). */
  onChange: () => void;
  /** Stops watching when aborted. */
  signal: AbortSignal;
}

const OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'open'],
};

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly watched = new WeakSet<Node>();

  constructor(private readonly opts: MutationWatcherOptions) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.watch(opts.root);
    opts.signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  /** Also watch this subtree (a shadow root); once per node. */
  watch(node: Node): void {
    if (this.opts.signal.aborted || this.watched.has(node)) return;
    this.watched.add(node);
    this.observer.observe(node, OPTIONS);
  }

  private onRecords(records: MutationRecord[]): void {
    const relevant = records.length > INSPECT_LIMIT || records.some((m) => !this.opts.isOwn(m) && !isUnread(m));
    if (relevant) this.opts.onChange();
  }
}

function isUnread(m: MutationRecord): boolean {
  const el = m.target.nodeType === Node.ELEMENT_NODE ? (m.target as Element) : m.target.parentElement;
  return !!el?.closest(UNREAD);
}
