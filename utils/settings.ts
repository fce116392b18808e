/**
 * Typed settings shared by the content script, popup, options page and
 * background. Sync storage, so a reader's choices follow them across browsers.
 * Every read is parsed with the setting's zod schema (utils/filters.ts,
 * utils/pause.ts): stored values come from other versions and other machines,
 * and a malformed one falls back to the default instead of reaching the code.
 * (Browser edge: imports WXT storage; the logic on these values is in
 * utils/filters.ts and utils/pause.ts.)
 */
import { storage } from '#imports';
import { NO_FILTERS, SourceFiltersSchema, type SourceFilters } from './filters';
import { NOT_PAUSED, PauseStateSchema, type PauseState } from './pause';

/** A stored setting: values are parsed when read, and watch() hands over parsed values. */
export interface Setting<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Back to the default. */
  removeValue(): Promise<void>;
  /** Calls `cb` with each new value; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
}

function defineSetting<T>(key: `sync:${string}`, schema: { parse(raw: unknown): T }, fallback: T): Setting<T> {
  const item = storage.defineItem<unknown>(key, { fallback });
  const parse = (raw: unknown): T => (raw === null || raw === undefined ? fallback : schema.parse(raw));
  return {
    getValue: async () => parse(await item.getValue()),
    setValue: (value) => item.setValue(value),
    removeValue: () => item.removeValue(),
    watch: (cb) => item.watch((raw) => cb(parse(raw))),
  };
}

export const filtersItem: Setting<SourceFilters> = defineSetting('sync:filters', SourceFiltersSchema, NO_FILTERS);
export const pauseItem: Setting<PauseState> = defineSetting('sync:pause', PauseStateSchema, NOT_PAUSED);
