import {
  FAST,
  attachment,
  blobOf,
  bytesOf,
  collector,
  dbName,
  entry,
  problemOf,
  saveWith,
  snapshot,
  unchained,
} from './helpers.ts';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalProblem, JournalRepo } from '../../../src/lib/journal/db.ts';
import { JournalError, createMemoryJournal, openJournal } from '../../../src/lib/journal/db.ts';
import { csvCell } from '../../../src/lib/journal/csv.ts';
import type { ExportOptions } from '../../../src/lib/journal/zip-export.ts';
import {
  buildManifest,
  downloadName,
  exportJournal,
  manifestParts,
} from '../../../src/lib/journal/zip-export.ts';
import { ImportError, importJournal } from '../../../src/lib/journal/zip-import.ts';
import { attachmentPath, safeFileName } from '../../../src/lib/journal/zip-format.ts';

const opened: JournalRepo[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const repo of opened.splice(0)) repo.close();
});

async function journal(): Promise<JournalRepo> {
  const repo = await openJournal({ name: dbName(), iterations: FAST });
  opened.push(repo);
  return repo;
}

const NOW = new Date('2024-04-12T10:30:00.000Z');
const options = (extra: Partial<ExportOptions> = {}): ExportOptions => ({
  appVersion: '9.9.9',
  now: NOW,
  iterations: FAST,
  renderChronology: (entries) => `<!doctype html><p>${entries.length} actes</p>`,
  ...extra,
});

async function exported(repo: JournalRepo, extra: Partial<ExportOptions> = {}): Promise<Blob> {
  const out = collector();
  await exportJournal(repo, out.sink, options(extra));
  expect(out.finished).toBe(true);
  return out.blob();
}

/** A journal a victim could have: several entries, screenshots, a PDF, an empty file. */
async function fullJournal(): Promise<JournalRepo> {
  const repo = await journal();
  const zipInside = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 0x50, 0x4b, 0x07, 0x08, 9]);
  await saveWith(repo, [attachment(new Uint8Array(300_000).map((_, i) => (i * 7) % 256))], {
    occurredAt: '2024-03-01T08:00',
  });
  await saveWith(
    repo,
    [
      attachment(zipInside, 'export conversation.zip', 'application/zip'),
      attachment('', 'vide.txt', 'text/plain'),
      attachment('%PDF-1.7', 'Capture d’écran 2024-03-02 à 10.15.pdf', 'application/pdf'),
    ],
    {
      occurredAt: '2024-03-02',
      approximate: true,
      author: 'https://x.com/quelqu_un',
      kinds: ['threats', 'hate'],
      description: 'Menaces, "citées", sur deux lignes,\navec une virgule.',
    },
  );
  await saveWith(repo, [], { description: '=HYPERLINK("http://evil")', platform: 'other' });
  return repo;
}

describe('export then import', () => {
  it('restores an identical journal into an empty one (entries and file hashes)', async () => {
    const source = await fullJournal();
    const archive = await exported(source);
    const target = await journal();
    expect(await importJournal(archive, target)).toEqual({ added: 3, skipped: 0, droppedFiles: 0 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('importing the same archive twice adds nothing', async () => {
    const source = await fullJournal();
    const archive = await exported(source);
    const target = await journal();
    await importJournal(archive, target);
    const once = await snapshot(target);
    expect(await importJournal(archive, target)).toEqual({ added: 0, skipped: 3, droppedFiles: 0 });
    expect(await snapshot(target)).toEqual(once);
  });

  it('importing into the journal it came from adds nothing', async () => {
    const source = await fullJournal();
    const before = await snapshot(source);
    expect(await importJournal(await exported(source), source)).toEqual({
      added: 0,
      skipped: 3,
      droppedFiles: 0,
    });
    expect(await snapshot(source)).toEqual(before);
  });

  it('an entry edited since the export (a file added) is kept as it is here', async () => {
    const source = await journal();
    const saved = await saveWith(source, [attachment('first')]);
    const archive = await exported(source);
    const extra = attachment('second');
    await source.save({ ...saved, attachments: [...saved.attachments, extra.meta] }, [extra], []);
    const before = await snapshot(source);
    expect(await importJournal(archive, source)).toEqual({ added: 0, skipped: 1, droppedFiles: 0 });
    expect(await snapshot(source)).toEqual(before);
  });

  it('an entry here with the same id but other files is a conflict: nothing is imported', async () => {
    const source = await journal();
    const shared = await saveWith(source, [attachment('version A')]);
    await saveWith(source, [attachment('another')]);
    const archive = await exported(source);
    const target = await journal();
    await saveWith(target, [attachment('version B')], { id: shared.id });
    const before = await snapshot(target);
    expect(await problemOf(importJournal(archive, target))).toBe('conflict');
    expect(await snapshot(target)).toEqual(before);
  });

  it('a locked journal can be neither exported nor imported into', async () => {
    const repo = await fullJournal();
    const archive = await exported(repo);
    await repo.setLock('words');
    repo.lock();
    expect(await problemOf(exportJournal(repo, collector().sink, options()))).toBe('locked');
    expect(await problemOf(importJournal(archive, repo))).toBe('locked');
  });

  it('imports into an unlocked journal are encrypted like any other write', async () => {
    const source = await fullJournal();
    const archive = await exported(source);
    const target = createMemoryJournal({ iterations: FAST });
    await target.setLock('words');
    await importJournal(archive, target);
    target.lock();
    await target.unlock('words');
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });
});

describe('an import cut short', () => {
  /** A source of 450 acts, and a target that already holds one act of its own. */
  async function setUp() {
    const source = await journal();
    await source.saveMany(
      Array.from({ length: 450 }, (_, index) => ({
        entry: entry({ description: `Acte ${String(index)}` }),
        added: [],
        removed: [],
      })),
    );
    const archive = await exported(source);
    const target = await journal();
    await saveWith(target, [attachment('déjà là')]);
    return { archive, target, before: await snapshot(target) };
  }

  /** Makes the device fail with `problem` on the `failing`-th write (the others go through). */
  function failOnWrite(repo: JournalRepo, failing: number, problem: JournalProblem) {
    const real = repo.saveMany.bind(repo);
    let calls = 0;
    return vi.spyOn(repo, 'saveMany').mockImplementation((items) => {
      calls += 1;
      return calls === failing ? Promise.reject(new JournalError(problem)) : real(items);
    });
  }

  it('a full disk after 200 of 450 acts leaves the journal exactly as before, and says so', async () => {
    const { archive, target, before } = await setUp();
    failOnWrite(target, 2, 'full');
    expect(await problemOf(importJournal(archive, target))).toBe('journal-full');
    expect(await snapshot(target)).toEqual(before);
    vi.restoreAllMocks();
    // Once there is room again, the same archive imports whole.
    expect(await importJournal(archive, target)).toEqual({
      added: 450,
      skipped: 0,
      droppedFiles: 0,
    });
  });

  it('any other write failure is rolled back too, and named apart from a full disk', async () => {
    const { archive, target, before } = await setUp();
    failOnWrite(target, 3, 'unavailable');
    expect(await problemOf(importJournal(archive, target))).toBe('write-failed');
    expect(await snapshot(target)).toEqual(before);
  });

  it('when even the rollback fails, says that part of the acts stayed', async () => {
    const { archive, target } = await setUp();
    failOnWrite(target, 2, 'full');
    vi.spyOn(target, 'removeMany').mockRejectedValue(new JournalError('unavailable'));
    const error = await importJournal(archive, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe('partly-written');
    expect((await target.list()).length).toBe(201);
  });
});

describe('the archive', () => {
  it('holds the manifest, the chronology, the CSV and every file at its path', async () => {
    const repo = await fullJournal();
    const files = unzipSync(await bytesOf(await exported(repo)));
    const entries = await repo.list();
    const paths = entries.flatMap((e) => e.attachments.map((meta) => attachmentPath(e.id, meta)));
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', 'chronologie.html', 'chronologie.csv', ...paths].sort(),
    );
    const manifest: unknown = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toEqual({
      format: 'balise-journal',
      schema: 1,
      appVersion: '9.9.9',
      exportedAt: '2024-04-12T10:30:00.000Z',
      chain: await repo.chain(),
      entries: entries.map((e) => ({
        ...e,
        attachments: e.attachments.map((meta) => ({ ...meta, path: attachmentPath(e.id, meta) })),
      })),
    });
    expect(new TextDecoder().decode(files['chronologie.html'])).toBe(
      '<!doctype html><p>3 actes</p>',
    );
  });

  it('writes the manifest made in parts with the very characters of the whole JSON', async () => {
    const repo = await fullJournal();
    const entries = await repo.list();
    const chain = await repo.chain();
    for (const some of [[], entries.slice(0, 1), entries]) {
      const parts = [...manifestParts(some, '9.9.9', NOW.toISOString(), chain)];
      expect(parts.join('')).toBe(
        JSON.stringify(buildManifest(some, '9.9.9', NOW.toISOString(), chain), null, 1),
      );
    }
  });

  it('writes a chronology rendered in parts (a row per act) as one page', async () => {
    const repo = await fullJournal();
    const files = unzipSync(
      await bytesOf(
        await exported(repo, {
          renderChronology: function* (entries) {
            yield '<!doctype html><ol>';
            for (const item of entries) yield `<li>${item.occurredAt}</li>`;
            yield '</ol>';
          },
        }),
      ),
    );
    const days = (await repo.list()).map((item) => `<li>${item.occurredAt}</li>`).join('');
    expect(new TextDecoder().decode(files['chronologie.html'])).toBe(
      `<!doctype html><ol>${days}</ol>`,
    );
  });

  it('stores every file as it is, texts included, so the verifier sees every byte', async () => {
    const repo = await fullJournal();
    const methods: Record<string, number> = {};
    unzipSync(await bytesOf(await exported(repo)), {
      filter: (file) => {
        methods[file.name] = file.compression;
        return false;
      },
    });
    expect(Object.keys(methods).length).toBeGreaterThan(3);
    for (const [name, method] of Object.entries(methods)) expect(method, name).toBe(0);
  });

  it('names files safely, whatever the device called them', () => {
    expect(safeFileName('Capture d’écran 2024-03-02 à 10.15.png')).toBe(
      'Capture d_écran 2024-03-02 à 10.15.png',
    );
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('C:\\Users\\me\\photo.jpg')).toBe('C_Users_me_photo.jpg');
    expect(safeFileName('...')).toBe('fichier');
    const long = safeFileName(`${'a'.repeat(300)}.jpeg`);
    expect(long).toHaveLength(80);
    expect(long.endsWith('.jpeg')).toBe(true);
  });

  it('offers a neutral, dated download name that does not say it is a journal of evidence', () => {
    const at = new Date(2024, 3, 12, 9, 5);
    expect(downloadName(at, false)).toBe('archive-2024-04-12-09h05.zip');
    expect(downloadName(at, true)).toBe('archive-2024-04-12-09h05.zip.enc');
  });
});

describe('the CSV', () => {
  it('escapes per RFC 4180 and neutralises spreadsheet formulas', async () => {
    const repo = await fullJournal();
    const files = unzipSync(await bytesOf(await exported(repo, { csvHeaders: { id: 'Numéro' } })));
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['chronologie.csv']);
    expect(csv.startsWith('\uFEFFNuméro,occurredAt,')).toBe(true);
    expect(csv).toContain('"Menaces, ""citées"", sur deux lignes,\navec une virgule."');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('prefixes every cell that a spreadsheet would run', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 6 00 00 00 00')).toBe("'+33 6 00 00 00 00");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
  });

  it('also neutralises a formula hidden behind spaces or line breaks', () => {
    expect(csvCell('   =1+1')).toBe("'   =1+1");
    expect(csvCell(' @SUM(A1)')).toBe("' @SUM(A1)");
    expect(csvCell('\u00a0+1')).toBe("'\u00a0+1");
    expect(csvCell('\n=1')).toBe('"\'\n=1"');
    expect(csvCell('  texte -2')).toBe('  texte -2');
  });
});

describe('the encrypted export', () => {
  const small = { passphrase: 'une phrase de passe', chunkSize: 4096 };

  it('round-trips with the passphrase', async () => {
    const source = await fullJournal();
    const archive = await exported(source, small);
    const head = new TextDecoder().decode((await bytesOf(archive)).subarray(0, 10));
    expect(head).toBe('BALISEENC1');
    const target = await journal();
    await importJournal(archive, target, { passphrase: 'une phrase de passe' });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('refuses a wrong passphrase, and asks for one when none is given', async () => {
    const archive = await exported(await fullJournal(), small);
    const target = await journal();
    expect(await problemOf(importJournal(archive, target, { passphrase: 'autre' }))).toBe(
      'wrong-passphrase',
    );
    expect(await problemOf(importJournal(archive, target))).toBe('encrypted-needs-passphrase');
    expect(await target.list()).toEqual([]);
  });

  it('detects chunks cut off, swapped or altered', async () => {
    const bytes = await bytesOf(await exported(await fullJournal(), small));
    const target = await journal();
    const headerLength = 10 + 1 + 16 + 8 + 12 + 2 + 41;
    const record = 17 + 4096 + 16;
    const tryWith = (variant: Uint8Array) =>
      problemOf(importJournal(blobOf(variant), target, { passphrase: small.passphrase }));

    // Cut exactly after the second chunk: every remaining chunk is whole, but the last is missing.
    expect(await tryWith(bytes.slice(0, headerLength + 2 * record))).toBe('truncated');
    expect(await tryWith(bytes.slice(0, bytes.length - 5))).toBe('truncated');
    const swapped = bytes.slice();
    swapped.set(bytes.subarray(headerLength + record, headerLength + 2 * record), headerLength);
    swapped.set(bytes.subarray(headerLength, headerLength + record), headerLength + record);
    expect(await tryWith(swapped)).toBe('corrupt');
    const altered = bytes.slice();
    altered[headerLength + record + 100] = (altered[headerLength + record + 100] ?? 0) ^ 1;
    expect(await tryWith(altered)).toBe('corrupt');
    expect(await tryWith(new Uint8Array([...bytes, 0]))).toBe('corrupt');
    expect(await target.list()).toEqual([]);
  });
});

describe('streaming', () => {
  it('hands the archive over chunk by chunk, never the whole of a file at once', async () => {
    const repo = createMemoryJournal();
    const big = new Uint8Array(8 * 1024 * 1024).map((_, i) => i % 253);
    await saveWith(repo, [attachment(big, 'video.mp4', 'video/mp4')]);
    const out = collector();
    const summary = await exportJournal(repo, out.sink, options());
    expect(summary.files).toBe(1);
    expect(summary.bytes).toBe(out.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    expect(Math.max(...out.chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(1024 * 1024);
    expect(out.chunks.length).toBeGreaterThan(8);
  });

  it('waits for a slow WritableStream (backpressure) and closes it at the end', async () => {
    const repo = createMemoryJournal();
    await saveWith(repo, [attachment(new Uint8Array(2 * 1024 * 1024).fill(7), 'a.bin', '')]);
    const received: Uint8Array<ArrayBuffer>[] = [];
    let enqueued = 0;
    let maxWaiting = 0;
    let closed = false;
    const slow = new WritableStream<Uint8Array>(
      {
        write: async (chunk) => {
          received.push(chunk.slice());
          await new Promise((resolve) => setTimeout(resolve, 1));
        },
        close: () => {
          closed = true;
        },
      },
      {
        highWaterMark: 2,
        size: () => {
          enqueued += 1;
          maxWaiting = Math.max(maxWaiting, enqueued - received.length);
          return 1;
        },
      },
    );
    await exportJournal(repo, slow, options());
    expect(closed).toBe(true);
    expect(received.length).toBeGreaterThan(10);
    // Never more than the stream's high-water mark waiting (plus the one being written).
    expect(maxWaiting).toBeLessThanOrEqual(3);
    const target = createMemoryJournal();
    expect(await importJournal(new Blob(received), target)).toEqual({
      added: 1,
      skipped: 0,
      droppedFiles: 0,
    });
  });

  it('an export whose sink fails aborts cleanly with the sink error', async () => {
    const repo = await fullJournal();
    const failing = new WritableStream<Uint8Array>({
      write: () => {
        throw new Error('disk full');
      },
    });
    await expect(exportJournal(repo, failing, options())).rejects.toThrow('disk full');
  });
});

describe('entries round-trip as data', () => {
  it('keeps every field exactly, markup included', async () => {
    const repo = await journal();
    const tricky = entry({
      description: '<script>alert(1)</script>\n"«»" ; = + - @ émoji 🙂',
      author: '<img src=x onerror=alert(1)>',
      where: '=cmd|"/c calc"!A1',
    });
    await repo.save(tricky, [], []);
    const target = await journal();
    await importJournal(await exported(repo), target);
    expect(unchained(await target.list())).toEqual([tricky]);
  });
});
