import './helpers.ts';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryJournal } from '../../../src/lib/journal/db.ts';
import { exportJournal } from '../../../src/lib/journal/zip-export.ts';
import {
  DEFAULT_ITERATIONS,
  DecryptError,
  checkVerifier,
  decryptBytes,
  deriveKey,
  encryptBytes,
  makeVerifier,
  randomBytes,
} from '../../../src/lib/journal/crypto.ts';

const salt = randomBytes(16);
const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);
const bytes = (value: string) => new TextEncoder().encode(value);

describe('the passphrase lock', () => {
  it('derives keys with PBKDF2-SHA-256 and at least 600,000 iterations by default', async () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const key = await deriveKey('mot de passe', salt);
    expect(derive.mock.calls[0]?.[0]).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: DEFAULT_ITERATIONS,
    });
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(key.extractable).toBe(false);
  });

  it('uses a fresh IV for every encryption, so the same text never encrypts the same', async () => {
    const key = await deriveKey('words', salt, 1000);
    const [first, second] = await Promise.all([
      encryptBytes(key, bytes('same')),
      encryptBytes(key, bytes('same')),
    ]);
    expect(first.iv.byteLength).toBe(12);
    expect(new Uint8Array(first.iv)).not.toEqual(new Uint8Array(second.iv));
    expect(text(await decryptBytes(key, first))).toBe('same');
  });

  it('recognises a wrong passphrase from the verifier alone', async () => {
    const right = await deriveKey('the right words', salt, 1000);
    const wrong = await deriveKey('the wrong words', salt, 1000);
    const verifier = await makeVerifier(right);
    expect(await checkVerifier(right, verifier)).toBe(true);
    expect(await checkVerifier(wrong, verifier)).toBe(false);
  });

  it('gives the same key for the same words typed in another Unicode form', async () => {
    const composed = await deriveKey('café', salt, 1000);
    const decomposed = await deriveKey('cafe\u0301', salt, 1000);
    expect(await checkVerifier(decomposed, await makeVerifier(composed))).toBe(true);
  });

  it('detects altered data and data moved to another record', async () => {
    const key = await deriveKey('words', salt, 1000);
    const sealed = await encryptBytes(key, bytes('evidence'), bytes('entry:1'));
    const altered = new Uint8Array(sealed.data.slice(0));
    altered[0] = (altered[0] ?? 0) ^ 1;
    await expect(
      decryptBytes(key, { iv: sealed.iv, data: altered.buffer }, bytes('entry:1')),
    ).rejects.toThrow(DecryptError);
    await expect(decryptBytes(key, sealed, bytes('entry:2'))).rejects.toThrow(DecryptError);
    expect(text(await decryptBytes(key, sealed, bytes('entry:1')))).toBe('evidence');
  });

  it('the journal lock and the encrypted export use the default unless told otherwise', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const repo = createMemoryJournal();
    await repo.setLock('words');
    await exportJournal(repo, () => undefined, {
      appVersion: 'test',
      passphrase: 'other words',
      renderChronology: () => '',
    });
    const rounds = derive.mock.calls.map(([params]) => (params as Pbkdf2Params).iterations);
    expect(rounds).toEqual([DEFAULT_ITERATIONS, DEFAULT_ITERATIONS]);
  });

  it('refuses absurd iteration counts', async () => {
    await expect(deriveKey('w', salt, 0)).rejects.toThrow(RangeError);
    await expect(deriveKey('w', salt, 1e9)).rejects.toThrow(RangeError);
  });
});
