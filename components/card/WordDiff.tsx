/** Word-level differences, marked with <ins>/<del> plus text for screen readers (marks alone are not announced). */
import type { WordPart } from '../../utils/text/word-diff';

export function WordDiff({ parts }: { parts: WordPart[] }) {
  return (
    <p class="px-diff">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>
            <span class="px-sr">[added: </span>
            {p.value}
            <span class="px-sr">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <span class="px-sr">[removed: </span>
            {p.value}
            <span class="px-sr">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}
