/**
 * Cooperative scheduling for page work: long jobs are written as generators
 * that `yield` between small steps, and `runSliced` runs them in slices of a
 * few milliseconds, giving the event loop back between slices so no task the
 * page sees grows past ~50 ms (the long-task threshold), even on a
 * 50,000-word page.
 *
 * Trade-off: a smaller budget keeps input snappier but adds a macrotask hop
 * per slice (≈1–4 ms each with setTimeout clamping); 8 ms keeps total scan time
 * within ~1.5× of an unsliced run on the long fixtures.
 */
export const DEFAULT_SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Give the event loop a turn: scheduler.yield() where it exists (keeps our priority), else a macrotask. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run a step generator to completion, yielding to the event loop whenever a slice's budget is spent.
 * Rejects with the signal's reason (an AbortError by default) once `signal` aborts.
 */
export async function runSliced<T>(
  steps: Generator<unknown, T>,
  opts: { signal?: AbortSignal; budgetMs?: number } = {},
): Promise<T> {
  const budget = opts.budgetMs ?? DEFAULT_SLICE_MS;
  let sliceStart = performance.now();
  for (;;) {
    opts.signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budget) {
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
