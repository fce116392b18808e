/**
 * Watches the page for changes that can add or remove claims (late-loading
 * articles, infinite scroll, SPA re-renders) and asks for a rescan, debounced.
 *
 * Small batches are inspected mutation by mutation so changes we never read
 * (typing in a contenteditable or textarea, script/style churn, Parallax's own
 * UI) cause no rescan at all. A batch touching more than 1,000 nodes is not
 * worth inspecting: it triggers one full rescan straight away.
 */
export const MUTATION_DEBOUNCE_MS = 300;
export const FULL_RESCAN_NODES = 1000;

const UNREAD = 'script, style, noscript, template, textarea, [contenteditable]:not([contenteditable="false"])';

export interface MutationWatcherOptions {
  root: Node;
  /** True for changes to Parallax's own nodes (its host element and what is inside). */
  isOwn: (m: MutationRecord) => boolean;
  onChange: () => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Stops watching when aborted. */
  signal: AbortSignal;
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private timer: number | undefined;
  private pendingNodes = 0;

  constructor(private readonly opts: MutationWatcherOptions) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.observer.observe(opts.root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'open'],
    });
    opts.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  private onRecords(records: MutationRecord[]): void {
    let touched = 0;
    for (const m of records) touched += m.type === 'childList' ? m.addedNodes.length + m.removedNodes.length : 1;
    if (this.pendingNodes + touched > FULL_RESCAN_NODES) {
      this.pendingNodes = 0;
      this.cancel();
      this.opts.onChange();
      return;
    }
    const relevant = records.some((m) => !this.opts.isOwn(m) && !isUnread(m));
    if (!relevant) return;
    this.pendingNodes += touched;
    // Not reset by later mutations: a page that changes every 100 ms still gets rescanned.
    this.timer ??= this.opts.setTimeout(() => {
      this.timer = undefined;
      this.pendingNodes = 0;
      this.opts.onChange();
    }, MUTATION_DEBOUNCE_MS);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.opts.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private destroy(): void {
    this.cancel();
    this.observer.disconnect();
  }
}

function isUnread(m: MutationRecord): boolean {
  const el = m.target.nodeType === Node.ELEMENT_NODE ? (m.target as Element) : m.target.parentElement;
  return !!el?.closest(UNREAD);
}
