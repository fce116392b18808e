/**
 * Copies a text (a citation) and says so through a polite live region.
 *
 * navigator.clipboard needs a secure page and the document's focus; on an http
 * page, or when the browser refuses, the text is shown selected in a read-only
 * textarea. There we also try execCommand('copy'): deprecated, but still the
 * only synchronous copy that works in a content script without the
 * clipboardWrite permission, and harmless when it fails (the reader can press
 * Ctrl+C on the selection).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

type Status = 'idle' | 'copied' | 'manual';

export function CopyButton({ text, label, describedBy }: { text: string; label: string; describedBy?: string }) {
  const [status, setStatus] = useState<Status>('idle');
  const [count, setCount] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (status !== 'manual' || !area.current) return;
    area.current.focus();
    area.current.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    if (copied) setStatus('copied');
  }, [status, count]);

  const copy = async () => {
    setCount((n) => n + 1);
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };

  return (
    <span class="px-copy">
      <button type="button" class="px-button" onClick={() => void copy()} aria-describedby={describedBy}>
        {label}
      </button>
      <span class="px-copy-status" role="status" aria-live="polite">
        {/* The count makes a second "Copied" a new announcement. */}
        {status === 'copied' ? `Copied${count > 1 ? ` (${count})` : ''}` : status === 'manual' ? 'Copying was blocked: the text is selected below, press Ctrl+C (⌘C) to copy it.' : ''}
      </span>
      {status === 'manual' && <textarea ref={area} class="px-copy-text" readOnly rows={4} value={text} aria-label={label} />}
    </span>
  );
}
