/**
 * Dedicated worker that hashes Blobs (WebCrypto or WebAssembly, the faster here: see digest.ts),
 * so hundreds of screenshots never block the page. Started by `hash.ts` with
 * `new Worker(new URL('./hash-worker.ts', import.meta.url))`. Protocol: `{ id, blob }` in,
 * `{ id, sha256 }` or `{ id, error }` out. One file at a time: the others wait as Blob handles,
 * so the worker holds at most one file's chunk, however many are queued.
 */
import { digestBlob } from './digest.ts';
import { errorName } from './error-name.ts';
import type { HashRequest, HashResponse } from './hash.ts';

/** The part of `DedicatedWorkerGlobalScope` used here (the DOM lib does not declare it). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage: (message: HashResponse) => void;
}

const scope = globalThis as unknown as WorkerScope;

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const { id, blob } = event.data;
  queue = queue.then(() =>
    digestBlob(blob).then(
      (sha256) => {
        scope.postMessage({ id, sha256 });
      },
      (error: unknown) => {
        scope.postMessage({ id, error: errorName(error) ?? 'Error' });
      },
    ),
  );
};
