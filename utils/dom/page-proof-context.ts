/**
 * A content-script context the page cannot switch off or steer.
 *
 * WXT's ContentScriptContext ends itself when the document receives its
 * "content script started" CustomEvent, and it posts that event's name (with
 * the extension's id) to the page: any page could shut Parallax down for good
 * with one dispatchEvent. Its location watcher also reports navigations
 * through a window event a page can dispatch. This context wraps WXT's and
 *
 * - ends only when the extension really is gone (`isAlive()` false: its
 *   runtime id disappears when it is updated, reloaded or removed) or when a
 *   newer copy of Parallax starts in the same isolated world (a handoff
 *   through that world's own global, which page script cannot reach);
 *   WXT's context ending for any other reason (a page-dispatched event) is
 *   ignored;
 * - reports SPA navigations to its own listeners, never through page events;
 * - ties every listener to its signal (no per-call abort listeners).
 *
 * It offers the part of ContentScriptContext Parallax's behaviours use.
 */
import type { ContentScriptContext } from '#imports';

const HANDOFF = '__parallaxContentStop';

type Handler = (event: Event) => void;

export class PageProofContext {
  private readonly controller = new AbortController();
  private readonly locationHandlers = new Set<() => void>();
  private locationWatching = false;

  constructor(
    private readonly wxt: ContentScriptContext,
    private readonly isAlive: () => boolean,
    private readonly global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
  ) {
    // A newer Parallax in this world stops the older one (reinjection); the page has no access to this global.
    const previous = this.global[HANDOFF];
    if (typeof previous === 'function') (previous as () => void)();
    const stop = () => this.abort('A newer Parallax content script started');
    this.global[HANDOFF] = stop;
    this.signal.addEventListener('abort', () => {
      if (this.global[HANDOFF] === stop) delete this.global[HANDOFF];
    }, { once: true });
    const onWxtAbort = () => {
      if (!this.isAlive()) this.abort('Extension context invalidated');
    };
    if (wxt.signal.aborted) onWxtAbort();
    else wxt.signal.addEventListener('abort', onWxtAbort, { once: true, signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** WXT's ContentScriptContext options (createShadowRootUi reads cssInjectionMode). */
  get options(): ContentScriptContext['options'] {
    return this.wxt.options;
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && !this.isAlive()) this.abort('Extension context invalidated');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    if (!this.signal.aborted) this.controller.abort(reason);
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb, { once: true });
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  addEventListener(target: EventTarget, type: string, handler: Handler, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') {
      this.watchLocation();
      const listener = () => handler(new Event('locationchange'));
      this.locationHandlers.add(listener);
      this.signal.addEventListener('abort', () => this.locationHandlers.delete(listener), { once: true });
      return;
    }
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** URL changes (pushState, replaceState, popstate, hash) polled cheaply and on the events that signal them. */
  private watchLocation(): void {
    if (this.locationWatching) return;
    this.locationWatching = true;
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      for (const handler of [...this.locationHandlers]) handler();
    };
    // A page can dispatch these events; they only make us compare the URL.
    window.addEventListener('popstate', check, { signal: this.signal });
    window.addEventListener('hashchange', check, { signal: this.signal });
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    // 'navigatesuccess' fires after a same-document navigation committed (the URL has changed).
    navigation?.addEventListener?.('navigatesuccess', check, { signal: this.signal });
    const id = setInterval(check, 500);
    this.signal.addEventListener('abort', () => clearInterval(id), { once: true });
  }

  /** Typed as WXT's context for the behaviours (the subset they use is implemented here). */
  asContext(): ContentScriptContext {
    return this as unknown as ContentScriptContext;
  }
}
