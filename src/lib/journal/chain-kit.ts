/**
 * The journal's hash chain (issue 14): every save of an act is a record, numbered in the order it
 * was written, and each record's link carries the hash of the link before it. An act altered
 * afterwards no longer matches its link; a record taken out leaves a hole or a link whose `prev`
 * does not follow. An act the person deletes keeps its links (hashes only, no content) and adds
 * a removal record, so a deletion is said, never hidden.
 *
 * What the chain proves, and what it does not: that the records are the ones written, in that
 * order, and that nothing was changed or removed since a given link, as long as that link's
 * hash was kept elsewhere (printed on the front-desk sheet, in the chronology, sent to someone).
 * Whoever holds the whole journal can rewrite the whole chain: it is no signature and no date
 * stamp from a third party.
 *
 * `chainKit` is written to be copied as text into `verifier.html` (`chainKit.toString()`), like
 * `verifyArchive`: it must stay self-contained — no import, no module-level name, only browser
 * globals (`crypto.subtle`, `TextEncoder`). The app builds its links with the same code.
 */

// Types only: erased from the code, so `chainKit` stays self-contained.
import type { JournalEntry } from './model.ts';

/** One record's place in the chain. */
export interface ChainLink {
  /** 1 for the journal's first record, then +1 for each. */
  readonly seq: number;
  /** ISO instant at which the record was written. */
  readonly at: string;
  /** SHA-256 of the record's content (`recordText`), hex. */
  readonly record: string;
  /** `hash` of the link before (64 zeros for the first). */
  readonly prev: string;
  /** SHA-256 of this link's four fields above, hex. */
  readonly hash: string;
}

/** An act the person deleted: its links, kept without their content, and the removal's own. */
export interface ChainRemoval {
  readonly links: readonly ChainLink[];
  readonly event: ChainLink;
}

/** The journal's chain beside its entries: the last link, and what was deleted. */
export interface ChainState {
  /** The last link's number (0 before any record). */
  readonly seq: number;
  /** The last link's hash (64 zeros before any record). */
  readonly hash: string;
  readonly removals: readonly ChainRemoval[];
}

/** What was wrong at one record of the chain. */
export interface ChainProblem {
  readonly seq: number;
  /**
   * `altered`: the content no longer matches its link; `broken`: the link does not follow the
   * one before or its own hash is wrong; `missing`: no record with this number; `duplicate`:
   * two records with this number.
   */
  readonly problem: 'altered' | 'broken' | 'missing' | 'duplicate';
}

/** What the chain check found. */
export type ChainReport =
  /** An export from before the chain, or of a journal never saved since: nothing to check. */
  | { readonly kind: 'none'; readonly unsealed: number }
  | {
      readonly kind: 'checked';
      /** Records in the chain, deleted acts' included. */
      readonly records: number;
      /** Records whose content was checked against their link (acts and versions kept). */
      readonly contentChecked: number;
      /** Acts deleted by the person (their records are counted in `records`). */
      readonly removals: number;
      /** Acts without a link: noted before the chain existed, not covered by it. */
      readonly unsealed: number;
      readonly last: { readonly seq: number; readonly hash: string };
      /** Every link found, by number: to compare with a fingerprint noted elsewhere. */
      readonly links: readonly Pick<ChainLink, 'seq' | 'at' | 'hash'>[];
      readonly problems: readonly ChainProblem[];
      readonly intact: boolean;
    };

/** An act's content as the chain hashes it: every field but its times of saving and history. */
export type ChainedState = Omit<JournalEntry, 'updatedAt' | 'versions' | 'link' | 'trimmed'>;

// The kit's return type is written out so that the function's body stays free of outer names.
export interface ChainKit {
  readonly GENESIS: string;
  /** SHA-256 (hex) of an act's content. */
  readonly recordDigest: (state: ChainedState) => Promise<string>;
  /** SHA-256 (hex) of a removal: the hashes of the deleted act's links. */
  readonly removalDigest: (links: readonly ChainLink[]) => Promise<string>;
  /** The link that follows `prev` (a link, or the start) for a record of this digest. */
  readonly linkAfter: (
    prev: { readonly seq: number; readonly hash: string },
    at: string,
    record: string,
  ) => Promise<ChainLink>;
  /** Checks an export's entries and chain state, as found in its manifest (untrusted). */
  readonly check: (manifest: unknown) => Promise<ChainReport>;
}

export function chainKit(): ChainKit {
  // Everything below is inside this function on purpose (see the module's comment).
  const GENESIS = '0'.repeat(64);
  const HEX64 = /^[0-9a-f]{64}$/;
  const sha256 = async (text: string): Promise<string> => {
    const data = new TextEncoder().encode(text);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  };
  const recordDigest = (state: ChainedState): Promise<string> =>
    sha256(
      JSON.stringify([
        'balise-record-1',
        state.id,
        state.capturedAt,
        state.occurredAt,
        state.approximate,
        state.platform,
        state.where,
        state.url,
        state.conversation,
        state.author,
        state.kinds,
        state.description,
        // A masked copy also records the image it was made from.
        state.attachments.map((a) =>
          a.redactedFrom === undefined
            ? [a.id, a.name, a.type, a.size, a.sha256, a.addedAt]
            : [a.id, a.name, a.type, a.size, a.sha256, a.addedAt, a.redactedFrom],
        ),
        state.checks,
      ]),
    );
  const removalDigest = (links: readonly ChainLink[]): Promise<string> =>
    sha256(JSON.stringify(['balise-removal-1', links.map((link) => link.hash)]));
  const linkHash = (seq: number, at: string, record: string, prev: string): Promise<string> =>
    sha256(`balise-chain-1|${seq}|${at}|${record}|${prev}`);
  const linkAfter = async (
    prev: { readonly seq: number; readonly hash: string },
    at: string,
    record: string,
  ): Promise<ChainLink> => {
    const seq = prev.seq + 1;
    return { seq, at, record, prev: prev.hash, hash: await linkHash(seq, at, record, prev.hash) };
  };

  type Loose = Record<string, unknown>;
  const isLoose = (value: unknown): value is Loose =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const asLink = (value: unknown): ChainLink | null => {
    if (!isLoose(value)) return null;
    const { seq, at, record, prev, hash } = value;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
    if (typeof at !== 'string' || typeof record !== 'string') return null;
    if (typeof prev !== 'string' || typeof hash !== 'string') return null;
    if (![record, prev, hash].every((h) => HEX64.test(h))) return null;
    return { seq, at, record, prev, hash };
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

  const check = async (manifest: unknown): Promise<ChainReport> => {
    const root = isLoose(manifest) ? manifest : {};
    const entries = list(root['entries']).filter(isLoose);
    const chain = isLoose(root['chain']) ? root['chain'] : null;
    // Every link found, with the content it can be checked against (null: hashes only).
    const found: { link: ChainLink | null; raw: unknown; digest: Promise<string> | null }[] = [];
    let unsealed = 0;
    for (const entry of entries) {
      if (entry['link'] === undefined || entry['link'] === null) {
        unsealed += 1;
        continue;
      }
      // The act as it is now, then each earlier version, newest first: each version's changed
      // fields over the state after it give the state it had.
      let state: Loose = entry;
      let known = true;
      found.push({
        link: asLink(entry['link']),
        raw: entry['link'],
        digest: recordDigest(state as unknown as ChainedState),
      });
      const versions = list(entry['versions']);
      // Versions no longer kept (beyond the number kept, the first and the latest stay): their
      // links only. Past that gap, the first version's content cannot be rebuilt.
      const trimmed = list(entry['trimmed']);
      for (const raw of trimmed) found.push({ link: asLink(raw), raw, digest: null });
      for (let index = versions.length - 1; index >= 0; index -= 1) {
        const version = versions[index];
        const previous =
          isLoose(version) && isLoose(version['previous']) ? version['previous'] : {};
        if (index === 0 && trimmed.length > 0) known = false;
        state = { ...state, ...previous };
        const raw = isLoose(version) ? version['link'] : undefined;
        if (raw === undefined || raw === null) continue;
        found.push({
          link: asLink(raw),
          raw,
          digest: known ? recordDigest(state as unknown as ChainedState) : null,
        });
      }
    }
    const removals = chain ? list(chain['removals']) : [];
    for (const removal of removals) {
      const links = isLoose(removal) ? list(removal['links']) : [];
      for (const raw of links) found.push({ link: asLink(raw), raw, digest: null });
      const event = isLoose(removal) ? removal['event'] : undefined;
      const parsed = links.map(asLink).filter((link) => link !== null);
      found.push({
        link: asLink(event),
        raw: event,
        // A malformed link among them is reported above; the removal then cannot match.
        digest: parsed.length === links.length ? removalDigest(parsed) : Promise.resolve(''),
      });
    }
    if (found.length === 0 && chain === null) return { kind: 'none', unsealed };

    const problems: ChainProblem[] = [];
    const bySeq = new Map<number, ChainLink>();
    let contentChecked = 0;
    for (const item of found) {
      const link = item.link;
      if (link === null) {
        const seq = isLoose(item.raw) && typeof item.raw['seq'] === 'number' ? item.raw['seq'] : 0;
        problems.push({ seq, problem: 'broken' });
        continue;
      }
      if (bySeq.has(link.seq)) problems.push({ seq: link.seq, problem: 'duplicate' });
      bySeq.set(link.seq, link);
      if (item.digest !== null) {
        if ((await item.digest) !== link.record)
          problems.push({ seq: link.seq, problem: 'altered' });
        else contentChecked += 1;
      }
      if ((await linkHash(link.seq, link.at, link.record, link.prev)) !== link.hash) {
        problems.push({ seq: link.seq, problem: 'broken' });
      }
    }
    const lastSeq =
      chain && typeof chain['seq'] === 'number' && Number.isSafeInteger(chain['seq'])
        ? chain['seq']
        : Math.max(0, ...bySeq.keys());
    const lastHash = chain && typeof chain['hash'] === 'string' ? chain['hash'] : '';
    let prev = GENESIS;
    for (let seq = 1; seq <= lastSeq; seq += 1) {
      const link = bySeq.get(seq);
      if (link === undefined) {
        problems.push({ seq, problem: 'missing' });
        prev = '';
        continue;
      }
      if (prev !== '' && link.prev !== prev) problems.push({ seq, problem: 'broken' });
      prev = link.hash;
    }
    for (const seq of bySeq.keys()) {
      if (seq > lastSeq) problems.push({ seq, problem: 'broken' });
    }
    // The chain's state names its last link: a copy of the export cut short is seen.
    const lastLink = bySeq.get(lastSeq);
    if (lastLink !== undefined && lastLink.hash !== lastHash) {
      problems.push({ seq: lastSeq, problem: 'broken' });
    }
    const seen = new Set<string>();
    const unique = problems
      .filter((p) => {
        const key = `${p.seq}:${p.problem}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.seq - b.seq);
    return {
      kind: 'checked',
      records: bySeq.size,
      contentChecked,
      removals: removals.length,
      unsealed,
      last: { seq: lastSeq, hash: lastHash },
      links: [...bySeq.values()]
        .sort((a, b) => a.seq - b.seq)
        .map((link) => ({ seq: link.seq, at: link.at, hash: link.hash })),
      problems: unique,
      intact: unique.length === 0,
    };
  };

  return { GENESIS, recordDigest, removalDigest, linkAfter, check };
}
