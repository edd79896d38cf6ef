import { blobOf, sha256 } from './helpers.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestBlob } from '../../../src/lib/journal/digest.ts';
import type { HashRequest, HashResponse } from '../../../src/lib/journal/hash.ts';
import { hashBlob, verifyBlob } from '../../../src/lib/journal/hash.ts';

/** A stand-in for a dedicated worker that runs the same digest, asynchronously. */
class FakeWorker {
  static started: FakeWorker[] = [];
  static failing = false;
  onmessage: ((event: { data: HashResponse }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  readonly url: string;
  readonly options: unknown;
  received = 0;

  constructor(url: URL, options: unknown) {
    this.url = url.href;
    this.options = options;
    FakeWorker.started.push(this);
  }

  postMessage(request: HashRequest) {
    this.received += 1;
    if (FakeWorker.failing) {
      setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
      return;
    }
    void digestBlob(request.blob).then((value) => {
      this.onmessage?.({ data: { id: request.id, sha256: value } });
    });
  }

  terminate() {
    return undefined;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
  FakeWorker.failing = false;
});

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('attachment hashes', () => {
  it('are lowercase hex SHA-256 (known test vectors)', async () => {
    expect(await hashBlob(blobOf('abc'))).toBe(ABC);
    expect(await hashBlob(blobOf(''))).toBe(EMPTY);
    const big = new Uint8Array(3 * 1024 * 1024).map((_, index) => index % 251);
    expect(await hashBlob(blobOf(big))).toBe(sha256(big));
  });

  it('re-checking a file tells whether it changed since it was added', async () => {
    expect(await verifyBlob(blobOf('abc'), ABC)).toBe(true);
    expect(await verifyBlob(blobOf('abC'), ABC)).toBe(false);
    expect(await verifyBlob(blobOf('abc'), ABC.toUpperCase())).toBe(true);
    expect(await verifyBlob(blobOf('abc'), 'not a hash')).toBe(false);
  });

  it('are computed in a reused module worker when the browser has workers', async () => {
    vi.resetModules();
    vi.stubGlobal('Worker', FakeWorker);
    const fresh = await import('../../../src/lib/journal/hash.ts');
    const results = await Promise.all(
      ['abc', 'abc', ''].map((text) => fresh.hashBlob(blobOf(text))),
    );
    expect(results).toEqual([ABC, ABC, EMPTY]);
    expect(FakeWorker.started.length).toBeGreaterThanOrEqual(1);
    expect(FakeWorker.started.length).toBeLessThanOrEqual(2);
    expect(FakeWorker.started.reduce((sum, worker) => sum + worker.received, 0)).toBe(3);
    expect(FakeWorker.started[0]?.url).toContain('/hash-worker.ts');
    expect(FakeWorker.started[0]?.options).toEqual({ type: 'module' });
    fresh.stopHashWorkers();
  });

  it('fall back to the main thread when the worker cannot run', async () => {
    vi.resetModules();
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failing = true;
    const fresh = await import('../../../src/lib/journal/hash.ts');
    expect(await fresh.hashBlob(blobOf('abc'))).toBe(ABC);
    expect(await fresh.hashBlob(blobOf(''))).toBe(EMPTY);
  });

  it('the worker answers each request with its id', async () => {
    const posted: HashResponse[] = [];
    vi.stubGlobal('postMessage', (message: HashResponse) => posted.push(message));
    vi.resetModules();
    await import('../../../src/lib/journal/hash-worker.ts');
    const handler = (globalThis as unknown as { onmessage: (event: unknown) => void }).onmessage;
    handler({ data: { id: 7, blob: blobOf('abc') } });
    const unreadable = blobOf('x');
    vi.spyOn(unreadable, 'arrayBuffer').mockRejectedValue(new DOMException('', 'NotReadableError'));
    handler({ data: { id: 8, blob: unreadable } });
    await vi.waitFor(() => {
      expect(posted).toHaveLength(2);
    });
    expect(posted).toContainEqual({ id: 7, sha256: ABC });
    expect(posted).toContainEqual({ id: 8, error: 'NotReadableError' });
  });
});
