import { FAST, attachment, collector, dbName, saveWith } from './helpers.ts';
import fc from 'fast-check';
import { Zip, ZipDeflate, ZipPassThrough, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { verifierWords } from '../../../src/content/fr/verifier.ts';
import type { JournalRepo } from '../../../src/lib/journal/db.ts';
import { openJournal } from '../../../src/lib/journal/db.ts';
import { chainKit } from '../../../src/lib/journal/chain-kit.ts';
import { verifyArchive } from '../../../src/lib/journal/verifier.ts';
import { verifierPage } from '../../../src/lib/journal/verifier-page.ts';
import { exportJournal } from '../../../src/lib/journal/zip-export.ts';

const { check } = chainKit();
const opened: JournalRepo[] = [];
afterEach(() => {
  for (const repo of opened.splice(0)) repo.close();
});

/** A plain export of a small journal: two acts, a screenshot, a PDF, an empty file. */
async function exportBytes(): Promise<Uint8Array> {
  const repo = await openJournal({ name: dbName(), iterations: FAST });
  opened.push(repo);
  await saveWith(repo, [attachment(new Uint8Array(5_000).map((_, i) => (i * 31) % 256))]);
  await saveWith(repo, [
    attachment('%PDF-1.7 capture', 'Capture d’écran à 10.15.pdf', 'application/pdf'),
    attachment('', 'vide.txt', 'text/plain'),
  ]);
  const out = collector();
  await exportJournal(repo, out.sink, {
    appVersion: '9.9.9',
    now: new Date('2024-04-12T10:30:00.000Z'),
    renderChronology: (entries) => `<!doctype html><p>${entries.length} actes</p>`,
    verifierPage: verifierPage(verifierWords),
  });
  return new Uint8Array(await out.blob().arrayBuffer());
}

/** A ZIP written the way Balise writes one (fflate, streamed), with these files. */
function balizeZip(
  files: readonly (readonly [string, string | Uint8Array])[],
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) {
        reject(error);
        return;
      }
      chunks.push(chunk);
      if (final) resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    for (const [path, content] of files) {
      const file = new ZipPassThrough(path);
      zip.add(file);
      file.push(typeof content === 'string' ? new TextEncoder().encode(content) : content, true);
    }
    zip.end();
  });
}

const manifestOf = (attachments: object[]) =>
  JSON.stringify({
    format: 'balise-journal',
    schema: 1,
    appVersion: '9.9.9',
    exportedAt: '2024-04-12T10:30:00.000Z',
    entries: [{ id: 'e1', attachments }],
  });

const SHA_OF_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

let exported: Promise<Uint8Array> | null = null;
const anExport = () => (exported ??= exportBytes());

describe('verifier.html’s check of an export', () => {
  it('says everything matches in an export as Balise writes it, the page included', async () => {
    const report = await verifyArchive(await anExport(), check);
    expect(report).toMatchObject({ kind: 'checked', entries: 2, extra: [], allMatch: true });
    if (report.kind !== 'checked') return;
    expect(report.files.filter((f) => f.role === 'attachment')).toHaveLength(3);
    expect(report.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'chronologie.html',
        'chronologie.csv',
        'verifier.html',
      ]),
    );
  });

  it('reports any one byte changed anywhere in the archive', async () => {
    const original = await anExport();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: original.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, xor) => {
          const copy = original.slice();
          copy[at] = (copy[at] as number) ^ xor;
          const report = await verifyArchive(copy, check);
          expect(report.kind === 'checked' && report.allMatch, `byte ${at} ^ ${xor}`).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('checks the chain of records: intact as exported, broken by an act rewritten in a rebuilt archive', async () => {
    const report = await verifyArchive(await anExport(), check);
    expect(report).toMatchObject({ chain: { kind: 'checked', records: 2, intact: true } });
    // Rebuilt by someone with a ZIP tool: every CRC and fingerprint right, one act's text changed.
    const files = unzipSync(await anExport());
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      entries: { description: string }[];
    };
    const [act] = manifest.entries;
    if (!act) throw new Error('an act');
    act.description = 'Récit réécrit.';
    const rebuilt = await balizeZip(
      Object.entries(files).map(([path, data]) =>
        path === 'manifest.json' ? [path, JSON.stringify(manifest)] : [path, data],
      ),
    );
    const tampered = await verifyArchive(rebuilt, check);
    expect(tampered).toMatchObject({
      kind: 'checked',
      allMatch: false,
      chain: { kind: 'checked', intact: false, problems: [{ problem: 'altered' }] },
    });
    if (tampered.kind === 'checked') {
      expect(tampered.files.every((file) => file.status === 'ok')).toBe(true);
    }
  });

  it('names a file whose bytes differ from the manifest’s fingerprint, and a missing one', async () => {
    const zip = await balizeZip([
      [
        'manifest.json',
        manifestOf([
          { path: 'fichiers/e1/a-x.png', sha256: SHA_OF_ABC, size: 3 },
          { path: 'fichiers/e1/b-y.png', sha256: SHA_OF_ABC, size: 3 },
        ]),
      ],
      ['fichiers/e1/a-x.png', new TextEncoder().encode('abd')],
    ]);
    const report = await verifyArchive(zip, check);
    expect(report).toMatchObject({ kind: 'checked', allMatch: false });
    if (report.kind !== 'checked') return;
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['fichiers/e1/a-x.png', 'changed'],
      ['fichiers/e1/b-y.png', 'missing'],
      ['manifest.json', 'ok'],
    ]);
  });

  it('names a file the manifest does not list', async () => {
    const zip = await balizeZip([
      ['manifest.json', manifestOf([{ path: 'fichiers/e1/a-x.png', sha256: SHA_OF_ABC, size: 3 }])],
      ['fichiers/e1/a-x.png', new TextEncoder().encode('abc')],
      ['fichiers/e1/ajout.png', new TextEncoder().encode('abc')],
    ]);
    expect(await verifyArchive(zip, check)).toMatchObject({
      kind: 'checked',
      allMatch: false,
      extra: ['fichiers/e1/ajout.png'],
    });
  });

  it('refuses a ZIP Balise did not write, and a file that is no ZIP at all', async () => {
    const foreign = zipSync({ 'manifest.json': new TextEncoder().encode(manifestOf([])) });
    expect(await verifyArchive(foreign, check)).toMatchObject({ kind: 'damaged' });
    expect(await verifyArchive(new TextEncoder().encode('bonjour'), check)).toMatchObject({
      kind: 'damaged',
    });
    // Compressed, a file could hide bits that change nothing once inflated: Balise stores all.
    const deflated = await new Promise<Uint8Array>((resolve) => {
      const chunks: Uint8Array[] = [];
      const zip = new Zip((_error, chunk, final) => {
        chunks.push(chunk);
        if (final) resolve(new Uint8Array(Buffer.concat(chunks)));
      });
      const file = new ZipDeflate('manifest.json', { level: 6 });
      zip.add(file);
      file.push(new TextEncoder().encode(manifestOf([])), true);
      zip.end();
    });
    expect(await verifyArchive(deflated, check)).toMatchObject({ kind: 'damaged' });
    const noManifest = await balizeZip([['notes.txt', 'rien']]);
    expect(await verifyArchive(noManifest, check)).toEqual({ kind: 'no-manifest' });
  });
});

describe('verifier.html', () => {
  it('is one page that may not reach the network, with its words escaped', () => {
    const html = verifierPage({ ...verifierWords, title: 'A <b>& "B"' });
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>A &#60;b&#62;&#38; &#34;B&#34;</title>');
    expect(html).not.toMatch(/<script[^>]+src=|<link|https?:\/\//);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});
