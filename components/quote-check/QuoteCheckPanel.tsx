/**
 * Quote check results for a text: the verdict in plain words, then each
 * outlet's version with its word differences from the text, the primary source
 * (or why there is none), lineage, and differing figures. Self-contained: give
 * it the index and the text (the content script's panel and the popup's
 * "paste text" box both mount it). All text is rendered as text.
 */
import { useMemo } from 'preact/hooks';
import type { IndexView } from '../../utils/index/view';
import { checkQuote, describeChanges, possessive, type ClaimCheck, type QuoteVersion, type Verdict } from '../../utils/quote-check';
import { formatDate } from '../../utils/text/dates';
import { FigureTableView } from '../card/FigureTableView';
import { describeSentenceSource, describeStep } from '../card/lineage';
import { figureTable } from '../card/numbers';
import { WordDiff } from '../card/WordDiff';

export interface QuoteCheckPanelProps {
  index: IndexView;
  text: string;
  /** Render the "Quote check" heading (off when a surrounding dialog has its own). */
  showHeading?: boolean;
}

const SOURCE_NAME: Record<QuoteVersion['source'], string> = {
  quote: 'quotation',
  excerpt: 'sentence',
  restatement: 'restatement',
};

function versionVerdict(v: QuoteVersion): string {
  switch (v.verdict) {
    case 'exact':
      return 'Exact: same words and punctuation';
    case 'same-words':
      return 'Same words, different punctuation or spelling';
    case 'shortened':
      return `Shortened: the text leaves out ${v.leftOut.map((w) => `“${w}”`).join(', ')}`;
    case 'contains':
      return 'The text contains this version word for word, with more around it';
    case 'altered':
      return `Altered: ${describeChanges(v.changes, 'this version')}`;
    default:
      return 'Different words: this outlet states the same claim in its own words';
  }
}

const VERDICT_CLASS: Record<Verdict, string> = {
  exact: 'px-v-same',
  'same-words': 'px-v-same',
  shortened: 'px-v-partial',
  contains: 'px-v-partial',
  altered: 'px-v-changed',
  similar: 'px-v-none',
  'not-found': 'px-v-none',
};

export function QuoteCheckPanel({ index, text, showHeading = true }: QuoteCheckPanelProps) {
  const result = useMemo(() => checkQuote(index, text), [index, text]);
  return (
    <div class="px-qc">
      {showHeading && <h2 class="px-title">Quote check</h2>}
      <figure class="px-sentence">
        <figcaption>Text checked</figcaption>
        <blockquote>{result.text || '(no text)'}</blockquote>
      </figure>
      <p class={`px-verdict ${VERDICT_CLASS[result.verdict]}`}>{result.verdictText}</p>
      {result.claims.map((c) => (
        <ClaimResult key={c.claimId} index={index} check={c} />
      ))}
    </div>
  );
}

function ClaimResult({ index, check }: { index: IndexView; check: ClaimCheck }) {
  const claim = index.claim(check.claimId);
  const figures = claim && check.figuresDiffer ? figureTable(claim, check.versions.map((v) => ({ report: claim.reports[v.reportIndex]!, outletName: v.article.outletName }))) : null;
  return (
    <section class="px-qc-claim" aria-label={check.summary}>
      <p class="px-summary">{check.summary}</p>
      <p class="px-primary">
        {check.primary ? (
          <>
            Primary source: <strong>{check.primary.article.outletName}</strong>, {formatDate(check.primary.article.date)} (the speaker’s own words as published by a
            US government source or transcript).
          </>
        ) : (
          <>
            No primary source in the index (a transcript or the speaker’s own office).
            {check.earliestOriginal &&
              ` The earliest original report it has is from ${check.earliestOriginal.outletName}, ${formatDate(check.earliestOriginal.date)}.`}
          </>
        )}
      </p>
      {figures && <FigureTableView table={figures} />}
      <ul class="px-qc-versions">
        {check.versions.map((v) => (
          <li key={v.reportIndex} class="px-report">
            <div class="px-report-head">
              <span class="px-cat">{index.category(v.categoryId)?.label ?? v.categoryId}</span>
              <strong class="px-outlet">{v.article.outletName}</strong>
              {v.article.date && <span class="px-date">{formatDate(v.article.date)}</span>}
              {v.primary && <span class="px-closest">primary source</span>}
            </div>
            <p class={`px-version-verdict ${VERDICT_CLASS[v.verdict]}`}>{versionVerdict(v)}</p>
            <figure class="px-version">
              <figcaption>
                {possessive(v.article.outletName)} {SOURCE_NAME[v.source]}
              </figcaption>
              <blockquote>{v.text}</blockquote>
            </figure>
            {v.verdict !== 'exact' && v.verdict !== 'similar' && (
              <details class="px-diff-box" open={v === check.best}>
                <summary>Word differences from the text checked</summary>
                <WordDiff parts={v.diff} />
              </details>
            )}
            {v.lineage.map((step) => (
              <p class="px-lineage" key={`${step.article.id}-${step.source.id}`}>
                {describeStep(step)}
              </p>
            ))}
            {v.sentenceSources.map((s) => {
              const view = describeSentenceSource(s);
              return (
                <figure class="px-source" key={view.lead}>
                  <figcaption>{view.lead}</figcaption>
                  <blockquote>{view.excerpt}</blockquote>
                </figure>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
