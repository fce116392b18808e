/** Typed messages (utils/messages.ts): what each side accepts. */
import { describe, expect, it } from 'vitest';
import { COMMAND_MESSAGES, parseBackgroundMessage, parseTabMessage, parseTabReply } from '@/utils/messages';

describe('messages to a tab', () => {
  it.each([
    { type: 'get-page-matches' },
    { type: 'reveal-claim', claimId: 'x' },
    { type: 'focus-next-highlight' },
    { type: 'focus-previous-highlight' },
    { type: 'check-quote', text: 'words' },
    ...Object.values(COMMAND_MESSAGES),
  ])('accepts %j', (message) => {
    expect(parseTabMessage(message)).toEqual(message);
  });

  it.each([undefined, null, 'get-page-matches', {}, { type: 'reveal-claim' }, { type: 'check-quote', text: 3 }, { type: 'page-matches-changed', count: 1, paused: false }])(
    'ignores %j',
    (message) => {
      expect(parseTabMessage(message)).toBeUndefined();
    },
  );

  it('parses each reply with its own type', () => {
    const ok = { status: 'ok', matches: [{ claimId: 'c', summary: 's', categories: ['us'], sentence: 'S.' }] };
    expect(parseTabReply('get-page-matches', ok)).toEqual(ok);
    expect(parseTabReply('get-page-matches', { status: 'done', matches: [] })).toBeUndefined();
    expect(parseTabReply('get-page-matches', { nonsense: true })).toBeUndefined();
    expect(parseTabReply('reveal-claim', false)).toBe(false);
    expect(parseTabReply('reveal-claim', 'yes')).toBeUndefined();
    expect(parseTabReply('check-quote', true)).toBe(true);
  });
});

describe('messages to the background', () => {
  it('accepts the match count and nothing else', () => {
    expect(parseBackgroundMessage({ type: 'page-matches-changed', count: 3, paused: false })).toEqual({ type: 'page-matches-changed', count: 3, paused: false });
    expect(parseBackgroundMessage({ type: 'page-matches-changed', count: '3', paused: false })).toBeUndefined();
    expect(parseBackgroundMessage({ type: 'something-else', count: 9 })).toBeUndefined();
  });
});
