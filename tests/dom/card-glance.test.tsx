/** Issue 13 pieces without a browser: the highlight policy, the glance, figures, related statements, no curator notes. */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimCard } from '../../components/card/ClaimCard';
import { buildCardModel, matchedParts, relatedView, shorten } from '../../components/card/card-model';
import { countsDiffer, pageFigureFlags } from '../../components/card/numbers';
import { comparisonKind, sameWords } from '../../utils/comparison';
import { NO_FILTERS } from '../../utils/filters';
import { bundledView as view } from '../../utils/index/bundled';

const outletOf = (article: string) => view.outletOfArticle(article)?.id;
const claim = (id: string) => view.claim(id)!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('highlight policy', () => {
  it('a fact only the page’s own outlet reports is not highlighted; one another outlet reports is', () => {
    const single = view.claims.find((c) => new Set(c.reports.map((r) => outletOf(r.article))).size === 1)!;
    expect(single).toBeDefined();
    const own = single.reports[0]!;
    expect(comparisonKind(view, single, own.excerpt, NO_FILTERS, undefined, 0)).toBeNull();
    // On another outlet's site, the same sentence has something to compare.
    const other = view.outlets.find((o) => o.id !== outletOf(own.article))!;
    expect(comparisonKind(view, single, own.excerpt, NO_FILTERS, other.id, 0)).not.toBeNull();
    const multi = claim('cn-227-vs-us-109-supercomputers');
    expect(comparisonKind(view, multi, multi.reports[0]!.excerpt, NO_FILTERS, undefined, 0)).toBe('differs');
  });

  it('hiding every other outlet leaves nothing to compare', () => {
    const multi = claim('cn-227-vs-us-109-supercomputers');
    const others = multi.reports.slice(1).map((r) => outletOf(r.article)!);
    expect(comparisonKind(view, multi, multi.reports[0]!.excerpt, { hiddenCategories: [], hiddenOutlets: others }, undefined, 0)).toBeNull();
  });

  it('told the same way: only when every other outlet has the page’s words and figures', () => {
    expect(sameWords('“We stood in danger,” he said.', 'We stood in danger, he said')).toBe(true);
    expect(sameWords('China operates 227 machines.', 'China operates 219 machines.')).toBe(false);
  });
});

describe('the glance', () => {
  it('one line per category, differences marked, legend; curator notes never shown', () => {
    const c = claim('us-ai-lead-narrowed-2020-2024');
    const sentence = c.reports[0]!.excerpt;
    const model = buildCardModel(view, c, sentence, NO_FILTERS, 0);
    expect(model.glance.map((l) => l.categoryId)).toEqual(model.groups.map((g) => g.id));
    const root = document.createElement('div');
    document.body.append(root);
    render(<ClaimCard model={model} onClose={() => undefined} autoFocus={false} />, root);
    expect(root.querySelectorAll('.px-glance-line')).toHaveLength(model.groups.length);
    expect(root.querySelector('.px-legend')?.textContent).toContain('words only on this page');
    expect(root.querySelector('details.px-details')?.hasAttribute('open')).toBe(false);
    expect(root.querySelectorAll('.px-sentence mark').length).toBeGreaterThan(0);
    for (const a of view.articles) if (a.urlNote) expect(root.textContent).not.toContain(a.urlNote);
    expect(root.textContent).not.toContain('URL not recorded');
  });

  it('shortens long shared runs, keeps the differences whole', () => {
    const parts = shorten([{ value: 'one two three four five six seven eight nine ten eleven twelve' }, { value: 'changed words here', added: true }]);
    expect(parts[0]!.value).toBe('one two three … ten eleven twelve');
    expect(parts[1]!.value).toBe('changed words here');
  });

  it('marks the page’s words the reports share (why the sentence was flagged)', () => {
    const parts = matchedParts('Yesterday China operates more machines overall, 227 compared to 109.', ['However, China operates more machines overall, 227 compared to America’s 109.']);
    const marked = parts.filter((p) => p.matched).map((p) => p.text.trim());
    expect(marked.join(' ')).toMatch(/China.*operates.*machines.*227/);
    expect(marked).not.toContain('Yesterday');
  });
});

describe('figures', () => {
  it('number words: "four thousand five hundred" is 4,500, no flag; 219 against 227 is flagged', () => {
    const c = claim('cn-ai-enterprises-over-4500-may-2025');
    const r = c.reports[0]!;
    expect(pageFigureFlags(r, 'By May, the country housed over four thousand five hundred AI-related companies.')).toEqual([]);
    const s = claim('cn-227-vs-us-109-supercomputers');
    expect(pageFigureFlags(s.reports[0]!, 'China operates more machines overall: 219 of them.').join(' ')).toMatch(/227.*here vs 219 on this page/);
  });

  it('"count different things" only when the counted things differ', () => {
    expect(countsDiffer('AI patent applications filed globally', 'global AI patent applications')).toBe(false);
    expect(countsDiffer('supercomputers operated by China', 'AI patents granted')).toBe(true);
  });
});

describe('related statement card', () => {
  it('this page’s figure beside each outlet’s', () => {
    const c = claim('cn-227-vs-us-109-supercomputers');
    const sentence = 'However, China operates more machines overall, 219 compared to America’s 109.';
    const model = buildCardModel(view, c, sentence, NO_FILTERS, -1);
    const related = relatedView(model, 'this page: 219; the index: 227', 'different-figures');
    expect(related.rows[0]).toMatchObject({ who: 'This page', isPage: true });
    expect(related.rows[0]!.figures).toContain('219');
    expect(related.rows.slice(1)).toHaveLength(c.reports.length);
    for (const row of related.rows.slice(1)) {
      expect(row.figures).toContain('227');
      expect(row.differs).toBe(true);
    }
    const root = document.createElement('div');
    document.body.append(root);
    render(<ClaimCard model={{ ...model, related }} onClose={() => undefined} autoFocus={false} />, root);
    expect(root.querySelector('.px-related-title')?.textContent).toContain('this page: 219');
    expect(root.querySelectorAll('.px-related-table tbody tr')).toHaveLength(c.reports.length + 1);
  });
});
