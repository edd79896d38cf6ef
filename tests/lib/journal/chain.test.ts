import { FAST, attachment, dbName, entry, saveWith } from './helpers.ts';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChainReport } from '../../../src/lib/journal/chain-kit.ts';
import { chainKit } from '../../../src/lib/journal/chain-kit.ts';
import type { JournalRepo } from '../../../src/lib/journal/db.ts';
import { createMemoryJournal, openJournal } from '../../../src/lib/journal/db.ts';
import type { JournalEntry, VersionedField } from '../../../src/lib/journal/model.ts';
import { LIMITS, historyAfterEdit, parseEntry } from '../../../src/lib/journal/model.ts';
import { buildManifest } from '../../../src/lib/journal/zip-export.ts';

const { check, GENESIS } = chainKit();
const opened: JournalRepo[] = [];
afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
});

async function journal(): Promise<JournalRepo> {
  const repo = await openJournal({ name: dbName(), iterations: FAST });
  opened.push(repo);
  return repo;
}

/** The entry as the form saves it after an edit of these fields. */
function edited(
  before: JournalEntry,
  fields: Partial<Pick<JournalEntry, VersionedField>>,
  at = '2024-05-01T10:00:00.000Z',
): JournalEntry {
  const after = { ...before, ...fields };
  return { ...after, updatedAt: at, ...historyAfterEdit(before, after) };
}

const stored = async (repo: JournalRepo, id: string): Promise<JournalEntry> => {
  const found = (await repo.list()).find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

/** The manifest an export of this journal writes, as plain JSON (what verifier.html reads). */
const manifestOf = async (repo: JournalRepo): Promise<Record<string, unknown>> =>
  JSON.parse(
    JSON.stringify(
      buildManifest(await repo.list(), '9.9.9', '2024-06-01T00:00:00.000Z', await repo.chain()),
    ),
  ) as Record<string, unknown>;

const intact = (report: ChainReport) => (report.kind === 'checked' ? report.intact : null);
const problems = (report: ChainReport) => (report.kind === 'checked' ? report.problems : []);

type Entries = { description: string; versions: { previous: Record<string, unknown> }[] }[];

describe('the journal’s hash chain', () => {
  it('numbers every save, each link carrying the hash of the one before', async () => {
    const repo = await journal();
    await saveWith(repo, [attachment('a')]);
    await saveWith(repo, []);
    await saveWith(repo, [attachment('b')]);
    const links = (await repo.list())
      .map((e) => e.link)
      .sort((a, b) => (a?.seq ?? 0) - (b?.seq ?? 0));
    expect(links.map((l) => l?.seq)).toEqual([1, 2, 3]);
    expect(links[0]?.prev).toBe(GENESIS);
    expect(links[1]?.prev).toBe(links[0]?.hash);
    expect(links[2]?.prev).toBe(links[1]?.hash);
    expect(await repo.chain()).toEqual({ seq: 3, hash: links[2]?.hash, removals: [] });
    const report = await check(await manifestOf(repo));
    expect(report).toMatchObject({ kind: 'checked', records: 3, contentChecked: 3, intact: true });
  });

  it('an edit keeps the earlier record in the version it replaced; an edit changing nothing adds none', async () => {
    const repo = await journal();
    const first = await saveWith(repo, []);
    const saved = await stored(repo, first.id);
    await repo.save(edited(saved, { description: 'Précisé.' }), [], []);
    const after = await stored(repo, first.id);
    expect(after.versions[0]?.link).toEqual(saved.link);
    expect(after.link?.seq).toBe(2);
    await repo.save({ ...after, updatedAt: '2024-05-02T10:00:00.000Z' }, [], []);
    expect((await stored(repo, first.id)).link).toEqual(after.link);
    expect((await repo.chain()).seq).toBe(2);
    expect(await check(await manifestOf(repo))).toMatchObject({ records: 2, intact: true });
  });

  it('two tabs saving at the same time keep one chain, without a hole', async () => {
    const name = dbName();
    const tabs = [
      await openJournal({ name, iterations: FAST }),
      await openJournal({ name, iterations: FAST }),
    ];
    opened.push(...tabs);
    await Promise.all(
      Array.from({ length: 12 }, (_, n) => saveWith(tabs[n % 2] as JournalRepo, [])),
    );
    expect(await check(await manifestOf(tabs[0] as JournalRepo))).toMatchObject({
      records: 12,
      intact: true,
    });
  });

  it('a deleted act keeps its records, hashes only, and its deletion is a record too', async () => {
    const repo = await journal();
    const kept = await saveWith(repo, []);
    const gone = await saveWith(repo, [attachment('x')]);
    await repo.save(edited(await stored(repo, gone.id), { where: 'message' }), [], []);
    await repo.remove(gone.id);
    const chain = await repo.chain();
    expect(chain.seq).toBe(4);
    expect(chain.removals).toHaveLength(1);
    expect(chain.removals[0]?.links.map((l) => l.seq)).toEqual([2, 3]);
    const report = await check(await manifestOf(repo));
    // Checked against their content: the act kept, and the deletion (the deleted act's links).
    expect(report).toMatchObject({ records: 4, contentChecked: 2, removals: 1, intact: true });
    expect((await repo.list()).map((e) => e.id)).toEqual([kept.id]);
  });

  it('says which record an act changed outside Balise breaks', async () => {
    const repo = await journal();
    await saveWith(repo, [], { occurredAt: '2024-03-01' });
    const second = await saveWith(repo, [], { occurredAt: '2024-03-02' });
    await repo.save(edited(await stored(repo, second.id), { description: 'Autre.' }), [], []);
    const manifest = await manifestOf(repo);
    const [first, edit] = manifest['entries'] as Entries;
    if (!first || !edit?.versions[0]) throw new Error('two acts, the second edited');

    first.description = 'Changé après coup.';
    expect(problems(await check(manifest))).toEqual([{ seq: 1, problem: 'altered' }]);
    first.description = 'Insultes sous ma photo.';
    expect(intact(await check(manifest))).toBe(true);

    // An earlier version rewritten: its own record no longer matches.
    edit.versions[0].previous['description'] = 'Autre récit.';
    expect(problems(await check(manifest))).toEqual([{ seq: 2, problem: 'altered' }]);
  });

  it('an act taken out of the export leaves a hole, the last one included', async () => {
    const repo = await journal();
    for (let n = 0; n < 3; n += 1) await saveWith(repo, [], { occurredAt: `2024-03-0${n + 1}` });
    const manifest = await manifestOf(repo);
    (manifest['entries'] as unknown[]).splice(1, 1);
    // Record 3 cannot be said to follow a record that is not there: the hole is what is said.
    expect(problems(await check(manifest))).toEqual([{ seq: 2, problem: 'missing' }]);
    const truncated = await manifestOf(repo);
    (truncated['entries'] as unknown[]).splice(2, 1);
    expect(problems(await check(truncated))).toEqual([{ seq: 3, problem: 'missing' }]);
  });

  it('a deletion hidden from the chain’s state is seen', async () => {
    const repo = await journal();
    const gone = await saveWith(repo, []);
    await saveWith(repo, []);
    await repo.remove(gone.id);
    const manifest = await manifestOf(repo);
    (manifest['chain'] as { removals: unknown[] }).removals = [];
    expect(intact(await check(manifest))).toBe(false);
  });

  it('an export from before the chain has nothing to check, and says how many acts are not covered', async () => {
    const old = {
      format: 'balise-journal',
      entries: [entry(), entry()].map((e) =>
        Object.fromEntries(
          Object.entries(e).filter(([key]) => key !== 'link' && key !== 'trimmed'),
        ),
      ),
    };
    expect(await check(old)).toEqual({ kind: 'none', unsealed: 2 });
    expect(await check(null)).toEqual({ kind: 'none', unsealed: 0 });
  });

  it('a malformed link is reported, never trusted', async () => {
    const repo = await journal();
    await saveWith(repo, []);
    const manifest = await manifestOf(repo);
    const [only] = manifest['entries'] as { link: Record<string, unknown> }[];
    if (!only) throw new Error('one act');
    only.link['hash'] = 'pas une empreinte';
    expect(problems(await check(manifest))).toContainEqual({ seq: 1, problem: 'broken' });
    const duplicated = await manifestOf(repo);
    const list = duplicated['entries'] as unknown[];
    list.push(list[0]);
    expect(problems(await check(duplicated))).toContainEqual({ seq: 1, problem: 'duplicate' });
  });

  it('holds over many edits of one act, beyond the versions kept', async () => {
    const repo = createMemoryJournal();
    opened.push(repo);
    const first = await saveWith(repo, []);
    for (let n = 0; n < LIMITS.maxVersionsPerEntry + 3; n += 1) {
      const at = new Date(Date.UTC(2024, 4, 1, 0, n)).toISOString();
      await repo.save(edited(await stored(repo, first.id), { where: `lieu ${n}` }, at), [], []);
    }
    const now = await stored(repo, first.id);
    expect(now.versions).toHaveLength(LIMITS.maxVersionsPerEntry);
    expect(now.trimmed).toHaveLength(3);
    const report = await check(await manifestOf(repo));
    // Every record is there; the first version's content cannot be rebuilt past the gap.
    expect(report).toMatchObject({
      records: LIMITS.maxVersionsPerEntry + 4,
      contentChecked: LIMITS.maxVersionsPerEntry,
      intact: true,
    });
  });

  it('survives locking and unlocking: the links are inside the encrypted entries', async () => {
    const repo = await journal();
    await saveWith(repo, []);
    await repo.setLock('phrase de passe');
    await saveWith(repo, []);
    repo.lock();
    await repo.unlock('phrase de passe');
    await repo.removeLock('phrase de passe');
    expect(await check(await manifestOf(repo))).toMatchObject({ records: 2, intact: true });
  });

  it('a parsed entry keeps its link; a malformed one is refused by name', () => {
    const e = entry({
      link: {
        seq: 1,
        at: '2024-03-04T08:00:00.000Z',
        record: GENESIS,
        prev: GENESIS,
        hash: GENESIS,
      },
    });
    expect(parseEntry(JSON.parse(JSON.stringify(e))).link).toEqual(e.link);
    expect(() => parseEntry({ ...e, link: { ...e.link, seq: 0 } })).toThrow(/link/);
    expect(() => parseEntry({ ...e, trimmed: [null] })).toThrow(/trimmed/);
    expect(() =>
      parseEntry({ ...e, versions: [{ savedAt: e.updatedAt, previous: { url: '' }, link: 3 }] }),
    ).toThrow(/versions\.0/);
  });

  it('whatever the saves, edits and deletions, the chain checks intact, and any changed text breaks it', async () => {
    type Op = { kind: 'add' } | { kind: 'edit'; pick: number } | { kind: 'remove'; pick: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.constant({ kind: 'add' as const }),
      fc.record({ kind: fc.constant('edit' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        async (ops, which) => {
          const repo = createMemoryJournal();
          try {
            let n = 0;
            for (const step of ops) {
              const all = await repo.list();
              if (step.kind === 'add' || all.length === 0) {
                await saveWith(repo, [], { description: `acte ${(n += 1)}` });
              } else if (step.kind === 'edit') {
                const target = all[step.pick % all.length] as JournalEntry;
                await repo.save(edited(target, { description: `${target.description} +` }), [], []);
              } else {
                await repo.remove((all[step.pick % all.length] as JournalEntry).id);
              }
            }
            const manifest = await manifestOf(repo);
            expect(intact(await check(manifest))).toBe(true);
            const entries = manifest['entries'] as Entries;
            if (entries.length > 0) {
              (entries[which % entries.length] as Entries[number]).description += '.';
              expect(intact(await check(manifest))).toBe(false);
            }
          } finally {
            repo.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
