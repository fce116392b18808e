/**
 * What the popup knows about the inspected page: asks the content script for
 * `get-page-matches` and turns the answer (or its absence) into one plain state.
 *
 * Trade-offs:
 * - No answer from an http(s) page means the content script is not there: usually a tab
 *   opened before Parallax was installed or updated, so the state says "reload" rather
 *   than "can't be read". With no URL (the browser hides it), no answer means we may not
 *   read the page.
 * - Filters and pause are applied by the content script's own storage watcher. The popup
 *   asks again shortly after a change instead of computing the result itself, so the list
 *   always shows what the page shows.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseTabReply, type PageMatch } from '@/utils/messages';
import { pageAccess, type UnreadableReason } from '@/utils/page-access';
import { filtersItem, pauseItem } from '@/utils/settings';
import type { InspectedTab, TabLink } from './tab-link';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'unreadable'; reason: UnreadableReason }
  | { kind: 'not-loaded' }
  | { kind: 'paused' }
  | { kind: 'scanning' }
  | { kind: 'ok'; matches: PageMatch[] }
  | { kind: 'error'; message: string };

/** How long to wait after a settings change before asking again (content script applies it first). */
export const SETTINGS_SETTLE_MS = 150;
/** While the page is still being read, ask again this often, this many times. */
export const SCAN_POLL_MS = 400;
export const SCAN_POLL_LIMIT = 25;

export async function readPageState(link: TabLink, tab: InspectedTab): Promise<PageState> {
  const access = pageAccess(tab.url);
  // A known URL we may not read: do not even ask. An unknown URL: the answer decides.
  if (access.kind === 'unreadable' && tab.url !== undefined) return { kind: 'unreadable', reason: access.reason };
  let answer: unknown;
  try {
    answer = await link.send(tab.id, { type: 'get-page-matches' });
  } catch {
    return access.kind === 'readable' ? { kind: 'not-loaded' } : { kind: 'unreadable', reason: access.reason };
  }
  const reply = parseTabReply('get-page-matches', answer);
  if (!reply) {
    return answer === undefined && access.kind !== 'readable'
      ? { kind: 'unreadable', reason: 'unknown' }
      : { kind: 'error', message: 'The page gave Parallax an answer it did not understand.' };
  }
  if (reply.status === 'paused') return { kind: 'paused' };
  if (reply.status === 'scanning') return { kind: 'scanning' };
  return { kind: 'ok', matches: reply.matches };
}

export function usePageState(link: TabLink): { state: PageState; tab: InspectedTab | undefined } {
  const [tab, setTab] = useState<InspectedTab | undefined>(undefined);
  const [state, setState] = useState<PageState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    let current: InspectedTab | undefined;

    const ask = async (): Promise<void> => {
      if (!current) return;
      const next = await readPageState(link, current).catch(
        (err: unknown): PageState => ({ kind: 'error', message: String(err) }),
      );
      if (!live) return;
      setState(next);
      if (next.kind === 'scanning' && polls++ < SCAN_POLL_LIMIT) timer = setTimeout(() => void ask(), SCAN_POLL_MS);
    };
    const askSoon = (): void => {
      clearTimeout(timer);
      polls = 0;
      timer = setTimeout(() => void ask(), SETTINGS_SETTLE_MS);
    };

    link
      .getTab()
      .then((t) => {
        if (!live) return;
        current = t;
        setTab(t);
        if (t) void ask();
        else setState({ kind: 'no-tab' });
      })
      .catch((err: unknown) => live && setState({ kind: 'error', message: String(err) }));

    const unwatchFilters = filtersItem.watch(askSoon);
    const unwatchPause = pauseItem.watch(askSoon);
    return () => {
      live = false;
      clearTimeout(timer);
      unwatchFilters();
      unwatchPause();
    };
  }, [link]);

  return { state, tab };
}
