/**
 * "Check a quote" in the popup: paste text, see the same quote check the page's
 * context menu opens. The panel's styles are written for Parallax's shadow
 * root (`:host` colour variables), so it is rendered into a shadow root here
 * too: one stylesheet, and no class collisions with the popup's own CSS.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IndexView } from '@/utils/index/view';
import cardCss from '@/components/card/card.css?inline';
import quoteCheckCss from '@/components/quote-check/quote-check.css?inline';
import { QuoteCheckPanel } from '../quote-check/QuoteCheckPanel';

/** Longer texts are not quotes (the context menu caps the selection the same way). */
const MAX_CHARS = 2000;

function ShadowPanel({ index, text }: { index: IndexView; text: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!root.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = `${cardCss}\n${quoteCheckCss}`;
      root.append(style);
    }
    let mount = root.querySelector<HTMLElement>('.px-quote-mount');
    if (!mount) {
      mount = document.createElement('div');
      mount.className = 'px-quote-mount';
      root.append(mount);
    }
    render(<QuoteCheckPanel index={index} text={text} showHeading={false} />, mount);
  }, [index, text]);
  useEffect(() => () => {
    const mount = host.current?.shadowRoot?.querySelector<HTMLElement>('.px-quote-mount');
    if (mount) render(null, mount);
  }, []);
  return <div ref={host} class="px-quote-result" />;
}

export function QuoteBox({ index }: { index: IndexView }) {
  const [draft, setDraft] = useState('');
  const [checked, setChecked] = useState('');
  return (
    <div class="px-quote-box">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(draft.trim().slice(0, MAX_CHARS));
        }}
      >
        <label for="px-quote-input">Paste a quote or a sentence to check it against the index</label>
        <textarea
          id="px-quote-input"
          rows={3}
          maxLength={MAX_CHARS}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          placeholder="e.g. “We stood in danger of losing our pre-eminence”"
        />
        <button type="submit" class="px-button" disabled={draft.trim() === ''}>
          Check quote
        </button>
      </form>
      {checked && <ShadowPanel index={index} text={checked} />}
    </div>
  );
}
