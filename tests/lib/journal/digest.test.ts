// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sha256Engine } from '../../../src/lib/journal/digest.ts';
import {
  CHUNK_BYTES,
  digestBlob,
  measureFastestEngine,
  WHOLE_FILE_MAX_BYTES,
} from '../../../src/lib/journal/digest.ts';
import { blobOf, sha256 } from './helpers.ts';

const ENGINES: readonly Sha256Engine[] = ['webcrypto', 'wasm'];

/** FIPS 180-2 test vectors (appendix B) and the empty message. */
const VECTORS: readonly (readonly [string, string])[] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

/** A fresh copy of the module: which engine is faster and whether WebAssembly runs are cached. */
const fresh = () => import('../../../src/lib/journal/digest.ts');

afterEach(() => {
  vi.doUnmock('hash-wasm');
  vi.resetModules();
});

describe('fingerprints (SHA-256) of attachments', () => {
  it.each(ENGINES)('are the standard SHA-256 with %s (known test vectors)', async (engine) => {
    for (const [text, expected] of VECTORS) {
      expect(await digestBlob(blobOf(text), { engine })).toBe(expected);
    }
  });

  it('are the same whichever engine computes them, and however a file is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.integer({ min: 1, max: 1024 }),
        async (bytes, chunkBytes) => {
          const expected = sha256(bytes);
          const blob = blobOf(bytes);
          expect(await digestBlob(blob, { engine: 'webcrypto' })).toBe(expected);
          expect(await digestBlob(blob, { engine: 'wasm', chunkBytes })).toBe(expected);
          expect(await digestBlob(blob)).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stay right when several files are hashed at once on one thread', async () => {
    const files = Array.from({ length: 6 }, (_, n) =>
      new Uint8Array(5000 + n * 777).map((_, i) => (i * (n + 3)) % 256),
    );
    const digests = await Promise.all(
      files.map((bytes) => digestBlob(blobOf(bytes), { engine: 'wasm', chunkBytes: 512 })),
    );
    expect(digests).toEqual(files.map((bytes) => sha256(bytes)));
  });

  it('read a large file a chunk at a time, so memory stays flat whatever its size', async () => {
    const big = new Uint8Array(WHOLE_FILE_MAX_BYTES + 3 * 1024 * 1024).map((_, i) => i % 251);
    const blob = blobOf(big);
    const read: number[] = [];
    // Every read goes through arrayBuffer: of the file itself, or of a slice of it.
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockImplementation(function (this: Blob) {
      read.push(this.size);
      return new Response(this).arrayBuffer();
    });
    expect(await digestBlob(blob)).toBe(sha256(big));
    expect(read.length).toBe(Math.ceil(big.length / CHUNK_BYTES));
    expect(Math.max(...read)).toBe(CHUNK_BYTES);
  });

  it('pick one engine by measuring both once, and fall back to WebCrypto without WebAssembly', async () => {
    expect(ENGINES).toContain(await measureFastestEngine());

    // A Content-Security-Policy without 'wasm-unsafe-eval' makes compiling throw: hash-wasm's
    // hashers are refused (mocking WebAssembly itself would leave hash-wasm's cached promises
    // rejecting unhandled inside the library).
    vi.resetModules();
    vi.doMock('hash-wasm', () => ({
      createSHA256: () =>
        Promise.reject(new WebAssembly.CompileError('Refused to compile WebAssembly')),
    }));
    const { digestBlob: digest, fastestEngine } = await fresh();
    expect(await fastestEngine()).toBe('webcrypto');
    const big = new Uint8Array(WHOLE_FILE_MAX_BYTES + 1).fill(7);
    expect(await digest(blobOf(big))).toBe(sha256(big));
  });
});
