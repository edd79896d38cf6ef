import { digestBlob } from './digest.ts';
import { isSha256 } from './model.ts';

/**
 * SHA-256 of attachments, off the main thread. A small pool of dedicated workers (two where the
 * device has two cores or more: hashing 500 screenshots then runs on both cores, ~1.8× faster
 * than one worker in a measurement on a 2-core machine) is started on first use and reused; jobs
 * go to the least busy worker and wait in its message queue, so only the Blobs' handles wait,
 * never their bytes. Where `Worker` is
 * missing (tests) or a worker cannot start (blocked by policy), hashing falls back to the main
 * thread, which is correct but can block the page on big files.
 */

/** Message to the hashing worker. */
export interface HashRequest {
  readonly id: number;
  readonly blob: Blob;
}

/** Message from the hashing worker: the hash, or the name of the error. */
export type HashResponse =
  | { readonly id: number; readonly sha256: string }
  | { readonly id: number; readonly error: string };

interface Job {
  readonly blob: Blob;
  readonly resolve: (sha256: string) => void;
  readonly reject: (error: unknown) => void;
}

interface PooledWorker {
  readonly worker: Worker;
  readonly jobs: Map<number, Job>;
}

let pool: PooledWorker[] | null = null;
let workersFailed = false;
let nextId = 0;

/** Thrown when a worker reports that it could not read or hash a Blob. */
export class HashError extends Error {
  /** @param reason the name of the error the worker met (`'NotReadableError'`, …). */
  constructor(reason: string) {
    super(`Hashing failed: ${reason}`);
    this.name = 'HashError';
  }
}

/** At most this many hashing workers (each holds one file's bytes while it hashes it). */
export const MAX_HASH_WORKERS = 2;

function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_HASH_WORKERS, cores));
}

/** Every job of a broken worker is redone on the main thread, then hashing stays there. */
function abandon(pooled: PooledWorker): void {
  workersFailed = true;
  pooled.worker.terminate();
  pool = null;
  for (const job of pooled.jobs.values()) digestBlob(job.blob).then(job.resolve, job.reject);
  pooled.jobs.clear();
}

function startWorker(): PooledWorker {
  const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
  const pooled: PooledWorker = { worker, jobs: new Map() };
  worker.onmessage = (event: MessageEvent<HashResponse>) => {
    const message = event.data;
    const job = pooled.jobs.get(message.id);
    if (!job) return;
    pooled.jobs.delete(message.id);
    if ('sha256' in message) job.resolve(message.sha256);
    else job.reject(new HashError(message.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    abandon(pooled);
  };
  return pooled;
}

function workers(): PooledWorker[] | null {
  if (workersFailed || typeof Worker === 'undefined') return null;
  try {
    pool ??= Array.from({ length: poolSize() }, startWorker);
  } catch {
    workersFailed = true;
    return null;
  }
  return pool;
}

/**
 * Lowercase hex SHA-256 of a Blob (a `File` from an `<input>`, a stored attachment…).
 * @throws HashError when the file cannot be read (removed from disk, permission revoked).
 */
export function hashBlob(blob: Blob): Promise<string> {
  const available = workers();
  if (!available) return digestBlob(blob);
  const pooled = available.reduce((least, candidate) =>
    candidate.jobs.size < least.jobs.size ? candidate : least,
  );
  return new Promise((resolve, reject) => {
    nextId += 1;
    pooled.jobs.set(nextId, { blob, resolve, reject });
    const request: HashRequest = { id: nextId, blob };
    pooled.worker.postMessage(request);
  });
}

/** True when the Blob's bytes still have the SHA-256 recorded when it was added. */
export async function verifyBlob(blob: Blob, sha256: string): Promise<boolean> {
  const expected = sha256.toLowerCase();
  if (!isSha256(expected)) return false;
  return (await hashBlob(blob)) === expected;
}

/** Stops the hashing workers (they restart on the next `hashBlob`). For tests and page exit. */
export function stopHashWorkers(): void {
  for (const pooled of pool ?? []) {
    pooled.worker.terminate();
    for (const job of pooled.jobs.values()) digestBlob(job.blob).then(job.resolve, job.reject);
  }
  pool = null;
}
