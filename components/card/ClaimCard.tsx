/**
 * The comparison card: how each kind of outlet reported the claim a page
 * sentence states. A non-modal dialog: focus moves in on open and stays in it
 * (Tab cycles); Escape or the close button closes it (focus return is the
 * container's job). A sentence that states several claims gets one tab per claim.
 *
 * First screen: the page's sentence with the words that matched the claim
 * marked (why it was flagged), then one line per outlet category with its
 * outlet's wording, the words that differ from this page marked, and a legend.
 * Full excerpts, lineage, figures, evidence and citations open on demand.
 */
import { CardDialog } from './CardDialog';
import type { CardModel, GlanceLine, RelatedView } from './card-model';
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

function Glance({ line }: { line: GlanceLine }) {
  return (
    <li class="px-glance-line" data-category={line.categoryId}>
      <div class="px-glance-head">
        <span class="px-cat">{line.categoryLabel}</span>
        <strong class="px-glance-outlet">{line.outletName}</strong>
        {line.isPage && <span class="px-note">this page’s outlet</span>}
        {line.moreOutlets.length > 0 && <span class="px-note">also {line.moreOutlets.join(', ')}</span>}
      </div>
      <p class="px-glance-words">
        {line.same && <span class="px-same-tag">same words as this page: </span>}
        {line.parts.map((p, i) =>
          p.added ? (
            <ins key={i}>
              <span class="px-sr">[only in {line.outletName}: </span>
              {p.value}
              <span class="px-sr">]</span>
            </ins>
          ) : p.removed ? (
            <del key={i}>
              <span class="px-sr">[only on this page: </span>
              {p.value}
              <span class="px-sr">]</span>
            </del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </p>
    </li>
  );
}

function RelatedBody({ related, summary }: { related: RelatedView; summary: string }) {
  const lead =
    related.reason === 'different-figures'
      ? 'This sentence gives another figure than the outlets that reported this fact.'
      : 'This sentence puts the words in another speaker’s mouth than the outlets that reported them.';
  return (
    <section class="px-related" aria-labelledby="px-related-title">
      <h3 id="px-related-title" class="px-related-title">
        <span aria-hidden="true">⚠ </span>
        {related.reason === 'different-figures' ? 'Different figure' : 'Different speaker'}: {related.detail}
      </h3>
      <p class="px-related-lead">{lead}</p>
      <p class="px-related-fact">
        Indexed fact: <span class="px-summary-inline">{summary}</span>
      </p>
      <table class="px-related-table">
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Figure</th>
          </tr>
        </thead>
        <tbody>
          {related.rows.map((row, i) => (
            <tr key={i} class={row.isPage ? 'px-this-page' : undefined}>
              <th scope="row">
                {row.who}
                {row.categoryLabel && <span class="px-note"> ({row.categoryLabel})</span>}
              </th>
              <td>
                {row.figures}
                {row.differs && <span class="px-sr"> (differs from this page)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Glanced({ model }: { model: CardModel }) {
  const anyDiff = model.glance.some((l) => !l.same);
  return (
    <>
      <p class="px-summary">{model.summary}</p>
      <section class="px-glance" aria-labelledby="px-glance-title">
        <h3 id="px-glance-title">Each kind of outlet</h3>
        {anyDiff && (
          <p class="px-legend">
            <ins>underlined green</ins>: words only in that outlet; <del>struck red</del>: words only on this page.
          </p>
        )}
        <ul>
          {model.glance.map((line) => (
            <Glance key={line.categoryId} line={line} />
          ))}
        </ul>
      </section>
      <figure class="px-sentence">
        <figcaption>
          Why this sentence was flagged: <span class="px-why">its marked words match the fact</span>
        </figcaption>
        <blockquote>{model.sentenceParts.map((p, i) => (p.matched ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</blockquote>
      </figure>
      {model.figures && <FigureTableView table={model.figures} />}
    </>
  );
}

export function ClaimCard({ model, onClose, onSelectFact, autoFocus = true }: ClaimCardProps) {
  const tabbed = model.facts.length > 1;
  return (
    // Focus keyed on the sentence, not the claim: switching tabs keeps focus on the tab.
    <CardDialog
      title={model.related ? 'This page’s figure and the outlets’' : 'How outlets reported this'}
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
        {model.related ? (
          <>
            <figure class="px-sentence">
              <figcaption>On this page</figcaption>
              <blockquote>{model.sentence}</blockquote>
            </figure>
            <RelatedBody related={model.related} summary={model.summary} />
          </>
        ) : (
          <Glanced model={model} />
        )}
        {model.hiddenCount > 0 && (
          <p class="px-hidden-note">
            {model.hiddenCount === 1 ? '1 report is' : `${model.hiddenCount} reports are`} hidden by your source filters.
          </p>
        )}
        <details class="px-details">
          <summary>Every report in full: links, lineage, evidence, citations</summary>
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
        </details>
      </div>
    </CardDialog>
  );
}
