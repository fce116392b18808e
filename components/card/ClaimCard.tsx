/**
 * The comparison card: how each kind of outlet reported the claim a page
 * sentence states. A non-modal dialog: focus moves in on open; Escape or the
 * close button closes it (focus return is the container's job). A sentence
 * that states several claims gets one tab per claim.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CardModel } from './card-model';
import { FACT_PANEL_ID, FactTabs, factTabId } from './FactTabs';
import { FigureTableView } from './FigureTableView';
import { ReportItem } from './ReportItem';

export interface ClaimCardProps {
  model: CardModel;
  onClose: () => void;
  /** Show another claim of the same sentence. */
  onSelectFact?: (claimId: string) => void;
  /** Focus the card when it opens (off in tests that render statically). */
  autoFocus?: boolean;
}

export function ClaimCard({ model, onClose, onSelectFact, autoFocus = true }: ClaimCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = 'px-card-title';
  const tabbed = model.facts.length > 1;
  // Keyed on the sentence, not the claim: switching tabs keeps focus on the tab.
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [model.sentence, autoFocus]);
  return (
    <div
      ref={ref}
      class="px-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="px-card-head">
        <h2 id={titleId} class="px-title">
          How outlets reported this
        </h2>
        <button type="button" class="px-close" aria-label="Close comparison" onClick={onClose}>
          ×
        </button>
      </div>
      {tabbed && <FactTabs facts={model.facts} selected={model.claimId} onSelect={(id) => onSelectFact?.(id)} />}
      <div
        class="px-body"
        id={tabbed ? FACT_PANEL_ID : undefined}
        role={tabbed ? 'tabpanel' : undefined}
        aria-labelledby={tabbed ? factTabId(model.claimId) : undefined}
      >
        <p class="px-summary">{model.summary}</p>
        <figure class="px-sentence">
          <figcaption>On this page</figcaption>
          <blockquote>{model.sentence}</blockquote>
        </figure>
        {model.figures && <FigureTableView table={model.figures} />}
        {model.groups.map((group) => (
          <section class="px-group" key={group.id} aria-label={group.label}>
            <h3 title={group.description}>{group.label}</h3>
            <ul>
              {group.reports.map((r) => (
                <ReportItem key={r.key} report={r} />
              ))}
            </ul>
          </section>
        ))}
        {model.hiddenCount > 0 && (
          <p class="px-hidden-note">
            {model.hiddenCount === 1 ? '1 report is' : `${model.hiddenCount} reports are`} hidden by your source filters.
          </p>
        )}
      </div>
    </div>
  );
}
