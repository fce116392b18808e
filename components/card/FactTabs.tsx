/**
 * The claims one page sentence states ("61 percent of AI patent applications,
 * while ... 18 percent of GDP"), as tabs above the card's body. ARIA tabs
 * pattern: one tab in the Tab order, arrow keys move between tabs and select.
 */
import type { FactTab } from './card-model';

export const factTabId = (claimId: string) => `px-tab-${claimId}`;
export const FACT_PANEL_ID = 'px-fact-panel';

export function FactTabs({ facts, selected, onSelect }: { facts: FactTab[]; selected: string; onSelect: (claimId: string) => void }) {
  const move = (list: Element | null, from: number, step: number) => {
    const next = facts[(from + step + facts.length) % facts.length]!;
    onSelect(next.claimId);
    // Tabs are keyed by claim, so this element survives the re-render.
    list?.querySelector<HTMLElement>(`#${factTabId(next.claimId)}`)?.focus();
  };
  return (
    <div class="px-facts">
      <p class="px-facts-label" id="px-facts-label">
        {facts.length} facts in this sentence
      </p>
      <div role="tablist" aria-labelledby="px-facts-label" class="px-tablist">
        {facts.map((f, i) => {
          const isSelected = f.claimId === selected;
          return (
            <button
              key={f.claimId}
              type="button"
              role="tab"
              id={factTabId(f.claimId)}
              class="px-tab"
              aria-selected={isSelected}
              aria-controls={FACT_PANEL_ID}
              tabIndex={isSelected ? 0 : -1}
              title={f.summary}
              onClick={() => onSelect(f.claimId)}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
                if (e.key === 'Home' || e.key === 'End') {
                  e.preventDefault();
                  move(e.currentTarget.parentElement, e.key === 'Home' ? 0 : facts.length - 1, 0);
                } else if (step) {
                  e.preventDefault();
                  move(e.currentTarget.parentElement, i, step);
                }
              }}
            >
              <span class="px-tab-label">{f.label ?? f.summary}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
