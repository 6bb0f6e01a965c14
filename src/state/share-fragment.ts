/**
 * Where a share link sits in the URL: its fragment, so that no server ever sees it. Kept apart from the
 * codec (share.ts), which loads only when a link is made or opened.
 */

/** The fragment key of a link that carries changes to the shipped workshop. */
export const SHARE_PARAM = 'd';
/** The fragment key of the first format's links: the whole workshop file. */
export const LEGACY_SHARE_PARAM = 'w';
/** Where chat and mail clients start to cut links: a longer link is said to be at risk. */
export const SHARE_LINK_SAFE_LENGTH = 2000;

/** The share link in a URL's fragment, if any: this format's (`#d=`) or the first's (`#w=`). */
export function shareValueFrom(hash: string): { readonly format: 'diff' | 'whole'; readonly value: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const diff = params.get(SHARE_PARAM);
  if (diff !== null) return { format: 'diff', value: diff };
  const whole = params.get(LEGACY_SHARE_PARAM);
  return whole === null ? null : { format: 'whole', value: whole };
}
