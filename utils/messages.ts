/**
 * Every message between Parallax's parts, and each one's reply, defined once.
 * Pure (zod only); the browser calls are at the edges that send and receive.
 *
 * - To a tab's content script (browser.tabs.sendMessage): the popup's questions
 *   (PopupToContent) and the background's relays (BackgroundToContent).
 *   The receiver parses with parseTabMessage; a sender that reads the reply
 *   parses it with parseTabReply, so no side trusts the other's shape.
 * - To the background (browser.runtime.sendMessage): ContentToBackground,
 *   parsed with parseBackgroundMessage. It has no reply.
 *
 * The wire format is `{ type, ...fields }`.
 */
import { z } from 'zod/mini';

const PageMatchSchema = z.object({
  claimId: z.string(),
  summary: z.string(),
  /** Category ids with at least one visible report of this claim. */
  categories: z.array(z.string()),
  /** The matched sentence on the page (first occurrence). */
  sentence: z.string(),
});

/** One matched claim on a page, in page order, as the popup lists it. */
export type PageMatch = z.infer<typeof PageMatchSchema>;

const PageMatchesResponseSchema = z.object({
  status: z.enum(['ok', 'paused', 'scanning']),
  matches: z.array(PageMatchSchema),
});

export type PageMatchesResponse = z.infer<typeof PageMatchesResponseSchema>;

const GetPageMatches = z.object({ type: z.literal('get-page-matches') });
const RevealClaim = z.object({ type: z.literal('reveal-claim'), claimId: z.string() });
const FocusNext = z.object({ type: z.literal('focus-next-highlight') });
const FocusPrevious = z.object({ type: z.literal('focus-previous-highlight') });
const CheckQuote = z.object({ type: z.literal('check-quote'), text: z.string() });

const TabMessageSchema = z.discriminatedUnion('type', [GetPageMatches, RevealClaim, FocusNext, FocusPrevious, CheckQuote]);

/** From the popup to the tab it inspects. */
export type PopupToContent = z.infer<typeof GetPageMatches> | z.infer<typeof RevealClaim>;

/**
 * From the background to a tab: keyboard commands (manifest `commands`) relayed
 * to the active tab, and the "Check quote with Parallax" context-menu item's
 * selected text (entrypoints/background/quote-check-menu.ts).
 */
export type BackgroundToContent = z.infer<typeof FocusNext> | z.infer<typeof FocusPrevious> | z.infer<typeof CheckQuote>;

/** Everything a content script is sent. */
export type TabMessage = z.infer<typeof TabMessageSchema>;
export type TabMessageType = TabMessage['type'];

/** What the content script answers to each message type. */
export interface TabReplies {
  /** What the page shows now. */
  'get-page-matches': PageMatchesResponse;
  /** True when the claim is on the page (scrolled to, card open). */
  'reveal-claim': boolean;
  /** Not answered. */
  'focus-next-highlight': undefined;
  'focus-previous-highlight': undefined;
  /** Answered once the panel is open, so the sender knows it was shown. */
  'check-quote': true;
}

const TAB_REPLY_SCHEMAS: { [K in TabMessageType]: z.ZodMiniType<TabReplies[K]> } = {
  'get-page-matches': PageMatchesResponseSchema,
  'reveal-claim': z.boolean(),
  'focus-next-highlight': z.undefined(),
  'focus-previous-highlight': z.undefined(),
  'check-quote': z.literal(true),
};

/** A message a content script received, or undefined when it is not one of ours. */
export function parseTabMessage(raw: unknown): TabMessage | undefined {
  const parsed = TabMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The reply to a `type` message, or undefined when it is not the reply that type gets. */
export function parseTabReply<K extends TabMessageType>(type: K, raw: unknown): TabReplies[K] | undefined {
  const parsed = TAB_REPLY_SCHEMAS[type].safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

const PageMatchesChanged = z.object({
  type: z.literal('page-matches-changed'),
  /** Claims matched and visible on the page. */
  count: z.number(),
  paused: z.boolean(),
});

/** From a content script to the background: the badge count changed. */
export type ContentToBackground = z.infer<typeof PageMatchesChanged>;

/** A message the background received, or undefined when it is not one of ours. */
export function parseBackgroundMessage(raw: unknown): ContentToBackground | undefined {
  const parsed = PageMatchesChanged.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Manifest command names (wxt.config.ts) and the message each becomes. */
export const COMMAND_MESSAGES: Readonly<Record<string, BackgroundToContent>> = {
  'next-highlight': { type: 'focus-next-highlight' },
  'previous-highlight': { type: 'focus-previous-highlight' },
};
