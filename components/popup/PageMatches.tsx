/**
 * "On this page": the claims the page states, in page order, each with the categories
 * that reported it; choosing one reveals it on the page. Or, in plain words, why there is
 * nothing to list.
 */
import type { ComponentChildren } from 'preact';
import type { Category } from '@/utils/index/schema';
import type { PageMatch } from '@/utils/messages';
import { UNREADABLE_TEXT } from '@/utils/page-access';
import { CategoryChip } from '../shared/CategoryChip';
import type { PageState } from './use-page-state';

export interface PageMatchesProps {
  state: PageState;
  categories: readonly Category[];
  onReveal(claimId: string): void;
}

function Notice({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="px-notice" data-testid="page-notice">
      <p class="px-notice__title">{title}</p>
      {children && <p class="px-muted">{children}</p>}
    </div>
  );
}

function MatchItem({ match, categories, onReveal }: { match: PageMatch; categories: readonly Category[]; onReveal(id: string): void }) {
  const chips = categories.filter((c) => match.categories.includes(c.id));
  return (
    <li>
      <button type="button" class="px-match" data-claim-id={match.claimId} onClick={() => onReveal(match.claimId)}>
        <span class="px-match__summary">{match.summary}</span>
        {chips.length > 0 && (
          <span class="px-match__chips">
            <span class="px-sr-only">Reported by: </span>
            {chips.map((c) => (
              <CategoryChip key={c.id} category={c} />
            ))}
          </span>
        )}
      </button>
    </li>
  );
}

export function PageMatches({ state, categories, onReveal }: PageMatchesProps) {
  switch (state.kind) {
    case 'loading':
      return <Notice title="Looking at this page…" />;
    case 'no-tab':
      return <Notice title="There is no open page to look at." />;
    case 'unreadable':
      return <Notice title="Parallax can’t read this page.">{UNREADABLE_TEXT[state.reason]}</Notice>;
    case 'not-loaded':
      return (
        <Notice title="Parallax hasn’t read this page yet.">
          Reload the page to let Parallax read it (pages opened before Parallax was installed or updated need this).
        </Notice>
      );
    case 'paused':
      return <Notice title="Parallax is paused here.">Turn off the pause below to see highlights again.</Notice>;
    case 'scanning':
      return <Notice title="Still reading this page…" />;
    case 'error':
      return <Notice title="Something went wrong while asking the page.">{state.message}</Notice>;
    case 'ok':
      if (state.matches.length === 0) {
        return (
          <Notice title="No claims from the index on this page.">
            Parallax highlights sentences that state a fact from its claims index. Source filters can hide some.
          </Notice>
        );
      }
      return (
        <>
          <p class="px-muted px-count">
            {state.matches.length === 1 ? '1 claim' : `${state.matches.length} claims`} on this page. Choose one to show
            it.
          </p>
          <ol class="px-matches">
            {state.matches.map((m) => (
              <MatchItem key={m.claimId} match={m} categories={categories} onReveal={onReveal} />
            ))}
          </ol>
        </>
      );
  }
}
