/**
 * Keyboard commands (manifest `commands`) arrive here, not in the page: relay each to the
 * content script of the tab it was pressed in, as the message COMMAND_MESSAGES names.
 */
import { browser } from 'wxt/browser';
import { COMMAND_MESSAGES } from '@/utils/messages';
import { sendToTab } from '@/utils/messaging';

export async function relayCommand(command: string, tabId?: number): Promise<void> {
  const message = COMMAND_MESSAGES[command];
  if (!message) return;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return;
  // Pages without the content script (chrome://, stores, PDFs) cannot answer: nothing to do.
  await sendToTab(target, message).catch(() => undefined);
}

export function registerCommandRelay(): void {
  // Firefox's MV2 build gets commands too; guard for browsers without the API.
  browser.commands?.onCommand.addListener((command, tab) => {
    void relayCommand(command, tab?.id);
  });
}
