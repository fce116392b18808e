/** Pause settings: everywhere, or per site (hostname). Pure. */
import { z } from 'zod/mini';
import { idList } from './filters';

/** The stored shape, parsed on every read; what is not the known shape falls back field by field to "not paused". */
export const PauseStateSchema = z.catch(
  z.object({
    everywhere: z.catch(z.boolean(), false),
    /** Hostnames (e.g. "www.globaltimes.cn") where Parallax is paused. */
    sites: idList,
  }),
  { everywhere: false, sites: [] },
);

export type PauseState = z.output<typeof PauseStateSchema>;

export const NOT_PAUSED: PauseState = { everywhere: false, sites: [] };

export function isPausedFor(state: PauseState, hostname: string): boolean {
  return state.everywhere || state.sites.includes(hostname.toLowerCase());
}

export function togglePausedSite(state: PauseState, hostname: string): PauseState {
  const host = hostname.toLowerCase();
  const sites = state.sites.includes(host) ? state.sites.filter((s) => s !== host) : [...state.sites, host];
  return { ...state, sites };
}
