/**
 * Share links: the open workshop, compressed (deflate, the browser's own CompressionStream) and
 * base64url-encoded into the URL's fragment, so no server ever sees it.
 */

/** The fragment key that carries a workshop. */
export const SHARE_PARAM = 'w';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const source = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  const reader = source.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Encodes a file's text as a share-link fragment value. */
export async function encodeShare(text: string): Promise<string> {
  const compressed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), 8 * 1024 * 1024);
  return toBase64Url(compressed);
}

/** Decodes a fragment value back to the file's text; throws on anything that is not one of ours. */
export async function decodeShare(value: string, maxBytes: number): Promise<string> {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new Error('not a share link');
  const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'), maxBytes + 1);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Reads the share value from a URL's fragment (`#w=...`). */
export function shareValueFrom(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}
