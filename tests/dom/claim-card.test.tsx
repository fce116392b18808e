/** The comparison card, rendered with real index data in happy-dom. */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../components/card/ClaimCard';
import { buildCardModel, factLabels } from '../../components/card/card-model';
import { formatDate } from '../../utils/text/dates';
import { lineageOf } from '../../components/card/lineage';
import { OutletBanner } from '../../components/card/OutletBanner';
import { placeCard, type PlacementInput } from '../../utils/dom/place-card';
import { NO_FILTERS } from '../../utils/filters';
import { bundledView } from '../../utils/index/bundled';

const index = bundledView;
const claimWithNumbers = index.claims.find((c) => c.reports.some((r) => r.numbers?.some((n) => n.kind === 'percent')))!;

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

  it('shows differing counts side by side: outlet, figure, what is counted', () => {
    const root = renderCard();
    const table = root.querySelector('.px-figures')!;
    expect(table.querySelector('h3')?.textContent).toMatch(/Outlets count different things/);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toContainEqual(['Global Times', '61 percent', expect.stringMatching(/^share of global AI patent applications/)]);
    expect(rows).toContainEqual(['The Asia Review', '61 percent', expect.stringMatching(/^share of global AI patents filed.*\(this outlet’s version differs\)$/)]);
  });

  it('writes lineage in plain words, and quotes the earlier article’s sentence', () => {
    const derived = index.articles.find((a) => a.derivedFrom?.some((d) => d.relation === 'republishes'))!;
    const source = index.articles.find((a) => a.id === derived.derivedFrom![0]!.article)!;
    const outlet = index.outlets.find((o) => o.id === source.outlet)!;
    const own = index.outlets.find((o) => o.id === derived.outlet)!;
    expect(lineageOf(index, derived.id)[0]).toBe(`${own.name} republishes ${outlet.name}, ${formatDate(source.date)} (${derived.derivedFrom![0]!.note})`);
    const root = renderCard();
    expect(root.querySelector('.px-source figcaption')?.textContent).toBe('The Asia Review’s sentence rewrites Global Times, 11 Sep 2025, which reported:');
  });

  it('names the category with its own label and capitals', () => {
    const root = renderCard();
    const evidence = [...root.querySelectorAll('.px-evidence')].map((e) => e.textContent);
    expect(evidence.some((e) => e?.startsWith('Why “Chinese state media”:'))).toBe(true);
  });

  it('copies an APA citation; where the clipboard is refused, selects it in a read-only textarea and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = renderCard();
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy citation')!;
    button.click();
    await vi.waitFor(() => expect(button.parentElement?.querySelector('[role="status"]')?.textContent).toBe('Copied'));
    expect(writeText.mock.calls[0]![0]).toMatch(/^.+\. \(2025, September 1[12]\)\. .+\n(Quoted: “.+”)$/);

    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const other = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Copy citation')[1]!;
    other.click();
    await vi.waitFor(() => expect(other.parentElement?.querySelector('textarea')).not.toBeNull());
    const area = other.parentElement!.querySelector('textarea')!;
    expect(area.readOnly).toBe(true);
    expect(area.value).toMatch(/Quoted: “/);
    expect(other.parentElement?.querySelector('[role="status"]')?.textContent).toMatch(/Copied|Ctrl\+C/);
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

describe('a sentence that states two facts', () => {
  const patents = index.claims.find((c) => c.id === 'cn-ai-patent-share-2024')!;
  const gdp = index.claims.find((c) => c.id === 'cn-new-industries-18-percent-gdp')!;
  const sentence = patents.reports.find((r) => r.article === 'gt-2025-09-11-ai-export')!.excerpt;
  const facts = [gdp, patents].map((c) => ({ claimId: c.id, summary: c.summary }));

  it('shows one tab per fact, the best first and selected, labelled by what sets it apart', () => {
    const onSelect = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(<ClaimCard model={buildCardModel(index, gdp, sentence, NO_FILTERS, 0, facts)} onClose={() => undefined} onSelectFact={onSelect} autoFocus={false} />, root);
    expect(root.querySelector('.px-facts-label')?.textContent).toBe('2 facts in this sentence');
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs[1]!.textContent).toMatch(/^…Chinese entities accounted for more than 61 percent/);
    expect(root.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    (tabs[1] as HTMLElement).click();
    expect(onSelect).toHaveBeenCalledWith(patents.id);
    tabs[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith(patents.id);
  });

  it('one fact: no tabs', () => {
    const root = renderCard();
    expect(root.querySelector('[role="tablist"]')).toBeNull();
    expect(factLabels([{ claimId: 'a', summary: 'One summary only' }])).toEqual([{ claimId: 'a', summary: 'One summary only' }]);
  });
});

describe('OutletBanner', () => {
  it('names the outlet, its category label, owner and evidence; dismissible', () => {
    const outlet = index.outlets.find((o) => o.id === 'global-times')!;
    const category = index.categories.find((c) => c.id === outlet.category);
    const onDismiss = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(<OutletBanner outlet={outlet} category={category} onDismiss={onDismiss} />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('Global Times');
    expect(text).toContain('Chinese state media');
    expect(text).toContain("Owner: People's Daily (Chinese Communist Party)");
    expect(root.querySelector('a')?.getAttribute('href')).toBe(outlet.evidence[0]!.url);
    root.querySelector<HTMLButtonElement>('button')!.click();
    expect(onDismiss).toHaveBeenCalled();
  });
});

describe('placeCard', () => {
  const base: Omit<PlacementInput, 'anchor'> = { card: { width: 544, height: 400 }, viewport: { width: 1280, height: 800 }, gap: 8, minWidth: 288, minHeight: 128 };
  const overlaps = (p: ReturnType<typeof placeCard>, a: PlacementInput['anchor'], h: number, w: number) =>
    !(p.left + w <= a.left || p.left >= a.right || p.top + h <= a.top || p.top >= a.bottom);

  it.each([
    ['room below', { left: 94, top: 100, right: 811, bottom: 200 }, 'below'],
    ['room above only', { left: 94, top: 600, right: 811, bottom: 700 }, 'above'],
    ['no room above or below, room on the right', { left: 94, top: 330, right: 811, bottom: 470 }, 'right'],
    ['no room above, below or right: left', { left: 500, top: 330, right: 1270, bottom: 470 }, 'left'],
  ] as const)('%s → %s, not over the sentence', (_, anchor, side) => {
    const p = placeCard({ ...base, anchor });
    expect(p.side).toBe(side);
    expect(overlaps(p, anchor, p.maxHeight ?? base.card.height, p.width ?? base.card.width)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.left).toBeGreaterThanOrEqual(8);
  });

  it('narrow viewport (200% zoom): the larger of above and below, shortened to fit', () => {
    const anchor = { left: 24, top: 190, right: 616, bottom: 270 };
    const p = placeCard({ ...base, viewport: { width: 640, height: 400 }, anchor });
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(190 - 16);
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(anchor.top);
  });

  it('a sentence that fills the viewport: clamped on screen', () => {
    const p = placeCard({ ...base, viewport: { width: 640, height: 400 }, anchor: { left: 0, top: 0, right: 640, bottom: 400 } });
    expect(p.side).toBe('over');
    expect(p.top).toBeGreaterThanOrEqual(8);
  });
});
