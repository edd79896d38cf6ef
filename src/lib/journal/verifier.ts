/**
 * The check that `verifier.html` (written into every plain export) runs on an export, offline,
 * in any recent browser, without Balise: every byte of the ZIP is accounted for, every file's
 * CRC-32 and size match, and every attachment's SHA-256 is the one the manifest recorded.
 *
 * `verifyArchive` is written to be copied as text into that page (`verifyArchive.toString()`):
 * it must stay self-contained — no import, no module-level name, only browser globals
 * (`crypto.subtle`, `TextDecoder`). Tests run it in Node and, through the
 * exported page, in Chromium.
 *
 * Strict on purpose: it checks an archive as Balise writes it (fflate's streaming ZIP, every file
 * stored uncompressed, data descriptors, no extra fields, no comments), so one byte changed
 * anywhere is reported — in a
 * file's data (CRC-32, SHA-256), in a header (the local and central copies of each field must
 * agree, constants must be Balise's), or in the archive's layout (records must follow each other
 * with nothing between or after).
 */

import type { ChainReport } from './chain-kit.ts';

/** What one file of the archive gave. */
export interface CheckedFile {
  readonly path: string;
  /** An attachment listed by the manifest (its SHA-256 is checked), or one of the export's texts. */
  readonly role: 'attachment' | 'text';
  readonly status: 'ok' | 'changed' | 'missing';
  /** The SHA-256 the manifest recorded (attachments only). */
  readonly expected: string | null;
  /** The SHA-256 computed now (attachments found only). */
  readonly actual: string | null;
}

export type VerifierReport =
  /** The browser lacks what the check needs (WebCrypto). */
  | { readonly kind: 'unsupported' }
  /** Not a ZIP written by Balise, or damaged: `where` says what first failed, for the curious. */
  | { readonly kind: 'damaged'; readonly where: string }
  /** A ZIP without a readable Balise manifest. */
  | { readonly kind: 'no-manifest' }
  | {
      readonly kind: 'checked';
      readonly entries: number;
      readonly exportedAt: string;
      readonly files: readonly CheckedFile[];
      /** Files in the archive that the manifest does not list and the export does not write. */
      readonly extra: readonly string[];
      /** The hash chain of the journal's records (`chain-kit.ts`). */
      readonly chain: ChainReport;
      /** True when every file is `ok`, nothing is extra and the chain (if any) is intact. */
      readonly allMatch: boolean;
    };

/**
 * @param bytes the archive.
 * @param checkChain `chainKit().check`, passed in so that both functions stay self-contained.
 */
export async function verifyArchive(
  bytes: Uint8Array,
  checkChain: (manifest: unknown) => Promise<ChainReport>,
): Promise<VerifierReport> {
  // Everything below is inside this function on purpose (see the module's comment).
  const KNOWN_TEXTS = ['manifest.json', 'chronologie.html', 'chronologie.csv', 'verifier.html'];
  const LOCAL = 0x04034b50;
  const CENTRAL = 0x02014b50;
  const END = 0x06054b50;
  const DESCRIPTOR = 0x08074b50;
  const VERSION = 20;
  const DATA_DESCRIPTOR = 0x0008;
  const UTF8 = 0x0800;

  if (typeof crypto === 'undefined' || typeof crypto.subtle === 'undefined') {
    return { kind: 'unsupported' };
  }

  class Damaged extends Error {}
  const fail = (where: string): never => {
    throw new Damaged(where);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number =>
    at + 2 <= bytes.length ? view.getUint16(at, true) : fail('end');
  const u32 = (at: number): number =>
    at + 4 <= bytes.length ? view.getUint32(at, true) : fail('end');
  const utf8 = new TextDecoder('utf-8', { fatal: true });

  let crcTable: Uint32Array | null = null;
  const crc32 = (data: Uint8Array): number => {
    if (crcTable === null) {
      crcTable = new Uint32Array(256);
      for (let n = 0; n < 256; n += 1) {
        let c = n;
        for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        crcTable[n] = c >>> 0;
      }
    }
    let crc = 0xffffffff;
    for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
  const sha256 = async (data: Uint8Array): Promise<string> => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  };

  interface Item {
    readonly path: string;
    readonly data: Uint8Array;
  }

  const readZip = (): Item[] => {
    // The end record: the archive's last 22 bytes (Balise writes no comment).
    const endAt = bytes.length - 22;
    if (endAt < 0 || u32(endAt) !== END) fail('end record');
    if (u16(endAt + 4) !== 0 || u16(endAt + 6) !== 0 || u16(endAt + 20) !== 0) fail('end record');
    const count = u16(endAt + 8);
    if (u16(endAt + 10) !== count) fail('end record');
    const centralSize = u32(endAt + 12);
    const centralAt = u32(endAt + 16);
    if (centralAt + centralSize !== endAt) fail('central directory');
    const items: Item[] = [];
    let central = centralAt;
    let local = 0;
    for (let index = 0; index < count; index += 1) {
      const where = `file ${index + 1}`;
      if (u32(central) !== CENTRAL) fail(where);
      const madeBy = u16(central + 4);
      const needed = u16(central + 6);
      const flags = u16(central + 8);
      const method = u16(central + 10);
      const time = u16(central + 12);
      const date = u16(central + 14);
      const crc = u32(central + 16);
      const compressed = u32(central + 20);
      const size = u32(central + 24);
      const nameLength = u16(central + 28);
      if (madeBy !== VERSION || needed !== VERSION) fail(where);
      // Balise streams every file, stored: sizes and CRC follow the data, in a descriptor.
      if ((flags & ~UTF8) !== DATA_DESCRIPTOR || method !== 0 || compressed !== size) fail(where);
      // No extra field, no comment, disk 0, no attributes: as Balise writes them.
      for (const at of [30, 32, 34, 36]) if (u16(central + at) !== 0) fail(where);
      if (u32(central + 38) !== 0 || u32(central + 42) !== local) fail(where);
      const nameBytes = bytes.subarray(central + 46, central + 46 + nameLength);
      if (nameBytes.length !== nameLength) fail(where);
      const ascii = nameBytes.every((b) => b < 0x80);
      if (ascii === ((flags & UTF8) !== 0)) fail(where);
      let path = '';
      try {
        path = utf8.decode(nameBytes);
      } catch {
        fail(where);
      }
      // The local copy of the header must say the same, field by field.
      if (u32(local) !== LOCAL) fail(where);
      if (
        u16(local + 4) !== needed ||
        u16(local + 6) !== flags ||
        u16(local + 8) !== method ||
        u16(local + 10) !== time ||
        u16(local + 12) !== date ||
        u32(local + 14) !== 0 ||
        u32(local + 18) !== 0 ||
        u32(local + 22) !== 0 ||
        u16(local + 26) !== nameLength ||
        u16(local + 28) !== 0
      ) {
        fail(where);
      }
      for (let i = 0; i < nameLength; i += 1) {
        if (bytes[local + 30 + i] !== nameBytes[i]) fail(where);
      }
      const dataAt = local + 30 + nameLength;
      const stored = bytes.subarray(dataAt, dataAt + compressed);
      if (stored.length !== compressed) fail(where);
      const next = dataAt + compressed + 16;
      if (u32(next - 16) !== DESCRIPTOR) fail(where);
      if (u32(next - 12) !== crc || u32(next - 8) !== compressed || u32(next - 4) !== size) {
        fail(where);
      }
      const data = stored;
      if (data.length !== size || crc32(data) !== crc) fail(where);
      items.push({ path, data });
      local = next;
      central += 46 + nameLength;
    }
    // Nothing between the last file and the central directory, nor after the end record.
    if (local !== centralAt || central !== endAt) fail('layout');
    return items;
  };

  let items: Item[];
  try {
    items = readZip();
  } catch (error) {
    if (error instanceof Damaged) return { kind: 'damaged', where: error.message };
    throw error;
  }

  const byPath = new Map(items.map((item) => [item.path, item.data]));
  if (byPath.size !== items.length) return { kind: 'damaged', where: 'duplicate' };
  const manifestBytes = byPath.get('manifest.json');
  if (manifestBytes === undefined) return { kind: 'no-manifest' };
  let manifest: {
    format?: unknown;
    exportedAt?: unknown;
    entries?: { attachments?: { path?: unknown; sha256?: unknown; size?: unknown }[] }[];
  };
  try {
    manifest = JSON.parse(utf8.decode(manifestBytes)) as typeof manifest;
  } catch {
    return { kind: 'no-manifest' };
  }
  if (manifest.format !== 'balise-journal' || !Array.isArray(manifest.entries)) {
    return { kind: 'no-manifest' };
  }

  const files: CheckedFile[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    for (const attachment of Array.isArray(entry.attachments) ? entry.attachments : []) {
      const path = String(attachment.path);
      const expected = String(attachment.sha256);
      listed.add(path);
      const data = byPath.get(path);
      if (data === undefined) {
        files.push({ path, role: 'attachment', status: 'missing', expected, actual: null });
        continue;
      }
      const actual = await sha256(data);
      const same = actual === expected && data.length === attachment.size;
      files.push({ path, role: 'attachment', status: same ? 'ok' : 'changed', expected, actual });
    }
  }
  for (const path of KNOWN_TEXTS) {
    if (byPath.has(path)) {
      files.push({ path, role: 'text', status: 'ok', expected: null, actual: null });
    }
  }
  const extra = items
    .map((item) => item.path)
    .filter((path) => !listed.has(path) && !KNOWN_TEXTS.includes(path));
  const chain = await checkChain(manifest);
  return {
    kind: 'checked',
    entries: manifest.entries.length,
    exportedAt: String(manifest.exportedAt),
    files,
    extra,
    chain,
    allMatch:
      extra.length === 0 &&
      files.every((file) => file.status === 'ok') &&
      (chain.kind === 'none' || chain.intact),
  };
}
