/**
 * The comparison card: how each kind of outlet reported the claim a page
 * sentence states. A non-modal dialog: focus moves in on open; Escape or the
 * close button closes it (focus return is the container's job). A sentence
 * that states several claims gets one tab per claim.
 */
import { CardDialog } from './CardDialog';
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
  const tabbed = model.facts.length > 1;
  return (
    // Focus keyed on the sentence, not the claim: switching tabs keeps focus on the tab.
    <CardDialog
      title="How outlets reported this"
      titleId="px-card-title"
      closeLabel="Close comparison"
      onClose={onClose}
      focusKey={model.sentence}
      autoFocus={autoFocus}
    >
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
    </CardDialog>
  );
}
