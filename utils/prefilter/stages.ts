/**
 * The message between the two stages (pure): the first-stage script asks the
 * background to load the full content script into its frame, and may pass a
 * message the full script must then receive (a quote check the first stage got).
 */
export const LOAD_FULL_SCRIPT = 'parallax-load-full-script';

/** What the background injects (WXT's output paths for entrypoints/content). */
export const FULL_SCRIPT_FILES = { js: '/content-scripts/content.js', css: '/content-scripts/content.css' } as const;

export interface LoadFullScript {
  type: typeof LOAD_FULL_SCRIPT;
  /** A tab message to deliver to the full script once it listens. */
  replay?: { type: 'check-quote'; text: string };
}

export function isLoadFullScript(raw: unknown): raw is LoadFullScript {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  if (m.type !== LOAD_FULL_SCRIPT) return false;
  if (m.replay === undefined) return true;
  const r = m.replay as Record<string, unknown> | null;
  return typeof r === 'object' && r !== null && r.type === 'check-quote' && typeof r.text === 'string';
}
