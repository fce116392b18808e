/**
 * Cooperative scheduling for page work: long jobs are written as generators
 * that `yield` between small steps, and `runSliced` runs them in slices of a
 * few milliseconds, giving the event loop back between slices so no task the
 * page sees grows past ~50 ms (the long-task threshold), even on a
 * 1,000,000-word page.
 *
 * Fairness: the yield must let the page's own timers and input run before our
 * next slice. `scheduler.yield()` does not (its continuations are queued ahead
 * of the page's tasks: a 10 ms page timer stalled for 950 ms on a
 * 1,000,000-word page), so slices resume through `scheduler.postTask` at
 * background priority where it exists (Chromium: after every page task that
 * is ready), else a `setTimeout(0)` task (queued behind timers already due).
 */
export const DEFAULT_SLICE_MS = 8;

interface SchedulerLike {
  postTask?: (cb: () => void, opts: { priority: 'background' | 'user-visible' | 'user-blocking' }) => Promise<void>;
}

/** Give the event loop a turn behind the page's own ready tasks (timers, input). */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run a step generator to completion, yielding to the event loop whenever a slice's budget is spent.
 * Rejects with the signal's reason (an AbortError by default) once `signal` aborts.
 * `onSlice` is told how long each slice ran (the caller's per-second budget).
 */
export async function runSliced<T>(
  steps: Generator<unknown, T>,
  opts: { signal?: AbortSignal; budgetMs?: number; onSlice?: (ms: number) => void } = {},
): Promise<T> {
  const budget = opts.budgetMs ?? DEFAULT_SLICE_MS;
  let sliceStart = performance.now();
  for (;;) {
    opts.signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) {
      opts.onSlice?.(performance.now() - sliceStart);
      return step.value;
    }
    const now = performance.now();
    if (now - sliceStart >= budget) {
      opts.onSlice?.(now - sliceStart);
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}

/** Run a step generator synchronously (tests, tiny pages). */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Timers tied to a signal with ONE abort listener for all of them. (WXT's
 * `ctx.setTimeout` adds an abort listener per call and never removes it, so a
 * debounced rescan on a page that changes every 400 ms leaked 150 listeners a
 * minute.) Fired and cleared timers are forgotten.
 */
export class SignalTimers {
  private readonly live = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => {
      for (const id of this.live) clearTimeout(id);
      this.live.clear();
    }, { once: true });
  }

  set(fn: () => void, ms: number): ReturnType<typeof setTimeout> | undefined {
    if (this.signal.aborted) return undefined;
    const id = setTimeout(() => {
      this.live.delete(id);
      if (!this.signal.aborted) fn();
    }, ms);
    this.live.add(id);
    return id;
  }

  clear(id: ReturnType<typeof setTimeout> | undefined): void {
    if (id === undefined) return;
    clearTimeout(id);
    this.live.delete(id);
  }

  /** Timers pending (tests). */
  get size(): number {
    return this.live.size;
  }
}
