/**
 * The first stage, as a function of its page (the entrypoint, entrypoints/
 * probe.content.ts, only wires it to the browser). After the page is idle it
 * reads the text in slices, block by block, sentence by sentence, and stops at
 * the first sentence the filter lets through: then it asks for the full
 * content script. A page that passes nothing stays watched (late loads, SPA
 * routes) at the cost of a MutationObserver and an idle slice per change.
 *
 * Nothing here touches the page: no element, no attribute, no event it could see.
 */
import { segmentSentences } from '@/utils/text/segment';
import type { Prefilter } from '@/utils/prefilter/filter';
import { blockSteps } from './page-text';

export interface ProbeHost {
  /** Runs `fn` when the page is idle, with a deadline (ms left). */
  idle(fn: (timeLeft: () => number) => void): void;
  /** The first full read found nothing that can match (the badge shows no count). */
  onNoMatch(): void;
  /** Called once, when the page can match (or a message needs the full script, passed on). */
  handOver(replay?: { type: 'check-quote'; text: string }): Promise<unknown>;
  signal: AbortSignal;
}

export type ProbeState = 'reading' | 'no-match' | 'handed-over';

/** Milliseconds of work per slice at most (idle callbacks may offer up to 50). */
const SLICE_MS = 5;

export class Probe {
  state: ProbeState = 'reading';
  private observer: MutationObserver | undefined;
  private readonly queue: Node[] = [];
  private steps: Generator<void, void> | undefined;
  private scheduled = false;

  constructor(
    private readonly filter: () => Prefilter,
    private readonly host: ProbeHost,
  ) {
    host.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Read `root` (the body), then watch it. */
  start(root: Node): void {
    this.queue.push(root);
    this.schedule();
  }

  /** Hand over to the full script (now, with `replay`, when a message only it can answer arrived). */
  handOver(replay?: { type: 'check-quote'; text: string }): Promise<unknown> {
    if (this.state === 'handed-over') return Promise.resolve(undefined);
    this.stop();
    this.state = 'handed-over';
    return this.host.handOver(replay);
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.queue.length = 0;
    this.steps = undefined;
  }

  private onBlock = (text: string): boolean => {
    const filter = this.filter();
    for (const s of segmentSentences(text)) if (filter.sentenceCanMatch(text, s.start, s.end)) return true;
    return false;
  };

  private schedule(): void {
    if (this.scheduled || this.state === 'handed-over' || this.host.signal.aborted) return;
    this.scheduled = true;
    this.host.idle((timeLeft) => {
      this.scheduled = false;
      this.slice(timeLeft);
    });
  }

  private slice(timeLeft: () => number): void {
    if (this.state === 'handed-over' || this.host.signal.aborted) return;
    const end = performance.now() + Math.min(SLICE_MS, Math.max(1, timeLeft()));
    let found = false;
    const onBlock = (text: string) => (found = this.onBlock(text));
    while (performance.now() < end) {
      if (!this.steps) {
        const next = this.queue.shift();
        if (!next) break;
        if (!next.isConnected) continue;
        this.steps = blockSteps(next, onBlock, 100);
      }
      if (this.steps.next().done) this.steps = undefined;
      if (found) {
        void this.handOver();
        return;
      }
    }
    if (this.steps || this.queue.length > 0) {
      this.schedule();
      return;
    }
    if (this.state === 'reading') {
      this.state = 'no-match';
      this.host.onNoMatch();
      this.watch();
    }
  }

  /** Text that arrives later: read the changed blocks. */
  private watch(): void {
    const body = document.body;
    if (!body || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') {
          if (r.target.parentNode) this.queue.push(r.target.parentNode);
        } else r.addedNodes.forEach((n) => this.queue.push(n.nodeType === 3 && n.parentNode ? n.parentNode : n));
      }
      // A burst of changes (a framework rendering) can name thousands of nodes: read the body once instead.
      if (this.queue.length > 500) this.queue.splice(0, this.queue.length, body);
      this.schedule();
    });
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }
}
