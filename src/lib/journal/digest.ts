/**
 * SHA-256 with WebCrypto, shared by the hashing worker and its main-thread fallback.
 * WebCrypto has no incremental digest: a file is read whole (at most `LIMITS.maxAttachmentBytes`).
 */

/** Lowercase hex of some bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  // No `instanceof`: buffers may come from another realm (a worker, WebCrypto in tests).
  const view = ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
  let hex = '';
  for (const byte of view) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Lowercase hex SHA-256 of a Blob's bytes, computed in the calling thread. */
export async function digestBlob(blob: Blob): Promise<string> {
  // A view, not the bare ArrayBuffer: see `view` in crypto.ts (buffers from another realm).
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}
