/** Pause settings: everywhere, or per site (hostname). Pure. */
export interface PauseState {
  everywhere: boolean;
  /** Hostnames (e.g. "www.globaltimes.cn") where Parallax is paused. */
  sites: string[];
}

export const NOT_PAUSED: PauseState = { everywhere: false, sites: [] };

export function isPausedFor(state: PauseState, hostname: string): boolean {
  return state.everywhere || state.sites.includes(hostname.toLowerCase());
}

export function togglePausedSite(state: PauseState, hostname: string): PauseState {
  const host = hostname.toLowerCase();
  const sites = state.sites.includes(host) ? state.sites.filter((s) => s !== host) : [...state.sites, host];
  return { ...state, sites };
}
