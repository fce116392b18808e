/** The comparison card, rendered with real index data in happy-dom. */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimCard } from '../../components/card/ClaimCard';
import { buildCardModel } from '../../components/card/card-model';
import { formatDate } from '../../components/card/format';
import { lineageOf } from '../../components/card/lineage';
import { NO_FILTERS } from '../../utils/filters';
import type { ShippedIndex } from '../../utils/index/shipped';

const index = JSON.parse(readFileSync('data/generated/index.json', 'utf8')) as ShippedIndex;
const claimWithNumbers = index.claims.find((c) => c.reports.some((r) => r.numbers?.some((n) => n.unit === 'percent')))!;

function renderCard(model = buildCardModel(index, claimWithNumbers, claimWithNumbers.reports[0]!.excerpt, NO_FILTERS, 0)) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<ClaimCard model={model} onClose={() => undefined} autoFocus={false} />, root);
  return root;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('ClaimCard', () => {
  it('groups reports by category in category order, with outlet, date and link', () => {
    const root = renderCard();
    const headings = [...root.querySelectorAll('.px-group h3')].map((h) => h.textContent);
    const order = index.categories.map((c) => c.label).filter((l) => headings.includes(l));
    expect(headings).toEqual(order);
    expect(root.querySelectorAll('.px-report')).toHaveLength(claimWithNumbers.reports.length);
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')?.id);
    expect(root.textContent).toMatch(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/);
  });

  it('marks word differences with <ins>/<del> and screen-reader text', () => {
    const root = renderCard();
    const diffs = root.querySelectorAll('.px-diff');
    expect(diffs.length).toBeGreaterThan(0);
    expect(root.querySelector('.px-diff ins, .px-diff del')).not.toBeNull();
    expect(root.querySelector('.px-diff .px-sr')?.textContent).toMatch(/\[(added|removed): /);
    // The report the page sentence copies verbatim has no differences.
    expect(root.querySelector('.px-same')).not.toBeNull();
  });

  it('flags counts that differ between outlets', () => {
    const root = renderCard();
    expect([...root.querySelectorAll('.px-flag')].map((f) => f.textContent).join(' ')).toMatch(/Counts differ: '.*patent.*' here vs '.*patent.*' in the claim/);
  });

  it('writes lineage in plain words', () => {
    const derived = index.articles.find((a) => a.derivedFrom?.some((d) => d.relation === 'republishes'))!;
    const source = index.articles.find((a) => a.id === derived.derivedFrom![0]!.article)!;
    const outlet = index.outlets.find((o) => o.id === source.outlet)!;
    expect(lineageOf(index, derived.id)[0]).toMatch(new RegExp(`^Republishes ${outlet.name.replace(/[()]/g, '\\$&')}, ${formatDate(source.date)}`));
  });

  it('hides reports of filtered categories and says how many', () => {
    const category = index.outlets.find((o) => index.articles.some((a) => a.outlet === o.id && claimWithNumbers.reports.some((r) => r.article === a.id)))!.category;
    const model = buildCardModel(index, claimWithNumbers, 'x', { hiddenCategories: [category], hiddenOutlets: [] });
    expect(model.groups.map((g) => g.id)).not.toContain(category);
    expect(model.hiddenCount).toBeGreaterThan(0);
  });

  it('renders hostile page and index text as text', () => {
    const hostile = '<img src=x onerror=alert(1)> and <script>alert(2)</script>';
    const claim = { ...claimWithNumbers, summary: hostile, reports: claimWithNumbers.reports.map((r) => ({ ...r, excerpt: `${r.excerpt} ${hostile}` })) };
    const root = renderCard(buildCardModel(index, claim, hostile, NO_FILTERS));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('formats dates as "11 Sep 2025"', () => {
    expect(formatDate('2025-09-11')).toBe('11 Sep 2025');
  });
});
