/** Pause settings: everywhere, or per site (hostname). Pure. */
import { z } from 'zod';

/** The stored shape, parsed on every read; what is not the known shape falls back field by field to "not paused". */
export const PauseStateSchema = z
  .object({
    everywhere: z.boolean().catch(false),
    /** Hostnames (e.g. "www.globaltimes.cn") where Parallax is paused. */
    sites: z
      .array(z.unknown())
      .catch([])
      .transform((xs) => xs.filter((x): x is string => typeof x === 'string')),
  })
  .catch({ everywhere: false, sites: [] });

export type PauseState = z.infer<typeof PauseStateSchema>;

export const NOT_PAUSED: PauseState = { everywhere: false, sites: [] };

export function isPausedFor(state: PauseState, hostname: string): boolean {
  return state.everywhere || state.sites.includes(hostname.toLowerCase());
}

export function togglePausedSite(state: PauseState, hostname: string): PauseState {
  const host = hostname.toLowerCase();
  const sites = state.sites.includes(host) ? state.sites.filter((s) => s !== host) : [...state.sites, host];
  return { ...state, sites };
}
