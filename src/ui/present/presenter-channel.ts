/**
 * The presenter view's link to workshop mode: a second window of the app (same address, with
 * `?presenter=ID`) and a BroadcastChannel between the two. Workshop mode owns the steps and says where
 * it is; the presenter window asks it to move. Every message is checked: one of another app, another
 * session (ID) or another shape is ignored, never thrown on.
 */
import { z } from 'zod';
import type { Locale } from '../../i18n';

/** The channel's name: the app's, so that another app of the same origin never hears it. */
export const PRESENTER_CHANNEL = 'sme-credit-simulator:workshop-mode';

/** The query parameter that makes a page the presenter window; its value is the session's id. */
export const PRESENTER_PARAM = 'presenter';

// Strict objects: a message with fields of its own is not ours either.
const session = z.string().regex(/^[a-z0-9]{6,32}$/);
const text = z.string().max(20_000);

const stateMessage = z.strictObject({
  kind: z.literal('state'),
  session,
  locale: z.enum(['en', 'fa'] as const satisfies readonly Locale[]),
  title: text,
  step: z.number().int().min(0).max(10_000),
  count: z.number().int().min(1).max(10_000),
  current: text,
  next: text.nullable(),
  notes: text,
  startedAt: z.number(),
});
const closedMessage = z.strictObject({ kind: z.literal('closed'), session });
const helloMessage = z.strictObject({ kind: z.literal('hello'), session });
const goMessage = z.strictObject({ kind: z.literal('go'), session, to: z.enum(['next', 'previous']) });

/** What workshop mode says: where it is, or that it has closed. */
export const fromSlides = z.discriminatedUnion('kind', [stateMessage, closedMessage]);
export type FromSlides = z.infer<typeof fromSlides>;
export type SlidesState = z.infer<typeof stateMessage>;
/** What the presenter window says: that it is there (send the state), or move. */
export const fromPresenter = z.discriminatedUnion('kind', [helloMessage, goMessage]);
export type FromPresenter = z.infer<typeof fromPresenter>;

/** A message of the given shape for the given session, or null. */
export function readMessage<T extends { session: string }>(schema: z.ZodType<T>, data: unknown, sessionId: string): T | null {
  const parsed = schema.safeParse(data);
  return parsed.success && parsed.data.session === sessionId ? parsed.data : null;
}

/** Opens the channel, or null where the browser has none. */
export function openPresenterChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENTER_CHANNEL) : null;
  } catch {
    return null;
  }
}

/** A new session id: lowercase letters and digits. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** The presenter window's address: this page's, with the session's id and the language. */
export function presenterUrl(sessionId: string, locale: Locale, href = window.location.href): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  url.searchParams.set(PRESENTER_PARAM, sessionId);
  url.searchParams.set('lang', locale);
  return url.toString();
}
