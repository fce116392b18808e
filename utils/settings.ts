/**
 * Typed storage items shared by the content script, popup, options page and
 * background. Sync storage, so a reader's choices follow them across browsers.
 * (Browser edge: imports WXT storage; the logic on these values is in
 * utils/filters.ts and utils/pause.ts.)
 */
import { storage } from '#imports';
import { NO_FILTERS, type SourceFilters } from './filters';
import { NOT_PAUSED, type PauseState } from './pause';

export const filtersItem = storage.defineItem<SourceFilters>('sync:filters', { fallback: NO_FILTERS });
export const pauseItem = storage.defineItem<PauseState>('sync:pause', { fallback: NOT_PAUSED });
