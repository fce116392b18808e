/**
 * Background service worker: toolbar badge, toolbar icon, keyboard command relay,
 * the "Check quote with Parallax" context-menu item, and loading the full content
 * script into pages the first stage lets through.
 *
 * MV3 may stop this worker at any moment, so it holds no state that matters: every
 * listener is registered synchronously on start (so events wake it), and each handler
 * recomputes from the message it got or from storage.
 */
import { registerCommandRelay } from './command-relay';
import { registerMatchBadge } from './match-badge';
import { registerPauseIcon } from './pause-icon';
import { registerQuoteCheckMenu } from './quote-check-menu';
import { registerStageLoader } from './stage-loader';

export default defineBackground(() => {
  registerMatchBadge();
  registerCommandRelay();
  registerPauseIcon();
  registerQuoteCheckMenu();
  registerStageLoader();
});
