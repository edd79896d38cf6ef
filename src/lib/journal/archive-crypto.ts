import { ImportError } from './archive-error.ts';
import { readRange } from './blob-chunks.ts';
import type { Sealed } from './crypto.ts';
import {
  DecryptError,
  IV_BYTES,
  MAX_ITERATIONS,
  SALT_BYTES,
  TAG_BYTES,
  checkVerifier,
  decryptBytes,
  deriveKey,
  encryptBytes,
  makeVerifier,
  randomBytes,
} from './crypto.ts';

/**
 * The passphrase-encrypted export (`.zip.enc`): the whole ZIP, cut in fixed-size chunks, each
 * encrypted with AES-GCM under its own random IV. Every chunk's additional data binds the
 * header, the chunk's index and its "last" flag, so chunks cannot be reordered, dropped,
 * duplicated or cut off at a chunk boundary without the decryption failing.
 *
 * Layout (integers big-endian):
 * ```
 * header  'BALISEENC1' | u8 saltLength | salt | u32 iterations | u32 chunkSize
 *         | verifier IV (12) | u16 verifierLength | verifier    (a known text, to tell a wrong
 *                                                               passphrase from damage)
 * chunk*  u8 flags (1 = last) | IV (12) | u32 length | AES-GCM ciphertext+tag (length bytes)
 * ```
 * Additional data of chunk i: header | u32 high(i) | u32 low(i) | flags.
 */

/** First bytes of an encrypted export. */
export const ENCRYPTED_MAGIC = 'BALISEENC1';

/** Plaintext bytes per chunk: memory while encrypting or decrypting stays about this. */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;

const MIN_CHUNK = 1024;
const MAX_CHUNK = 16 * 1024 * 1024;
const LAST = 1;
const CHUNK_HEAD = 1 + IV_BYTES + 4;
const magicBytes = new TextEncoder().encode(ENCRYPTED_MAGIC);

/** True when the bytes start like an encrypted export. */
export const isEncryptedArchive = (head: Uint8Array): boolean =>
  head.length >= magicBytes.length && magicBytes.every((byte, index) => head[index] === byte);

function buildHeader(salt: Uint8Array, iterations: number, chunkSize: number, verifier: Sealed) {
  const verifierData = new Uint8Array(verifier.data);
  const header = new Uint8Array(
    magicBytes.length + 1 + salt.length + 8 + IV_BYTES + 2 + verifierData.length,
  );
  const view = new DataView(header.buffer);
  let at = 0;
  header.set(magicBytes, at);
  at += magicBytes.length;
  header[at] = salt.length;
  header.set(salt, (at += 1));
  at += salt.length;
  view.setUint32(at, iterations);
  view.setUint32(at + 4, chunkSize);
  at += 8;
  header.set(new Uint8Array(verifier.iv), at);
  at += IV_BYTES;
  view.setUint16(at, verifierData.length);
  header.set(verifierData, at + 2);
  return header;
}

function chunkData(header: Uint8Array, index: number, flags: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(header.length + 9);
  data.set(header);
  const view = new DataView(data.buffer);
  view.setUint32(header.length, Math.floor(index / 2 ** 32));
  view.setUint32(header.length + 4, index >>> 0);
  data[header.length + 8] = flags;
  return data;
}

/**
 * Encrypts a byte stream into the container, writing through `write` (awaited: backpressure).
 * Holds at most one chunk of plaintext.
 */
export class ArchiveEncryptor {
  private readonly key: CryptoKey;
  private readonly header: Uint8Array;
  private readonly buffer: Uint8Array<ArrayBuffer>;
  private readonly write: (bytes: Uint8Array) => Promise<void>;
  private filled = 0;
  private index = 0;

  private constructor(
    key: CryptoKey,
    header: Uint8Array,
    chunkSize: number,
    write: (bytes: Uint8Array) => Promise<void>,
  ) {
    this.key = key;
    this.header = header;
    this.buffer = new Uint8Array(chunkSize);
    this.write = write;
  }

  /** Derives the key from the passphrase (new random salt) and writes the header. */
  static async start(
    passphrase: string,
    iterations: number,
    write: (bytes: Uint8Array) => Promise<void>,
    chunkSize: number = DEFAULT_CHUNK_BYTES,
  ): Promise<ArchiveEncryptor> {
    if (chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) throw new RangeError('chunk size');
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey(passphrase, salt, iterations);
    const header = buildHeader(salt, iterations, chunkSize, await makeVerifier(key));
    await write(header);
    return new ArchiveEncryptor(key, header, chunkSize, write);
  }

  private async emit(last: boolean): Promise<void> {
    const flags = last ? LAST : 0;
    const sealed = await encryptBytes(
      this.key,
      this.buffer.subarray(0, this.filled),
      chunkData(this.header, this.index, flags),
    );
    const head = new Uint8Array(CHUNK_HEAD);
    head[0] = flags;
    head.set(new Uint8Array(sealed.iv), 1);
    new DataView(head.buffer).setUint32(1 + IV_BYTES, sealed.data.byteLength);
    await this.write(head);
    await this.write(new Uint8Array(sealed.data));
    this.index += 1;
    this.filled = 0;
  }

  /** Adds plaintext. A full chunk is encrypted only once more data follows it. */
  async push(bytes: Uint8Array): Promise<void> {
    let at = 0;
    while (at < bytes.length) {
      if (this.filled === this.buffer.length) await this.emit(false);
      const take = Math.min(bytes.length - at, this.buffer.length - this.filled);
      this.buffer.set(bytes.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
    }
  }

  /** Encrypts what is left as the last chunk (possibly empty). */
  finish(): Promise<void> {
    return this.emit(true);
  }
}

/**
 * Decrypts an encrypted export into the ZIP it wraps, chunk by chunk. Each decrypted chunk is
 * handed to the browser's blob store at once (`new Blob([chunk])`, which the browser may keep on
 * disk), so the page holds about one chunk of plaintext at a time, not the whole archive; the
 * ZIP reader then reads that Blob at offsets, like a plain export.
 * @throws ImportError `wrong-passphrase`, `truncated` or `corrupt`.
 */
export async function decryptArchive(file: Blob, passphrase: string): Promise<Blob> {
  const fixed = magicBytes.length + 1;
  const start = await readRange(file, 0, fixed + SALT_BYTES + 8 + IV_BYTES + 2);
  if (start.length < fixed + SALT_BYTES + 8 + IV_BYTES + 2) throw new ImportError('truncated');
  if (start[magicBytes.length] !== SALT_BYTES) throw new ImportError('corrupt', 'header');
  const view = new DataView(start.buffer, start.byteOffset, start.byteLength);
  const salt = start.slice(fixed, fixed + SALT_BYTES);
  const iterations = view.getUint32(fixed + SALT_BYTES);
  const chunkSize = view.getUint32(fixed + SALT_BYTES + 4);
  const ivAt = fixed + SALT_BYTES + 8;
  const verifierLength = view.getUint16(ivAt + IV_BYTES);
  if (
    iterations < 1 ||
    iterations > MAX_ITERATIONS ||
    chunkSize < MIN_CHUNK ||
    chunkSize > MAX_CHUNK ||
    verifierLength < TAG_BYTES ||
    verifierLength > 256
  ) {
    throw new ImportError('corrupt', 'header');
  }
  const headerLength = start.length + verifierLength;
  const header = await readRange(file, 0, headerLength);
  if (header.length < headerLength) throw new ImportError('truncated');
  const key = await deriveKey(passphrase, salt, iterations);
  const verifier = {
    iv: start.slice(ivAt, ivAt + IV_BYTES).buffer,
    data: header.slice(start.length).buffer,
  };
  if (!(await checkVerifier(key, verifier))) throw new ImportError('wrong-passphrase');

  const parts: Blob[] = [];
  let at = headerLength;
  for (let index = 0; ; index += 1) {
    const head = await readRange(file, at, at + CHUNK_HEAD);
    if (head.length < CHUNK_HEAD) throw new ImportError('truncated');
    const flags = head[0] as number;
    const length = new DataView(head.buffer, head.byteOffset).getUint32(1 + IV_BYTES);
    if (flags > LAST || length < TAG_BYTES || length > chunkSize + TAG_BYTES) {
      throw new ImportError('corrupt', `chunk ${index}`);
    }
    const data = await readRange(file, at + CHUNK_HEAD, at + CHUNK_HEAD + length);
    if (data.length < length) throw new ImportError('truncated');
    let plain: ArrayBuffer;
    try {
      plain = await decryptBytes(
        key,
        { iv: head.slice(1, 1 + IV_BYTES).buffer, data: data.slice().buffer },
        chunkData(header, index, flags),
      );
    } catch (error) {
      if (error instanceof DecryptError) throw new ImportError('corrupt', `chunk ${index}`, error);
      throw error;
    }
    at += CHUNK_HEAD + length;
    if (flags === LAST) {
      if (at !== file.size) throw new ImportError('corrupt', 'trailing data');
      parts.push(new Blob([plain]));
      return new Blob(parts);
    }
    if (plain.byteLength !== chunkSize) throw new ImportError('corrupt', `chunk ${index}`);
    parts.push(new Blob([plain]));
  }
}
