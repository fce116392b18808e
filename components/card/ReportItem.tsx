/** One outlet's report of the claim. All page and index text is rendered as text (Preact escapes it). */
import type { ReportView } from './card-model';
import { CopyButton } from './CopyButton';
import { WordDiff } from './WordDiff';

export function ReportItem({ report }: { report: ReportView }) {
  const outletId = `px-outlet-${report.key}`;
  return (
    <li class="px-report">
      <div class="px-report-head">
        <span class="px-cat">{report.categoryLabel}</span>
        <strong class="px-outlet" id={outletId}>
          {report.outletName}
        </strong>
        {report.date && <span class="px-date">{report.date}</span>}
        {report.closest && <span class="px-closest">closest to this page</span>}
      </div>
      <div class="px-link">
        {report.url ? (
          <a href={report.url} target="_blank" rel="noopener noreferrer">
            {report.title || report.url}
          </a>
        ) : (
          <span>{report.title || 'Article'} (no link recorded)</span>
        )}
      </div>
      {report.lineage.map((line) => (
        <p class="px-lineage" key={line}>
          {line}
        </p>
      ))}
      <blockquote class="px-excerpt">{report.excerpt}</blockquote>
      {report.sentenceSources.map((s) => (
        <figure class="px-source" key={s.lead}>
          <figcaption>{s.lead}</figcaption>
          <blockquote>{s.excerpt}</blockquote>
        </figure>
      ))}
      {report.numberFlags.map((flag) => (
        <p class="px-flag" key={flag}>
          <span aria-hidden="true">⚠ </span>
          {flag}
        </p>
      ))}
      {report.diff ? (
        <details class="px-diff-box">
          <summary>Word differences from this page</summary>
          <WordDiff parts={report.diff} />
        </details>
      ) : (
        <p class="px-same">Same words as this page.</p>
      )}
      <div class="px-report-foot">
        {report.evidence && (
          <p class="px-evidence">
            Why “{report.categoryLabel}”:{' '}
            <a href={report.evidence.url} target="_blank" rel="noopener noreferrer" title={report.classificationNote}>
              {report.evidence.label}
            </a>
          </p>
        )}
        <CopyButton text={report.citation} label="Copy citation" describedBy={outletId} />
      </div>
    </li>
  );
}
