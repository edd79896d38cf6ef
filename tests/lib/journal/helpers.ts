/**
 * Shared test setup for the journal. Import it FIRST in every journal test file.
 *
 * jsdom's Blob has no `stream()` and cannot be structured-cloned (fake-indexeddb turns it into
 * `{}`), unlike a browser's. Node's own Blob behaves like a browser's on both counts, so the
 * journal tests use it as the global Blob.
 */
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { JournalRepo } from '../../../src/lib/journal/db.ts';
import type { AttachmentMeta, JournalEntry } from '../../../src/lib/journal/model.ts';

globalThis.Blob = NodeBlob as unknown as typeof Blob;

/** PBKDF2 rounds in tests: the real default (600,000) takes about a second per derivation. */
export const FAST = 1_000;

let counter = 0;

/** A fresh, unique database name, so tests never share a journal. */
export function dbName(): string {
  counter += 1;
  return `journal-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A Blob of these bytes (or this text). */
export const blobOf = (content: string | Uint8Array, type = ''): Blob =>
  new Blob([typeof content === 'string' ? new TextEncoder().encode(content) : content.slice()], {
    type,
  });

/** Lowercase hex SHA-256, by Node's own implementation (independent of the code under test). */
export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Bytes of a Blob. */
export const bytesOf = async (blob: Blob): Promise<Uint8Array> =>
  new Uint8Array(await blob.arrayBuffer());

/** An attachment ready to save: its metadata (with the true hash) and its data. */
export function attachment(
  content: string | Uint8Array,
  name = 'capture.png',
  type = 'image/png',
): { readonly meta: AttachmentMeta; readonly data: Blob } {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    meta: {
      id: crypto.randomUUID(),
      name,
      type,
      size: bytes.length,
      sha256: sha256(bytes),
      addedAt: '2024-04-12T10:00:00.000Z',
    },
    data: blobOf(bytes, type),
  };
}

/** A valid entry; override any field. */
export function entry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: crypto.randomUUID(),
    checks: [],
    versions: [],
    link: null,
    trimmed: [],
    occurredAt: '2024-03-03T21:15',
    approximate: false,
    capturedAt: '2024-03-04T08:00:00.000Z',
    updatedAt: '2024-03-04T08:00:00.000Z',
    platform: 'instagram',
    where: 'story',
    url: 'https://www.instagram.com/stories/someone/123',
    conversation: '',
    author: '@someone',
    kinds: ['insults'],
    description: 'Insultes sous ma photo.',
    attachments: [],
    ...overrides,
  };
}

/** Saves an entry with these attachments, as the UI does for a new entry. */
export async function saveWith(
  repo: JournalRepo,
  files: readonly { readonly meta: AttachmentMeta; readonly data: Blob }[],
  overrides: Partial<JournalEntry> = {},
): Promise<JournalEntry> {
  const saved = entry({ ...overrides, attachments: files.map((file) => file.meta) });
  await repo.save(saved, files, []);
  // As stored: with the link the repository gave it in the hash chain.
  const stored = (await repo.list()).find((item) => item.id === saved.id);
  if (stored === undefined) throw new Error(`entry ${saved.id} not stored`);
  return stored;
}

/** Entries without their places in the hash chain: what the person wrote, for comparisons. */
export const unchained = (entries: readonly JournalEntry[]): JournalEntry[] =>
  entries.map((item) => ({
    ...item,
    link: null,
    trimmed: [],
    versions: item.versions.map((version) => ({ ...version, link: null })),
  }));

/** Everything a user could see of a journal: entries, and each file's hash and type. */
export async function snapshot(repo: JournalRepo) {
  const entries = await repo.list();
  const files: Record<string, { sha256: string; type: string }> = {};
  for (const item of entries) {
    for (const meta of item.attachments) {
      const blob = await repo.file(meta.id);
      files[meta.id] = { sha256: sha256(await bytesOf(blob)), type: blob.type };
    }
  }
  return { entries: unchained(entries), files };
}

/** Collects what an export writes through a callback sink. */
export function collector() {
  const chunks: Uint8Array[] = [];
  let finished = false;
  return {
    sink: (chunk: Uint8Array, final: boolean) => {
      chunks.push(chunk.slice());
      if (final) finished = true;
    },
    chunks,
    get finished() {
      return finished;
    },
    blob: () => new Blob(chunks.map((chunk) => new Uint8Array(chunk))),
  };
}

/** Rejection's `problem` (or `undefined` when it resolved or had none). */
export async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'problem' in error
      ? error.problem
      : error;
  }
  return undefined;
}

/** Names of the IndexedDB databases that exist now. */
export const databaseNames = async (): Promise<string[]> =>
  (await indexedDB.databases()).map((d) => d.name ?? '');

/** Deletes the IndexedDB database `name` (absent is fine), between tests. */
export const deleteDatabaseNamed = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => {
      resolve();
    };
  });
