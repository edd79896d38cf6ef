import type { ContentKind } from '../../engine/index.ts';
import { CONTENT_KINDS } from '../../engine/index.ts';
import type { ChainLink } from './chain-kit.ts';

/**
 * The evidence journal's data: one entry per act of harassment, with its attachments' hashes.
 * Everything here is plain data and checks; storage is in `db.ts`, archives in `zip-*.ts`.
 */

/** Version of the entry format, written in every export's manifest. */
export const JOURNAL_SCHEMA = 1;

/** A file attached to an entry. The bytes live in the repository, under `id`. */
export interface AttachmentMeta {
  /** `crypto.randomUUID()`, lowercase. */
  readonly id: string;
  /** The file's name as the user's device gave it. */
  readonly name: string;
  /** MIME type, may be `''` when the device did not say. */
  readonly type: string;
  /** Size in bytes. */
  readonly size: number;
  /** Lowercase hex SHA-256 of the bytes, computed when the file was added. */
  readonly sha256: string;
  /** ISO instant at which the file was added. */
  readonly addedAt: string;
  /**
   * For a copy with zones masked before sharing (issue 14): the SHA-256 of the image it was made
   * from, which stays in the journal unchanged. Absent for any other file.
   */
  readonly redactedFrom?: string;
}

/**
 * What the person checked their capture shows, when adding it (issue 14): the date and time, the
 * content's address (or the conversation), the author's identifier rather than a display name,
 * the context around it, and their own private data hidden. Kept with the entry and shown in the
 * chronology, so that a reader knows what the screenshots were checked for.
 */
export const CAPTURE_CHECKS = [
  'date-shown',
  'address-noted',
  'author-id',
  'context',
  'own-data-hidden',
] as const;
export type CaptureCheck = (typeof CAPTURE_CHECKS)[number];

/** What an edit can change in an entry, in the order versions list them. */
export const VERSIONED_FIELDS = [
  'occurredAt',
  'approximate',
  'platform',
  'where',
  'url',
  'conversation',
  'author',
  'kinds',
  'description',
  'attachments',
  'checks',
] as const;
export type VersionedField = (typeof VERSIONED_FIELDS)[number];

/**
 * An earlier version of an entry, kept when an edit changed it (issue 14): when it had been
 * saved, and the value each changed field had then (a removed file's name and hash included).
 */
export interface EntryVersion {
  /** The `updatedAt` of that version: when it was saved. */
  readonly savedAt: string;
  /** The fields the next save changed, with their values in this version. Never empty. */
  readonly previous: Partial<Pick<JournalEntry, VersionedField>>;
  /** This version's record in the journal's hash chain; null when saved before the chain. */
  readonly link: ChainLink | null;
}

/** One act of harassment, as the user recorded it. */
export interface JournalEntry {
  /** `crypto.randomUUID()`, lowercase. */
  readonly id: string;
  /** When it happened, as typed, local time: `'YYYY-MM-DDTHH:mm'`, or `'YYYY-MM-DD'` without time. */
  readonly occurredAt: string;
  /** The user said "environ": the time (or date) is approximate. */
  readonly approximate: boolean;
  /** ISO instant at which the entry was first saved. Set once, never changed by an edit. */
  readonly capturedAt: string;
  /** ISO instant of the last save. */
  readonly updatedAt: string;
  /** A platform id from the UI's list (`'instagram'`, …) or `'other'`. */
  readonly platform: string;
  /** Where on the platform, free text ("story", "groupe de classe"); may be `''`. */
  readonly where: string;
  /** Address of the content; may be `''`. */
  readonly url: string;
  /** For a private message: which conversation; may be `''`. */
  readonly conversation: string;
  /** The author's handle or profile address; may be `''`. */
  readonly author: string;
  /** What kind of act, as engine ids; at least one. */
  readonly kinds: readonly ContentKind[];
  /** What happened, in the user's words. */
  readonly description: string;
  /** Attached files (screenshots, PDF, audio…), in the order the user added them. */
  readonly attachments: readonly AttachmentMeta[];
  /**
   * The capture checks ticked, in `CAPTURE_CHECKS` order. Entries saved before the checks
   * existed (and older exports) have none.
   */
  readonly checks: readonly CaptureCheck[];
  /**
   * Earlier versions, oldest first; empty for an entry never edited (and for entries and exports
   * from before versions were kept).
   */
  readonly versions: readonly EntryVersion[];
  /**
   * This version's record in the journal's hash chain (`chain-kit.ts`), set by the repository
   * when it saves; null for an entry saved before the chain existed (or not saved yet).
   */
  readonly link: ChainLink | null;
  /**
   * The links of versions no longer kept (beyond `maxVersionsPerEntry`): their content is gone,
   * their place in the chain stays, so the chain still follows.
   */
  readonly trimmed: readonly ChainLink[];
}

/**
 * Every bound the journal enforces. Lengths count UTF-16 code units (`string.length`).
 * The import caps stop hostile archives (zip bombs, millions of files) before they fill memory.
 */
export const LIMITS = {
  /** Largest attachment accepted. */
  maxAttachmentBytes: 200 * 1024 * 1024,
  /** Entries in one journal. */
  maxEntries: 10_000,
  /** Attachments in one entry. */
  maxAttachmentsPerEntry: 100,
  /** Earlier versions kept per entry: the first one and the latest ones beyond this. */
  maxVersionsPerEntry: 50,
  /** Links of versions no longer kept, per entry. */
  maxTrimmedLinks: 10_000,
  maxUrlLength: 2_000,
  maxAuthorLength: 2_000,
  maxConversationLength: 2_000,
  maxWhereLength: 500,
  maxDescriptionLength: 20_000,
  maxPlatformLength: 64,
  maxFileNameLength: 255,
  maxFileTypeLength: 255,
  /**
   * Total bytes an archive may inflate to. Also the export ceiling: the ZIP writer does not
   * write ZIP64 records, so an archive must stay under 4 GiB.
   */
  maxArchiveBytes: 4 * 1024 * 1024 * 1024 - 64 * 1024 * 1024,
  /** Files in one archive (attachments plus the three text files). */
  maxArchiveFiles: 100_000,
  /** Size of `manifest.json` once inflated. */
  maxManifestBytes: 256 * 1024 * 1024,
  /** A file inflating more than this many times its compressed size is a zip bomb… */
  maxCompressionRatio: 100,
  /** …once it has produced at least this much (small text legitimately compresses well). */
  compressionRatioFloorBytes: 1024 * 1024,
} as const;

/** Thrown by `parseEntry`; `fields` names every malformed field (`'entry'` for the whole). */
export class InvalidEntryError extends Error {
  /** Field paths such as `'url'`, `'kinds'`, `'attachments.2.sha256'`. */
  readonly fields: readonly string[];

  /** @param fields every malformed field, by path. */
  constructor(fields: readonly string[]) {
    super(`Invalid journal entry: ${fields.join(', ')}`);
    this.name = 'InvalidEntryError';
    this.fields = fields;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const PLATFORM = /^[a-z0-9][a-z0-9-]*$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** True for a lowercase UUID such as `crypto.randomUUID()` returns. */
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID.test(value);

/** True for a lowercase hex SHA-256 (64 characters). */
export const isSha256 = (value: unknown): value is string =>
  typeof value === 'string' && SHA256.test(value);

/** True for `'YYYY-MM-DD'` or `'YYYY-MM-DDTHH:mm'` naming a real calendar day and time. */
export function isLocalDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LOCAL_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hours, minutes] = [1, 2, 3, 4, 5].map((group) =>
    // A date without time has no hours and minutes: count them as 0.
    Number(match[group] ?? 0),
  ) as [number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hours <= 23 && minutes <= 59
  );
}

/** True for a real calendar day written `'YYYY-MM-DD'` (no time). */
export const isLocalDay = (value: unknown): value is string =>
  typeof value === 'string' && value.length === 10 && isLocalDateTime(value);

/** True for an ISO 8601 instant with seconds and an offset, as `Date#toISOString()` writes. */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array of ids from `ids`, each at most once. */
const isIdSet = (value: unknown, ids: readonly string[]): value is string[] =>
  Array.isArray(value) &&
  new Set(value).size === value.length &&
  value.every((id) => typeof id === 'string' && ids.includes(id));

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** Every field of a stored entry (the order is `parseEntry`'s output's). */
const ENTRY_FIELDS = [
  'id',
  'capturedAt',
  'updatedAt',
  ...VERSIONED_FIELDS,
  'versions',
  'link',
  'trimmed',
] as const;

const LINK_FIELDS = ['seq', 'at', 'record', 'prev', 'hash'];

/** A chain link, checked; null when absent; `undefined` when malformed. */
function parseLink(input: unknown): ChainLink | null | undefined {
  if (input === undefined || input === null) return null;
  if (!isRecord(input) || Object.keys(input).some((key) => !LINK_FIELDS.includes(key))) {
    return undefined;
  }
  const { seq, at, record, prev, hash } = input;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1 || !isInstant(at)) {
    return undefined;
  }
  if (!isSha256(record) || !isSha256(prev) || !isSha256(hash)) return undefined;
  return { seq, at, record, prev, hash };
}

/** The links of an entry's trimmed versions; `undefined` when malformed. */
function parseTrimmed(input: unknown): ChainLink[] | undefined {
  const raw = input ?? [];
  if (!Array.isArray(raw) || raw.length > LIMITS.maxTrimmedLinks) return undefined;
  const links = raw.map(parseLink);
  return links.every((link): link is ChainLink => link !== null && link !== undefined)
    ? links
    : undefined;
}

const ATTACHMENT_FIELDS = ['id', 'name', 'type', 'size', 'sha256', 'addedAt', 'redactedFrom'];

function parseAttachment(input: unknown, path: string, bad: string[]): AttachmentMeta | null {
  if (!isRecord(input)) {
    bad.push(path);
    return null;
  }
  const { id, name, type, size, sha256, addedAt, redactedFrom } = input;
  const before = bad.length;
  for (const field of Object.keys(input)) {
    if (!ATTACHMENT_FIELDS.includes(field)) bad.push(`${path}.${field}`);
  }
  if (redactedFrom !== undefined && !isSha256(redactedFrom)) bad.push(`${path}.redactedFrom`);
  if (!isUuid(id)) bad.push(`${path}.id`);
  if (!isText(name, LIMITS.maxFileNameLength) || name.length === 0) bad.push(`${path}.name`);
  if (!isText(type, LIMITS.maxFileTypeLength)) bad.push(`${path}.type`);
  if (
    typeof size !== 'number' ||
    !Number.isSafeInteger(size) ||
    size < 0 ||
    size > LIMITS.maxAttachmentBytes
  ) {
    bad.push(`${path}.size`);
  }
  if (!isSha256(sha256)) bad.push(`${path}.sha256`);
  if (!isInstant(addedAt)) bad.push(`${path}.addedAt`);
  if (bad.length > before) return null;
  return {
    id: id as string,
    name: name as string,
    type: type as string,
    size: size as number,
    sha256: sha256 as string,
    addedAt: addedAt as string,
    ...(redactedFrom === undefined ? {} : { redactedFrom: redactedFrom as string }),
  };
}

/**
 * Checks untrusted input (a stored record, an imported manifest, the UI's draft) and returns a
 * fresh entry with its fields in canonical order. Unknown fields, wrong types, bad formats and
 * over-long text are all rejected, each by name.
 *
 * @throws InvalidEntryError naming every bad field.
 */
export function parseEntry(input: unknown): JournalEntry {
  if (!isRecord(input)) throw new InvalidEntryError(['entry']);
  const bad: string[] = [];
  for (const field of Object.keys(input)) {
    if (!(ENTRY_FIELDS as readonly string[]).includes(field)) bad.push(field);
  }
  const { id, occurredAt, approximate, capturedAt, updatedAt, platform } = input;
  const { where, url, conversation, author, kinds, description, attachments } = input;
  // Absent from entries and exports made before the checks existed: none ticked.
  const checks = input['checks'] ?? [];
  // Likewise for versions: an entry from before them has no earlier version kept.
  const versions = parseVersions(input, bad);
  // And for the chain: an entry saved before it has no link.
  const link = parseLink(input['link']);
  if (link === undefined) bad.push('link');
  const trimmed = parseTrimmed(input['trimmed']);
  if (trimmed === undefined) bad.push('trimmed');
  if (!isUuid(id)) bad.push('id');
  if (!isLocalDateTime(occurredAt)) bad.push('occurredAt');
  if (typeof approximate !== 'boolean') bad.push('approximate');
  if (!isInstant(capturedAt)) bad.push('capturedAt');
  if (!isInstant(updatedAt)) bad.push('updatedAt');
  if (
    !isText(platform, LIMITS.maxPlatformLength) ||
    !PLATFORM.test(platform) ||
    platform.endsWith('-')
  ) {
    bad.push('platform');
  }
  if (!isText(where, LIMITS.maxWhereLength)) bad.push('where');
  if (!isText(url, LIMITS.maxUrlLength)) bad.push('url');
  if (!isText(conversation, LIMITS.maxConversationLength)) bad.push('conversation');
  if (!isText(author, LIMITS.maxAuthorLength)) bad.push('author');
  if (!isText(description, LIMITS.maxDescriptionLength)) bad.push('description');
  const kindsOk = isIdSet(kinds, CONTENT_KINDS) && kinds.length > 0;
  if (!kindsOk) bad.push('kinds');
  const checksOk = isIdSet(checks, CAPTURE_CHECKS);
  if (!checksOk) bad.push('checks');
  const metas: AttachmentMeta[] = [];
  if (!Array.isArray(attachments) || attachments.length > LIMITS.maxAttachmentsPerEntry) {
    bad.push('attachments');
  } else {
    attachments.forEach((item: unknown, index) => {
      const meta = parseAttachment(item, `attachments.${index}`, bad);
      if (meta) metas.push(meta);
    });
    if (new Set(metas.map((meta) => meta.id)).size !== metas.length) bad.push('attachments');
  }
  if (bad.length > 0) throw new InvalidEntryError(bad);
  return {
    id: id as string,
    occurredAt: occurredAt as string,
    approximate: approximate as boolean,
    capturedAt: capturedAt as string,
    updatedAt: updatedAt as string,
    platform: platform as string,
    where: where as string,
    url: url as string,
    conversation: conversation as string,
    author: author as string,
    kinds: [...(kinds as ContentKind[])],
    description: description as string,
    attachments: metas,
    checks: CAPTURE_CHECKS.filter((check) => (checks as readonly string[]).includes(check)),
    versions,
    link: link ?? null,
    trimmed: trimmed ?? [],
  };
}

/**
 * An entry's earlier versions, each checked as the entry it was: its changed fields over the
 * entry's own must make a valid entry. Names `versions` or `versions.<n>` when wrong.
 */
function parseVersions(input: Record<string, unknown>, bad: string[]): EntryVersion[] {
  const raw = input['versions'] ?? [];
  if (!Array.isArray(raw) || raw.length > LIMITS.maxVersionsPerEntry) {
    bad.push('versions');
    return [];
  }
  const versions: EntryVersion[] = [];
  raw.forEach((item: unknown, index) => {
    const path = `versions.${index}`;
    const previous = isRecord(item) ? item['previous'] : undefined;
    const keys = isRecord(previous) ? Object.keys(previous) : [];
    if (
      !isRecord(item) ||
      Object.keys(item).some((key) => !['savedAt', 'previous', 'link'].includes(key)) ||
      !isInstant(item['savedAt']) ||
      !isRecord(previous) ||
      keys.length === 0 ||
      keys.some((key) => !(VERSIONED_FIELDS as readonly string[]).includes(key))
    ) {
      bad.push(path);
      return;
    }
    const link = parseLink(item['link']);
    if (link === undefined) {
      bad.push(path);
      return;
    }
    try {
      const as = parseEntry({ ...input, ...previous, versions: [], link: null, trimmed: [] });
      versions.push({
        savedAt: item['savedAt'],
        previous: Object.fromEntries(
          VERSIONED_FIELDS.filter((field) => field in previous).map((field) => [field, as[field]]),
        ),
        link,
      });
    } catch {
      bad.push(path);
    }
  });
  return versions;
}

/**
 * The history an edit leaves: `before`'s versions, plus `before` itself when `after` changed any
 * field (with the values it had and its chain link). Beyond `maxVersionsPerEntry`, the first
 * version and the latest are kept (what the act was when first noted, and its recent history);
 * the others' links go to `trimmed`, so the chain still follows. An edit that changed nothing
 * keeps the link: the repository writes no new record for it.
 */
export function historyAfterEdit(
  before: JournalEntry,
  after: Pick<JournalEntry, VersionedField>,
): Pick<JournalEntry, 'versions' | 'trimmed' | 'link'> {
  const changed = VERSIONED_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (changed.length === 0) {
    return { versions: [...before.versions], trimmed: [...before.trimmed], link: before.link };
  }
  const version: EntryVersion = {
    savedAt: before.updatedAt,
    previous: Object.fromEntries(changed.map((field) => [field, before[field]])),
    link: before.link,
  };
  const all = [...before.versions, version];
  const max = LIMITS.maxVersionsPerEntry;
  if (all.length <= max) return { versions: all, trimmed: [...before.trimmed], link: null };
  const dropped = all.slice(1, all.length - max + 1);
  return {
    versions: [all[0] as EntryVersion, ...all.slice(all.length - max + 1)],
    trimmed: [
      ...before.trimmed,
      ...dropped.flatMap((v) => (v.link === null ? [] : [v.link])),
    ].slice(-LIMITS.maxTrimmedLinks),
    link: null,
  };
}

/**
 * The chronology's order: by `occurredAt` (a day without time sorts before the timed entries of
 * that day), then `capturedAt`, then `id` so the order is total and stable.
 */
export function compareEntries(a: JournalEntry, b: JournalEntry): number {
  const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (
    order(a.occurredAt, b.occurredAt) || order(a.capturedAt, b.capturedAt) || order(a.id, b.id)
  );
}

/**
 * The latest link among these entries' own (their current versions): a point of the journal's
 * hash chain that commits to every record up to it, to print where it can be compared later (the
 * front-desk sheet, the chronology). Null when no entry is linked yet.
 */
export function latestLink(entries: readonly JournalEntry[]): ChainLink | null {
  let latest: ChainLink | null = null;
  for (const entry of entries) {
    if (entry.link !== null && (latest === null || entry.link.seq > latest.seq))
      latest = entry.link;
  }
  return latest;
}
