/**
 * SHA-256 of a Blob, shared by the hashing workers and their main-thread fallback, with whichever
 * of two implementations is faster on this device: the browser's WebCrypto digest, or hash-wasm
 * (WebAssembly). On a 2-core test machine, Chromium's WebCrypto digest ran at 120–144 MB/s and
 * hash-wasm at 165–205 MB/s on one thread; a phone's browser may rank them the other way, so each
 * thread measures both once, on a small buffer, and keeps the faster.
 *
 * WebCrypto has no incremental digest: it reads a file whole. hash-wasm is fed chunk by chunk, so
 * a file larger than {@link WHOLE_FILE_MAX_BYTES} is always streamed with it (memory stays at one
 * chunk per thread), unless WebAssembly is unavailable (blocked by policy), where WebCrypto reads
 * it whole as before (attachments are at most `LIMITS.maxAttachmentBytes`).
 */
import { createSHA256, type IHasher } from 'hash-wasm';

export type Sha256Engine = 'webcrypto' | 'wasm';

/** Bytes read at a time when streaming. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** The largest file WebCrypto may read whole; larger ones are streamed when WebAssembly runs. */
export const WHOLE_FILE_MAX_BYTES = 16 * 1024 * 1024;

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

async function webCryptoDigest(blob: Blob): Promise<string> {
  // A view, not the bare ArrayBuffer: see `view` in crypto.ts (buffers from another realm).
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * hash-wasm hashers not in use. A file takes one for itself (jobs of one thread may interleave at
 * each `await`) and gives it back: a new one is a new WebAssembly instance, not free per file.
 */
const idle: IHasher[] = [];

async function wasmDigest(blob: Blob, chunkBytes = CHUNK_BYTES): Promise<string> {
  const hasher = idle.pop() ?? (await createSHA256());
  try {
    return await feed(hasher, blob, chunkBytes);
  } finally {
    idle.push(hasher);
  }
}

async function feed(hasher: IHasher, blob: Blob, chunkBytes: number): Promise<string> {
  hasher.init();
  // A file that fits in one chunk is read as it is (no slice).
  if (blob.size <= chunkBytes) {
    hasher.update(new Uint8Array(await blob.arrayBuffer()));
  } else {
    for (let offset = 0; offset < blob.size; offset += chunkBytes) {
      const chunk = blob.slice(offset, offset + chunkBytes);
      hasher.update(new Uint8Array(await chunk.arrayBuffer()));
    }
  }
  return hasher.digest('hex');
}

let wasmWorks: Promise<boolean> | undefined;

/** Whether WebAssembly runs here (a Content-Security-Policy without 'wasm-unsafe-eval' stops it). */
function wasmAvailable(): Promise<boolean> {
  // The hasher made to find out is kept for the first file, not thrown away.
  wasmWorks ??= createSHA256().then(
    (hasher) => {
      idle.push(hasher);
      return true;
    },
    () => false,
  );
  return wasmWorks;
}

/** Time of `rounds` digests of `bytes` with one engine, in ms (after one untimed warm-up). */
async function timeEngine(engine: Sha256Engine, bytes: Uint8Array, rounds: number) {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const digest = () => (engine === 'wasm' ? wasmDigest(blob) : webCryptoDigest(blob));
  await digest();
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) await digest();
  return performance.now() - started;
}

/**
 * The faster engine on this device, measured on 1 MB (about 10–30 ms on a desktop). WebCrypto
 * when WebAssembly cannot run.
 */
export async function measureFastestEngine(): Promise<Sha256Engine> {
  if (!(await wasmAvailable())) return 'webcrypto';
  const bytes = new Uint8Array(1024 * 1024);
  for (let offset = 0; offset < bytes.length; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  }
  const webcrypto = await timeEngine('webcrypto', bytes, 2);
  const wasm = await timeEngine('wasm', bytes, 2);
  return wasm < webcrypto ? 'wasm' : 'webcrypto';
}

let fastest: Promise<Sha256Engine> | undefined;

/** {@link measureFastestEngine}, once per thread. */
export function fastestEngine(): Promise<Sha256Engine> {
  fastest ??= measureFastestEngine().catch((): Sha256Engine => 'webcrypto');
  return fastest;
}

export interface DigestOptions {
  /** Force an engine (tests, benchmarks); by default the faster one here. */
  readonly engine?: Sha256Engine;
  /** Bytes read at a time when streaming (default {@link CHUNK_BYTES}). */
  readonly chunkBytes?: number;
}

/**
 * Lowercase hex SHA-256 of a Blob's bytes, computed in the calling thread, with the faster engine
 * here (a file over {@link WHOLE_FILE_MAX_BYTES} always streamed when WebAssembly runs).
 */
export async function digestBlob(blob: Blob, options: DigestOptions = {}): Promise<string> {
  const engine =
    options.engine ??
    (blob.size > WHOLE_FILE_MAX_BYTES && (await wasmAvailable()) ? 'wasm' : await fastestEngine());
  return engine === 'wasm' ? wasmDigest(blob, options.chunkBytes) : webCryptoDigest(blob);
}
