/**
 * The outlet note: on an indexed outlet's own site (and not paused), a small
 * dismissible note says which outlet it is, its category and owner, with the
 * evidence link. Shown once the settings are read; hidden while paused.
 */
import type { ContentScriptContext } from '#imports';
import { outletOfHostname } from '@/utils/outlet-of-page';
import type { AnchorStore } from './anchors';
import type { ParallaxUi } from './ui';

export function startOutletNote(ctx: ContentScriptContext, store: AnchorStore, ui: ParallaxUi): void {
  const { view } = store;
  const outlet = outletOfHostname(view, location.hostname);
  let dismissed = false;

  const show = (): void => {
    if (!store.ready) return;
    const shown = store.paused || dismissed ? undefined : outlet;
    if (!shown && !ui.host) return; // nothing shown, nothing to hide: do not mount the UI
    void ui.update({ pageOutlet: shown ? { outlet: shown, category: view.category(shown.category) } : null });
  };

  ui.handle({
    onDismissPageOutlet: () => {
      dismissed = true;
      show();
    },
  });
  store.on('ready', show, ctx.signal);
  store.on('paused', show, ctx.signal);
}
