/**
 * Dedicated worker that hashes Blobs with WebCrypto, so hundreds of screenshots never block the
 * page. Started by `hash.ts` with `new Worker(new URL('./hash-worker.ts', import.meta.url))`.
 * Protocol: `{ id, blob }` in, `{ id, sha256 }` or `{ id, error }` out.
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

scope.onmessage = (event) => {
  const { id, blob } = event.data;
  digestBlob(blob).then(
    (sha256) => {
      scope.postMessage({ id, sha256 });
    },
    (error: unknown) => {
      scope.postMessage({ id, error: errorName(error) ?? 'Error' });
    },
  );
};
