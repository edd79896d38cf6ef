import { errorName } from './error-name.ts';

/**
 * Passphrase lock, with WebCrypto only: PBKDF2-SHA-256 turns the passphrase into a
 * non-extractable AES-GCM 256-bit key. Neither the passphrase nor the key is ever stored: only
 * the random salt, the iteration count and a verifier (a known text encrypted with the key).
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; the issue asks for at least this. */
export const DEFAULT_ITERATIONS = 600_000;

/** Iteration counts read back from storage or an archive must lie in this range. */
export const MAX_ITERATIONS = 10_000_000;

/** Bytes of random salt for each new lock or encrypted export. */
export const SALT_BYTES = 16;

/** Bytes of AES-GCM nonce; a fresh random one for every encryption. */
export const IV_BYTES = 12;

/** AES-GCM authentication tag length, in bytes, appended to every ciphertext. */
export const TAG_BYTES = 16;

/** An AES-GCM ciphertext and the IV it was made with. */
export interface Sealed {
  readonly iv: ArrayBuffer;
  readonly data: ArrayBuffer;
}

/**
 * A ciphertext did not authenticate: wrong key, or data altered. With a key already checked
 * against the verifier, it means the data was damaged.
 */
export class DecryptError extends Error {
  constructor() {
    super('AES-GCM authentication failed');
    this.name = 'DecryptError';
  }
}

const encoder = new TextEncoder();

/**
 * WebCrypto is given views, never bare ArrayBuffers: an ArrayBuffer from another realm (a
 * worker's message, a test environment) fails the ArrayBuffer type check of some engines, while
 * any typed array passes.
 */
const view = (source: BufferSource): Uint8Array<ArrayBuffer> =>
  ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
    : new Uint8Array(source);

/** Random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * Derives the AES-GCM key from a passphrase. The passphrase is NFC-normalised first, so the same
 * words typed on a Mac (NFD) and on Windows give the same key.
 *
 * @param iterations PBKDF2 rounds; keep the default in the app (tests pass fewer to run fast).
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = DEFAULT_ITERATIONS,
): Promise<CryptoKey> {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError('PBKDF2 iterations out of range');
  }
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts with a fresh random 12-byte IV. `additionalData` is authenticated but not encrypted:
 * pass the record's id so a ciphertext cannot be moved to another record unnoticed.
 */
export async function encryptBytes(
  key: CryptoKey,
  bytes: BufferSource,
  additionalData?: BufferSource,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const params: AesGcmParams = additionalData
    ? { name: 'AES-GCM', iv, additionalData: view(additionalData) }
    : { name: 'AES-GCM', iv };
  const data = await crypto.subtle.encrypt(params, key, view(bytes));
  return { iv: iv.buffer, data };
}

/**
 * Decrypts what `encryptBytes` made, with the same `additionalData`.
 * @throws DecryptError when the key is wrong or the data was altered.
 */
export async function decryptBytes(
  key: CryptoKey,
  sealed: Sealed,
  additionalData?: BufferSource,
): Promise<ArrayBuffer> {
  const iv = view(sealed.iv);
  const params: AesGcmParams = additionalData
    ? { name: 'AES-GCM', iv, additionalData: view(additionalData) }
    : { name: 'AES-GCM', iv };
  try {
    return await crypto.subtle.decrypt(params, key, view(sealed.data));
  } catch (error) {
    // WebCrypto reports a failed tag check as an OperationError.
    if (errorName(error) === 'OperationError') throw new DecryptError();
    throw error;
  }
}

/** Encrypts a text as UTF-8. */
export const encryptText = (key: CryptoKey, text: string, additionalData?: BufferSource) =>
  encryptBytes(key, encoder.encode(text), additionalData);

/** Decrypts a text made by `encryptText`. @throws DecryptError */
export async function decryptText(
  key: CryptoKey,
  sealed: Sealed,
  additionalData?: BufferSource,
): Promise<string> {
  return new TextDecoder().decode(await decryptBytes(key, sealed, additionalData));
}

const VERIFIER_TEXT = 'balise-journal-verifier-1';
const VERIFIER_DATA = encoder.encode('verifier');

/** A known text encrypted with the key, stored beside the salt to recognise the passphrase. */
export const makeVerifier = (key: CryptoKey): Promise<Sealed> =>
  encryptText(key, VERIFIER_TEXT, VERIFIER_DATA);

/**
 * True when `key` opens `verifier`: the passphrase was right. False on a failed AES-GCM tag
 * check (wrong passphrase), without touching any stored data.
 */
export async function checkVerifier(key: CryptoKey, verifier: Sealed): Promise<boolean> {
  try {
    return (await decryptText(key, verifier, VERIFIER_DATA)) === VERIFIER_TEXT;
  } catch (error) {
    if (error instanceof DecryptError) return false;
    throw error;
  }
}

/** UTF-8 bytes of a record's id, for `additionalData`. */
export const bindTo = (label: string): Uint8Array<ArrayBuffer> => encoder.encode(label);
