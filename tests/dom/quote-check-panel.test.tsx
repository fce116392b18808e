/** The quote check panel (the popup's "paste text" box and the in-page dialog mount it), in happy-dom. */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QuoteCheckDialog } from '../../components/quote-check/QuoteCheckDialog';
import { QuoteCheckPanel } from '../../components/quote-check/QuoteCheckPanel';
import { bundledView } from '../../utils/index/bundled';

const index = bundledView;

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

const versionItem = (root: HTMLElement, outlet: string) =>
  [...root.querySelectorAll<HTMLElement>('.px-qc-versions > li')].find((li) => li.querySelector('.px-outlet')?.textContent === outlet)!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('QuoteCheckPanel', () => {
  it('The Star’s spelling: verdict, each outlet’s version, the spelling in the diff, lineage and no primary source', () => {
    const root = mount(<QuoteCheckPanel index={index} text="We stood in danger of losing our pre-eminence in this critical technology" />);
    expect(root.querySelector('h2')?.textContent).toBe('Quote check');
    expect(root.querySelector('.px-verdict')?.textContent).toBe('Exact: the same words and punctuation as The Star (Malaysia)’s quotation.');
    const gt = versionItem(root, 'Global Times');
    expect(gt.querySelector('.px-version-verdict')?.textContent).toBe('Same words, different punctuation or spelling');
    expect(gt.querySelector('.px-diff del')?.textContent).toBe('[removed: pre-eminence]');
    expect(gt.querySelector('.px-diff ins')?.textContent).toBe('[added: preeminence]');
    expect(versionItem(root, 'The Star (Malaysia)').querySelector('.px-lineage')?.textContent).toMatch(/^The Star \(Malaysia\) republishes South China Morning Post, 11 Sep 2025/);
    expect(root.querySelector('.px-primary')?.textContent).toMatch(/^No primary source in the index.*from Global Times, 11 Sep 2025\.$/);
    expect(versionItem(root, 'Unidentified WordPress auto-blog').querySelector('.px-version-verdict')?.textContent).toMatch(/^Different words/);
  });

  it('The Asia Review’s "patents": its counted thing beside Global Times’ "patent applications"', () => {
    const root = mount(<QuoteCheckPanel index={index} text="In 2024, Chinese organizations filed more than 61 percent of global AI patents." />);
    const rows = [...root.querySelectorAll('.px-figures tbody tr')].map((tr) => tr.textContent ?? '');
    expect(rows.find((r) => r.startsWith('The Asia Review'))).toMatch(/61 percent.*global AI patents/);
    expect(rows.find((r) => r.startsWith('Global Times'))).toMatch(/61 percent.*global AI patent applications/);
    expect(versionItem(root, 'The Asia Review').querySelector('.px-source figcaption')?.textContent).toBe(
      'The Asia Review’s sentence rewrites Global Times, 11 Sep 2025, which reported:',
    );
  });

  it('a primary source where the index has one', () => {
    const root = mount(<QuoteCheckPanel index={index} text="there's been a significant amount of progress at the Commerce Department" />);
    expect(root.querySelector('.px-primary')?.textContent).toMatch(/^Primary source: Office of Sen\. Ted Budd \(US Senate\), 11 Sep 2025/);
    expect(root.querySelector('.px-verdict')?.textContent).toMatch(/^Shortened: .*left out: “on the AI export package executive order”/);
  });

  it('text not in the index, and hostile text rendered as text', () => {
    const hostile = '<img src=x onerror=alert(1)> The weather was sunny across the valley.';
    const root = mount(<QuoteCheckPanel index={index} text={hostile} />);
    expect(root.querySelector('.px-verdict')?.textContent).toMatch(/^Not in the index/);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe(hostile);
  });

  it('in a dialog: labelled, no second heading, Escape closes', () => {
    const onClose = vi.fn();
    const root = mount(<QuoteCheckDialog index={index} text="losing our preeminence in this critical technology" onClose={onClose} autoFocus={false} />);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Quote check');
    expect(root.querySelectorAll('h2')).toHaveLength(1);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalled();
  });
});
