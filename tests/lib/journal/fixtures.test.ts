import {
  FAST,
  attachment,
  blobOf,
  bytesOf,
  dbName,
  problemOf,
  saveWith,
  sha256,
  snapshot,
} from './helpers.ts';
import { Inflate } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalRepo } from '../../../src/lib/journal/db.ts';
import { openJournal } from '../../../src/lib/journal/db.ts';
import type { ContentKind } from '../../../src/engine/index.ts';
import { attachmentPolicy } from '../../../src/engine/index.ts';
import { importJournal } from '../../../src/lib/journal/zip-import.ts';
import { REFUSALS } from '../../fixtures/hostile-archives.ts';

/** The passphrase of valid.zip.enc (see make-fixtures.mjs). */
const PASSPHRASE = 'fixture passphrase: correct horse battery staple';
const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(1)>';
// Vitest runs from the project's root (jsdom gives `import.meta.url` an http: address).
const folder = join(process.cwd(), 'tests/fixtures/journal');
const generator = join(process.cwd(), 'tests/fixtures/make-fixtures.mjs');

const fixture = (name: string): Blob => blobOf(new Uint8Array(readFileSync(join(folder, name))));

const opened: JournalRepo[] = [];
afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
});

/** A journal on IndexedDB that already holds one entry with a file. */
async function existingJournal(): Promise<JournalRepo> {
  const repo = await openJournal({ name: dbName(), iterations: FAST });
  opened.push(repo);
  await saveWith(repo, [attachment('already here')], { description: 'Déjà là.' });
  return repo;
}

describe('hostile and broken archives', () => {
  it.each(REFUSALS)(
    '$file is refused as "$problem" and the journal is unchanged',
    async ({ file, problem, passphrase }) => {
      const repo = await existingJournal();
      const before = await snapshot(repo);
      const options = passphrase === undefined ? {} : { passphrase };
      expect(await problemOf(importJournal(fixture(file), repo, options))).toBe(problem);
      expect(await snapshot(repo)).toEqual(before);
    },
  );

  it('a zip bomb is stopped while inflating, long before its 64 MiB', async () => {
    const push = vi.spyOn(Inflate.prototype, 'push');
    const repo = await existingJournal();
    expect(await problemOf(importJournal(fixture('bomb.zip'), repo))).toBe('too-big');
    // The manifest takes one push and its end; the bomb is stopped after its first 16 KB step.
    const bombPushes = push.mock.calls.filter(([chunk]) => chunk.length === 16 * 1024);
    expect(bombPushes.length).toBeLessThanOrEqual(1);
  });

  it('path-traversal names are refused before anything is read', async () => {
    const repo = await existingJournal();
    const error: unknown = await importJournal(fixture('path-traversal.zip'), repo).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ problem: 'unsafe-path', detail: '../../evil.txt' });
  });
});

describe('valid archives', () => {
  it('valid.zip is imported: every entry, every file with its hash; again adds nothing', async () => {
    const repo = await existingJournal();
    expect(await importJournal(fixture('valid.zip'), repo)).toEqual({
      added: 2,
      skipped: 0,
      droppedFiles: 0,
    });
    const { entries, files } = await snapshot(repo);
    expect(entries).toHaveLength(3);
    const imported = entries.flatMap((entry) => entry.attachments);
    for (const meta of imported) expect(files[meta.id]?.sha256).toBe(meta.sha256);
    expect(imported.map((meta) => meta.name)).toContain('discussion.zip');

    const after = await snapshot(repo);
    expect(await importJournal(fixture('valid.zip'), repo)).toEqual({
      added: 0,
      skipped: 2,
      droppedFiles: 0,
    });
    expect(await snapshot(repo)).toEqual(after);
  });

  it('valid.zip.enc with its passphrase gives exactly what valid.zip gives', async () => {
    const plain = await existingJournal();
    const encrypted = await existingJournal();
    await importJournal(fixture('valid.zip'), plain);
    await importJournal(fixture('valid.zip.enc'), encrypted, { passphrase: PASSPHRASE });
    const [a, b] = [await snapshot(plain), await snapshot(encrypted)];
    const imported = (snap: typeof a) => snap.entries.filter((e) => e.description !== 'Déjà là.');
    expect(imported(b)).toEqual(imported(a));
  });

  it('script in a description is imported as the same text, and renders as inert text', async () => {
    const repo = await existingJournal();
    await importJournal(fixture('script-description.zip'), repo);
    const entry = (await repo.list()).find((item) => item.description === SCRIPT);
    expect(entry?.description).toBe(SCRIPT);
    // React writes it as text: every angle bracket escaped, no element but the paragraph.
    expect(renderToStaticMarkup(createElement('p', null, entry?.description))).toBe(
      `<p>${SCRIPT.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>`,
    );
  });
});

describe('refusals name their real cause', () => {
  it('hash-mismatch.zip over a journal that already holds valid.zip is refused as altered, not as a duplicate', async () => {
    const repo = await existingJournal();
    await importJournal(fixture('valid.zip'), repo);
    const before = await snapshot(repo);
    expect(await problemOf(importJournal(fixture('hash-mismatch.zip'), repo))).toBe(
      'hash-mismatch',
    );
    expect(await snapshot(repo)).toEqual(before);
  });
});

describe("the journal's rule on files holds for imports", () => {
  const teen = {
    policy: (kinds: readonly ContentKind[]) => attachmentPolicy({ age: '15-17' }, kinds),
  };

  it('forbidden-files.zip: every act comes in, without the files of child sexual content or intimate images of a minor', async () => {
    const repo = await existingJournal();
    expect(await importJournal(fixture('forbidden-files.zip'), repo, teen)).toEqual({
      added: 3,
      skipped: 0,
      droppedFiles: 2,
    });
    const { entries, files } = await snapshot(repo);
    const byKind = (kind: ContentKind) => entries.find((e) => e.kinds.includes(kind));
    expect(byKind('child-sexual')).toMatchObject({
      description: 'Contenu signalé.',
      attachments: [],
    });
    expect(byKind('intimate-images')).toMatchObject({
      description: 'Photo intime diffusée.',
      attachments: [],
    });
    const kept = entries.find((e) => e.description === 'Insultes.')?.attachments ?? [];
    expect(kept.map((meta) => meta.name)).toEqual(['page.html']);
    expect(files[kept[0]?.id ?? '']?.sha256).toBe(kept[0]?.sha256);
    expect(Object.keys(files)).toHaveLength(2); // the one already here, and page.html
  });

  it("protects an unknown age by default, and keeps an adult's intimate-image files", async () => {
    const unknown = await existingJournal();
    expect(await importJournal(fixture('forbidden-files.zip'), unknown)).toMatchObject({
      added: 3,
      droppedFiles: 2,
    });
    const adult = await existingJournal();
    const policy = (kinds: readonly ContentKind[]) => attachmentPolicy({ age: 'adult' }, kinds);
    expect(await importJournal(fixture('forbidden-files.zip'), adult, { policy })).toMatchObject({
      added: 3,
      droppedFiles: 1,
    });
  });

  it('sextortion-files.zip asks for the no-intimate-image confirmation first, then imports the capture', async () => {
    const repo = await existingJournal();
    const before = await snapshot(repo);
    expect(await problemOf(importJournal(fixture('sextortion-files.zip'), repo, teen))).toBe(
      'needs-confirmation',
    );
    expect(await snapshot(repo)).toEqual(before);
    expect(
      await importJournal(fixture('sextortion-files.zip'), repo, {
        ...teen,
        confirmedNoIntimateImage: true,
      }),
    ).toEqual({ added: 1, skipped: 0, droppedFiles: 0 });
    const blackmail = (await repo.list()).find((e) => e.kinds.includes('sextortion'));
    expect(blackmail?.attachments.map((meta) => meta.name)).toEqual(['capture.png']);
  });

  it('html-attachment.zip keeps its HTML and SVG files byte for byte, with their declared types', async () => {
    const repo = await existingJournal();
    await importJournal(fixture('html-attachment.zip'), repo);
    const { entries, files } = await snapshot(repo);
    const metas = entries.flatMap((e) => e.attachments).filter((m) => m.name !== 'capture.png');
    expect(metas.map((m) => m.type)).toEqual(['text/html', 'image/svg+xml']);
    for (const meta of metas) expect(files[meta.id]?.sha256).toBe(meta.sha256);
  });
});

describe('the fixtures', () => {
  it('are exactly what make-fixtures.mjs generates, and each is small', () => {
    const out = mkdtempSync(join(tmpdir(), 'balise-fixtures-'));
    execFileSync(process.execPath, [generator, '--out', out]);
    const names = readdirSync(folder).sort();
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) {
      const committed = new Uint8Array(readFileSync(join(folder, name)));
      expect(sha256(new Uint8Array(readFileSync(join(out, name)))), name).toBe(sha256(committed));
      expect(statSync(join(folder, name)).size, name).toBeLessThan(200 * 1024);
    }
  });

  it('valid.zip holds an attachment containing ZIP signatures, kept byte for byte', async () => {
    const repo = await existingJournal();
    await importJournal(fixture('valid.zip'), repo);
    const chat = (await repo.list())
      .flatMap((entry) => entry.attachments)
      .find((meta) => meta.name === 'discussion.zip');
    const bytes = await bytesOf(await repo.file(chat?.id ?? ''));
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(sha256(bytes)).toBe(chat?.sha256);
  });
});
