/**
 * A page with a ticking clock: the content script's scanning must not add an
 * abort listener per debounced rescan (WXT's ctx.setTimeout did: 150 a minute
 * on a clock ticking every 400 ms). Runs the real startScanning against WXT's
 * real ContentScriptContext and counts the listeners on its signal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AnchorStore } from '@/entrypoints/content/anchors';
import { startScanning } from '@/entrypoints/content/scan';
import { ParallaxUi } from '@/entrypoints/content/ui';
import { bundledView } from '@/utils/index/bundled';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scanning on a ticking page', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.notifyInvalidated());

  it('keeps the number of abort listeners on the context constant', async () => {
    document.body.innerHTML = '<p id="clock">00:00:00</p><p>White House official Michael Kratsios suggested exporting full AI tech stacks to allies while restricting China.</p>';
    ctx = new ContentScriptContext('scan-listeners-test');
    const signal = ctx.signal;
    let live = 0;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      live++;
      add(type, listener, options);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
      live--;
      remove(type, listener, options);
    }) as typeof signal.removeEventListener;
    const store = new AnchorStore(bundledView);
    const ui = new ParallaxUi(ctx);
    startScanning(ctx, store, ui);
    store.settle();
    const clock = document.getElementById('clock')!.firstChild as Text;
    const counts: number[] = [];
    for (let t = 1; t <= 8; t++) {
      await sleep(400);
      clock.data = `00:00:0${t}`;
      counts.push(live);
    }
    await sleep(400);
    counts.push(live);
    // Settled after the first rescans; no growth per tick.
    expect(counts.at(-1)! - counts[1]!).toBeLessThanOrEqual(0);
  }, 20_000);
});
