/**
 * Reads a Blob chunk by chunk, so a 200 MB video never sits whole in memory. Uses
 * `blob.stream()`; falls back to `slice()` reads where it is missing (jsdom).
 */

/** Largest chunk yielded (and size of the slices read when `blob.stream()` is missing). */
export const SLICE_BYTES = 1024 * 1024;

/** Yields the Blob's bytes in order; stopping early cancels the read. */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  if (typeof blob.stream !== 'function') {
    for (let offset = 0; offset < blob.size; offset += SLICE_BYTES) {
      yield new Uint8Array(await blob.slice(offset, offset + SLICE_BYTES).arrayBuffer());
    }
    return;
  }
  const reader = blob.stream().getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      // Pass big chunks on in slices (views, no copy), so every step downstream stays small.
      for (let offset = 0; offset < next.value.length; offset += SLICE_BYTES) {
        yield next.value.subarray(offset, offset + SLICE_BYTES);
      }
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Bytes `[start, end)` of a Blob. */
export async function readRange(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}
