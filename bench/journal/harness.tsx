// The journal bench: drives the real code path (describeFiles → hash worker → store.save →
// IndexedDB; the JournalPage component; exportToFile; importJournal) in the browser, with
// synthetic files. Called by scripts/bench-journal.mjs through `window.bench`.
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import type { ContentKind } from '../../src/engine/index.ts';
import { FRAME_AREAS, PAGES } from '../../src/app/pages.ts';
import { warmFormatsApart } from '../../src/common/format.ts';
import { describeFiles } from '../../src/features/evidence/attachments.ts';
import { exportToFile } from '../../src/features/evidence/export-file.ts';
import { JournalPage } from '../../src/features/evidence/journal-page.tsx';
import { activeLocale, loadWords } from '../../src/i18n/words.ts';
import { openJournal } from '../../src/lib/journal/db.ts';
import { digestBlob, fastestEngine } from '../../src/lib/journal/digest.ts';
import type { JournalEntry } from '../../src/lib/journal/model.ts';
import { importJournal } from '../../src/lib/journal/zip-import.ts';
import { useJournal } from '../../src/stores/journal.ts';
import '../../src/app/styles.css';

interface PerformanceWithMemory extends Performance {
  memory?: { usedJSHeapSize: number };
}
const heap = () => (performance as PerformanceWithMemory).memory?.usedJSHeapSize ?? 0;
const gc = () => {
  (globalThis as { gc?: () => void }).gc?.();
};
const MB = 1024 * 1024;
const KINDS: ContentKind[] = ['insults', 'threats', 'rumours', 'hate', 'personal-info'];
const PLATFORMS = ['instagram', 'tiktok', 'snapchat', 'x', 'discord', 'whatsapp'];

let longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask' });

/** One megabyte of random bytes, shared: each file differs by its first bytes only. */
function randomMegabyte(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(MB);
  for (let offset = 0; offset < MB; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  }
  return bytes;
}

function entryAt(index: number, attachments: JournalEntry['attachments']): JournalEntry {
  const day = new Date(Date.UTC(2026, 2, 3) + index * 3_600_000 * 2);
  const iso = day.toISOString();
  return {
    id: crypto.randomUUID(),
    checks: [],
    versions: [],
    link: null,
    trimmed: [],
    occurredAt: iso.slice(0, 16),
    approximate: index % 7 === 0,
    capturedAt: iso,
    updatedAt: iso,
    platform: PLATFORMS[index % PLATFORMS.length] ?? 'other',
    where: index % 3 === 0 ? 'commentaire' : '',
    url: `https://exemple.invalid/post/${index}`,
    conversation: '',
    author: `@compte_${index % 23}`,
    kinds: [KINDS[index % KINDS.length] ?? 'other'],
    description: `Message n° ${index} : texte synthétique pour le banc d’essai.`,
    attachments,
  };
}

/**
 * Writes the synthetic screenshots to disk (the origin private file system) first: like files a
 * user picks, they are then disk-backed Files, not bytes held in memory.
 */
async function diskFiles(count: number, fileMB: number): Promise<File[]> {
  const root = await navigator.storage.getDirectory();
  const directory = await root.getDirectoryHandle('bench-files', { create: true });
  const base = randomMegabyte();
  const files: File[] = [];
  for (let index = 0; index < count; index += 1) {
    const handle = await directory.getFileHandle(`capture-${index}.png`, { create: true });
    const writable = await handle.createWritable();
    await writable.write(new TextEncoder().encode(`fichier ${index}\n`));
    for (let mb = 0; mb < fileMB; mb += 1) await writable.write(base);
    await writable.close();
    files.push(await handle.getFile());
  }
  return files;
}

/**
 * The machine's own ceiling, for comparison: WebCrypto SHA-256 of bytes already in memory, two
 * digests at a time (one per core), with no file reading and no worker messages.
 */
async function rawDigestMBps(): Promise<number> {
  const bytes = randomMegabyte();
  const rounds = 64;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i += 2) {
    await Promise.all([
      crypto.subtle.digest('SHA-256', bytes),
      crypto.subtle.digest('SHA-256', bytes),
    ]);
  }
  return Math.round(rounds / ((performance.now() - t0) / 1000));
}

/** hash-wasm's SHA-256 of bytes already in memory, on this one thread (the page's). */
async function rawWasmMBps(): Promise<number> {
  const bytes = randomMegabyte();
  const blob = new Blob([bytes]);
  const rounds = 32;
  await digestBlob(blob, { engine: 'wasm' });
  const t0 = performance.now();
  for (let i = 0; i < rounds; i += 1) await digestBlob(blob, { engine: 'wasm' });
  return Math.round(rounds / ((performance.now() - t0) / 1000));
}

/** Reading the disk-backed files alone (no hashing), `atOnce` at a time: the other ceiling. */
async function rawReadMBps(files: readonly File[], atOnce: number): Promise<number> {
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < files.length; i += atOnce) {
    const read = await Promise.all(files.slice(i, i + atOnce).map((file) => file.arrayBuffer()));
    bytes += read.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  }
  return Math.round(bytes / MB / ((performance.now() - t0) / 1000));
}

async function ingest(entries: number, files: number, fileMB: number) {
  const digestMBps = await rawDigestMBps();
  const wasmDigestMBps = await rawWasmMBps();
  const hashEngine = await fastestEngine();
  await useJournal.getState().clear();
  const onDisk = await diskFiles(files, fileMB);
  const readMBps = await rawReadMBps(onDisk.slice(0, 100), 2);
  const read8MBps = await rawReadMBps(onDisk.slice(100, 200), 8);
  let hashMs = 0;
  let hashedBytes = 0;
  longTasks = [];
  const started = performance.now();
  // Screenshots come several at a time (a user selects 10 captures of a thread): the first
  // entries carry FILES_PER_ENTRY files each until `files` are attached.
  const FILES_PER_ENTRY = 10;
  let attached = 0;
  for (let index = 0; index < entries; index += 1) {
    const count = Math.min(FILES_PER_ENTRY, files - attached);
    const selected = onDisk.slice(attached, attached + Math.max(0, count));
    attached += selected.length;
    const t0 = performance.now();
    const added = await describeFiles(selected, new Date().toISOString());
    if (selected.length > 0) {
      hashMs += performance.now() - t0;
      hashedBytes += selected.reduce((sum, f) => sum + f.size, 0);
    }
    const saved = await useJournal.getState().save(
      entryAt(
        index,
        added.map((a) => a.meta),
      ),
      added,
      [],
    );
    if (!saved.ok) throw new Error(`save ${index} failed: ${saved.problem}`);
  }
  return {
    entries: useJournal.getState().entries.length,
    attachmentsMB: Math.round(hashedBytes / MB),
    hashMBps: Math.round(hashedBytes / MB / (hashMs / 1000)),
    digestMBps,
    wasmDigestMBps,
    readMBps,
    read8MBps,
    hashEngine,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    ingestSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** Renders the real chronology screen with the stored entries; time to the next frame. */
async function renderChronology(scroll = true) {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  // The words first, as the app's route loads them before it draws the screen.
  await loadWords(activeLocale(), [...PAGES.journal.areas, ...FRAME_AREAS]);
  // And the date format, in a task of its own, as the route does for a screen that shows dates
  // (`dates` in src/app/pages.ts): its first render is measured, not the locale data's loading.
  await warmFormatsApart();
  // The long tasks of what came before are reported after them: let them arrive first.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const root = createRoot(container);
  longTasks = [];
  const t0 = performance.now();
  // In a transition, as the app's router renders a screen it navigates to: React draws it in
  // slices, then commits it.
  startTransition(() => {
    root.render(
      <MemoryRouter initialEntries={['/preuves']}>
        <JournalPage />
      </MemoryRouter>,
    );
  });
  // Until the chronology (its counts and first rows) is on the screen: the frame after its commit.
  while (container.querySelector('#journal-counts') === null) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const ms = performance.now() - t0;
  // The page settles (rows added while the first ones are drawn): its longest task.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const renderLongestTaskMs = Math.round(Math.max(0, ...longTasks));
  const rendered = container.querySelectorAll('.chronology__entry').length;
  // Scrolling: the longest frame while scrolling to the bottom.
  longTasks = [];
  for (let y = 0; scroll && y < document.body.scrollHeight; y += 800) {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return {
    chronologyRenderMs: Math.round(ms),
    renderLongestTaskMs,
    rendered,
    scrollLongestTaskMs: Math.round(Math.max(0, ...longTasks)),
  };
}

let exported: Blob | null = null;

/** Runs `work`, sampling live memory: its peak above the start (MB) and the time taken (s). */
async function measured<T>(work: () => Promise<T>) {
  gc();
  const baseline = heap();
  let peak = baseline;
  // Live memory: collect garbage before each sample, so the peak is what the work really holds.
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, heap());
  }, 250);
  const t0 = performance.now();
  const value = await work();
  clearInterval(timer);
  peak = Math.max(peak, heap());
  return {
    value,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    peakMB: Math.round(((peak - baseline) / MB) * 10) / 10,
  };
}

/**
 * Exports the journal: time, archive size and longest main-thread task; with `sampleMemory`, the
 * peak of live memory too (its forced collections are long tasks themselves: the phone pass,
 * which reports tasks, goes without).
 */
async function exportZip(sampleMemory = true) {
  const repo = await useJournal.getState().open();
  longTasks = [];
  if (sampleMemory) {
    const { value, seconds, peakMB } = await measured(() => exportToFile(repo));
    exported = value.blob;
    return {
      exportSeconds: seconds,
      archiveMB: Math.round(value.blob.size / MB),
      exportPeakMB: peakMB,
    };
  }
  const t0 = performance.now();
  const value = await exportToFile(repo);
  exported = value.blob;
  return {
    exportSeconds: Math.round((performance.now() - t0) / 100) / 10,
    archiveMB: Math.round(value.blob.size / MB),
    exportLongestTaskMs: Math.round(Math.max(0, ...longTasks)),
  };
}

async function roundTrip() {
  if (exported === null) throw new Error('export first');
  const original = useJournal.getState().entries;
  const copy = await openJournal({ name: 'balise-journal-bench-copy' });
  await copy.clear();
  const t0 = performance.now();
  const summary = await importJournal(exported, copy);
  const restored = await copy.list();
  const key = (entries: readonly JournalEntry[]) =>
    JSON.stringify(
      entries.map((e) => [e.id, e.occurredAt, e.author, e.attachments.map((a) => a.sha256)]),
    );
  const same = key(original) === key(restored);
  await copy.clear();
  copy.close();
  return {
    importSeconds: Math.round((performance.now() - t0) / 100) / 10,
    imported: summary.added,
    roundTrip: same,
  };
}

/** Exports encrypted, then imports that export into a fresh journal: peak live memory of the import. */
async function encryptedImport() {
  const source = await useJournal.getState().open();
  const passphrase = 'tulipe radis gondole phare saule';
  const { blob } = await exportToFile(source, { passphrase });
  const copy = await openJournal({ name: 'balise-journal-bench-encrypted' });
  await copy.clear();
  const { value, seconds, peakMB } = await measured(() =>
    importJournal(blob, copy, { passphrase }),
  );
  await copy.clear();
  copy.close();
  return {
    encryptedArchiveMB: Math.round(blob.size / MB),
    encryptedImportSeconds: seconds,
    encryptedImportPeakMB: peakMB,
    encryptedImported: value.added,
  };
}

declare global {
  interface Window {
    bench: {
      ingest: typeof ingest;
      renderChronology: typeof renderChronology;
      exportZip: typeof exportZip;
      roundTrip: typeof roundTrip;
      encryptedImport: typeof encryptedImport;
    };
  }
}

window.bench = { ingest, renderChronology, exportZip, roundTrip, encryptedImport };
document.title = 'ready';
