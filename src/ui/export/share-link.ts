/**
 * Share links in the app: made from the open workshop against the shipped one, opened from the
 * address, and the last link made, for the share panel (its QR code) to show.
 */
import { useSyncExternalStore } from 'react';
import { MAX_FILE_BYTES, type LoadIssue, type Workshop } from '../../scenario';
import { LEGACY_SHARE_PARAM, SHARE_PARAM, shareValueFrom, type WorkbenchStore } from '../../state';
import type { DecodedShare, Json } from '../../state/share';
// The default workshop is fetched, not bundled (it would be a third of the initial JavaScript), and
// passed the file checks at build time: see src/scenario/shipped.ts.
import shipped from 'virtual:shipped-workshop';

let shippedBytes: Promise<Uint8Array<ArrayBuffer>> | null = null;

/**
 * The shipped workshop's bytes, fetched once: the default workshop at start (read through the file
 * checks, src/scenario/shipped.ts), and what share links carry their changes to. A failed fetch is tried
 * again next time.
 */
export function shippedWorkshopBytes(): Promise<Uint8Array<ArrayBuffer>> {
  if (!shippedBytes) {
    shippedBytes = fetch(shipped.url).then(async (response) => {
      if (!response.ok) throw new Error(`the shipped workshop did not load (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    });
    shippedBytes.catch(() => (shippedBytes = null));
  }
  return shippedBytes;
}

/** The shipped workshop's text (see shippedWorkshopBytes). */
export function shippedWorkshopText(): Promise<string> {
  return shippedWorkshopBytes().then((bytes) => new TextDecoder().decode(bytes));
}

/** A share link made for a workshop. */
export interface SharedLink {
  readonly url: string;
  /** The link is on the clipboard (else only in the address bar and the panel). */
  readonly copied: boolean;
  /** The workshop the link carries: the panel closes once the open workshop is another. */
  readonly workshop: Workshop;
}

/** Makes the address of a link to the workshop: its changes to the shipped one, else (offline) the whole file. */
export async function shareUrlFor(workshop: Workshop, serialized: () => string, href: string): Promise<string> {
  const codec = await import('../../state/share');
  const url = new URL(href);
  const shipped = await shippedWorkshopText().catch(() => null);
  url.hash = shipped === null ? `${LEGACY_SHARE_PARAM}=${codec.encodeLegacyShareLink(serialized())}` : `${SHARE_PARAM}=${codec.encodeShareLink(workshop, JSON.parse(shipped) as Json)}`;
  return url.toString();
}

/**
 * Opens the workshop a share link in `hash` carries, through the file checks as any file; a link that
 * cannot be read shows what was wrong with it and changes nothing. Returns whether a link was there.
 */
export async function openShareLink(store: WorkbenchStore, hash: string): Promise<boolean> {
  const link = shareValueFrom(hash);
  if (link === null) return false;
  const codec = await import('../../state/share');
  const refused = (code: LoadIssue['code']): DecodedShare => ({ ok: false, issues: [{ path: '(link)', code }] });
  let decoded: DecodedShare;
  if (link.format === 'whole') decoded = codec.decodeLegacyShareLink(link.value, MAX_FILE_BYTES);
  else {
    const shipped = await shippedWorkshopText()
      .then((text) => JSON.parse(text) as Json)
      .catch(() => undefined);
    decoded = shipped === undefined ? refused('link-no-base') : codec.decodeShareLink(link.value, shipped, MAX_FILE_BYTES);
  }
  if (decoded.ok) await store.getState().openText(decoded.text, undefined, 'link-invalid');
  else store.getState().showAlert({ kind: 'link-invalid', issues: decoded.issues });
  return true;
}

// ---- the last link made, for the share panel ----------------------------------------------------------

let lastLink: SharedLink | null = null;
const listeners = new Set<() => void>();

/** Shows a link in the share panel (null closes it). */
export function publishSharedLink(link: SharedLink | null): void {
  lastLink = link;
  listeners.forEach((listener) => listener());
}

/** The link the share panel shows, if any. */
export function useSharedLink(): SharedLink | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastLink,
  );
}
