/**
 * The match count: tells the background (the toolbar badge) how many distinct
 * claims are highlighted, and whether Parallax is paused here, when that changes.
 */
import type { ContentScriptContext } from '#imports';
import { sendToBackground } from '@/utils/messaging';
import type { AnchorStore } from './anchors';

export function startMatchCount(ctx: ContentScriptContext, store: AnchorStore): void {
  let last = '';
  const report = (): void => {
    const count = store.claimCount();
    const key = `${count}:${store.paused}`;
    if (key === last) return;
    last = key;
    sendToBackground({ type: 'page-matches-changed', count, paused: store.paused });
  };
  store.on('anchors', report, ctx.signal);
  store.on('paused', report, ctx.signal);
}
