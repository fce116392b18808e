/**
 * The comparison card: how each kind of outlet reported the claim a page
 * sentence states. A non-modal dialog: focus moves in on open; Escape or the
 * close button closes it (focus return is the container's job).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CardModel } from './card-model';
import { ReportItem } from './ReportItem';

export interface ClaimCardProps {
  model: CardModel;
  onClose: () => void;
  /** Focus the card when it opens (off in tests that render statically). */
  autoFocus?: boolean;
}

export function ClaimCard({ model, onClose, autoFocus = true }: ClaimCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `px-title-${model.claimId}`;
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [model.claimId, autoFocus]);
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
      <div class="px-body">
        <p class="px-summary">{model.summary}</p>
        <figure class="px-sentence">
          <figcaption>On this page</figcaption>
          <blockquote>{model.sentence}</blockquote>
        </figure>
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
