/** "Reset settings": after a confirmation, clears source filters and pause (back to the defaults). */
import { useState } from 'preact/hooks';
import { filtersItem, pauseItem } from '@/utils/settings';

export interface ResetSettingsProps {
  /** Asks the reader to confirm; window.confirm in the browser. */
  confirm(question: string): boolean;
}

export const RESET_QUESTION =
  'Reset Parallax settings? All sources will be shown again and every pause will be turned off.';

export function ResetSettings({ confirm }: ResetSettingsProps) {
  const [message, setMessage] = useState('');
  const reset = async (): Promise<void> => {
    if (!confirm(RESET_QUESTION)) {
      setMessage('Nothing was changed.');
      return;
    }
    try {
      await Promise.all([filtersItem.removeValue(), pauseItem.removeValue()]);
      setMessage('Settings reset: every source is shown and Parallax runs on every site.');
    } catch (err) {
      setMessage(`Could not reset settings: ${String(err)}`);
    }
  };
  return (
    <div class="px-reset">
      <p>Shows every source again and turns off every pause.</p>
      <button type="button" class="px-button px-button--danger" onClick={() => void reset()}>
        Reset settings
      </button>
      <p role="status" class="px-muted">
        {message}
      </p>
    </div>
  );
}
