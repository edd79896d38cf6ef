import '../lib/journal/helpers.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { openDB } from 'idb';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { PLATFORMS } from '../../src/content/fr/platforms.ts';
import { authorsOf, countsOf } from '../../src/common/journal-counts.ts';
import { applyFilters, escapeHtml, NO_FILTERS } from '../../src/features/evidence/chronology.ts';
import { chronologyHtml } from '../../src/features/evidence/chronology-html.ts';
import type { Answers, ContentKind } from '../../src/engine/index.ts';
import { fill, voice } from '../../src/i18n/voice.ts';
import { DB_NAME, JournalError } from '../../src/lib/journal/db.ts';
import type { JournalEntry } from '../../src/lib/journal/model.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { attachment } from '../lib/journal/helpers.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const entry = (over: Partial<JournalEntry>): JournalEntry => ({
  id: crypto.randomUUID(),
  checks: [],
  versions: [],
  link: null,
  trimmed: [],
  occurredAt: '2026-03-03T10:00',
  approximate: false,
  capturedAt: '2026-03-04T09:00:00.000Z',
  updatedAt: '2026-03-04T09:00:00.000Z',
  platform: 'instagram',
  where: '',
  url: 'https://exemple.invalid/p/1',
  conversation: '',
  author: '@alpha',
  kinds: ['insults'],
  description: 'Synthétique',
  attachments: [],
  ...over,
});

/** The checkbox of a content kind, by the engine's id. */
const kindBox = (kind: string): HTMLElement => {
  const box = screen.getAllByRole('checkbox').find((c) => (c as HTMLInputElement).value === kind);
  if (!box) throw new Error(`no checkbox for ${kind}`);
  return box;
};

beforeEach(async () => {
  resetJournalForTests();
  await useJournal.getState().clear();
});

afterEach(() => {
  resetJournalForTests();
});

describe('chronology', () => {
  const entries = [
    entry({ occurredAt: '2026-03-03T10:00', author: '@Alpha ' }),
    entry({ occurredAt: '2026-03-20', author: '@alpha', platform: 'tiktok', kinds: ['threats'] }),
    entry({ occurredAt: '2026-04-12T08:30', author: '@beta' }),
  ];

  it('counts acts, distinct accounts and the period', () => {
    expect(countsOf(entries)).toEqual({
      acts: 3,
      accounts: 2,
      from: '2026-03-03',
      to: '2026-04-12',
    });
    expect(countsOf([])).toEqual({ acts: 0, accounts: 0, from: null, to: null });
  });

  it('treats one handle written differently as one account', () => {
    expect(authorsOf(entries).map((a) => a.key)).toEqual(['@alpha', '@beta']);
  });

  it('filters by platform, kind and author', () => {
    expect(applyFilters(entries, { ...NO_FILTERS, platform: 'tiktok' })).toHaveLength(1);
    expect(applyFilters(entries, { ...NO_FILTERS, kind: 'insults' })).toHaveLength(2);
    expect(applyFilters(entries, { ...NO_FILTERS, author: '@alpha' })).toHaveLength(2);
    expect(applyFilters(entries, NO_FILTERS)).toHaveLength(3);
  });

  it('keeps each earlier version of an act edited twice, and shows what it said before', async () => {
    const first = entry({ url: 'https://example.org/p/1', description: 'Premier récit.' });
    await useJournal.getState().save(first, [], []);
    const { user } = renderApp(`/preuves/${first.id}/modifier`);
    await screen.findByRole('heading', { level: 1, name: t.entry.editTitle });
    const url = screen.getByRole('textbox', { name: (name) => name.startsWith(t.entry.url) });
    await user.clear(url);
    await user.type(url, 'https://example.org/p/2');
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    await screen.findByText(t.entry.saved);
    await user.click(screen.getByRole('link', { name: t.entry.edit }));
    const description = await screen.findByLabelText(t.entry.description, { exact: false });
    await user.clear(description);
    await user.type(description, 'Récit complété.');
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    await screen.findByText(t.entry.saved);

    const versions = screen.getByRole('region', { name: t.entry.versions.title });
    const changes = within(versions).getAllByRole('listitem');
    expect(changes).toHaveLength(2);
    expect(changes[0]).toHaveTextContent(t.entry.versions.fields.url);
    expect(changes[0]).toHaveTextContent('https://example.org/p/1');
    expect(changes[1]).toHaveTextContent(t.entry.versions.fields.description);
    expect(changes[1]).toHaveTextContent('Premier récit.');
    expect(screen.getByText(/modifié le/)).toBeInTheDocument();
    const stored = useJournal.getState().entries[0];
    expect(stored?.url).toBe('https://example.org/p/2');
    expect(stored?.versions).toHaveLength(2);

    // The printable chronology says it too, with the earlier words.
    const html = chronologyHtml(stored ? [stored] : [], new Date('2026-04-13T10:00:00Z'));
    expect(html.match(/modifié le/g)).toHaveLength(2);
    expect(html).toContain(escapeHtml('adresse : https://example.org/p/1'));

    // Three saves, three records of the journal's hash chain: the page and the chronology say
    // the last one's number and fingerprint, to compare with the export's verifier.
    const link = stored?.link;
    expect(link?.seq).toBe(3);
    const record = fill(t.entry.record, { seq: 3, hash: link?.hash ?? '' });
    expect(screen.getByText(record)).toBeInTheDocument();
    expect(html).toContain(escapeHtml(fill(t.export.record, { seq: 3 })));
    expect(html).toContain(escapeHtml(fill(t.export.seal, { seq: 3, hash: link?.hash ?? '' })));
  });

  it('writes in the printable chronology what each capture was checked for', () => {
    const html = chronologyHtml(
      [entry({ checks: ['date-shown', 'own-data-hidden'] }), entry({ checks: [] })],
      new Date('2026-04-13T10:00:00Z'),
    );
    const items = t.entry.captureChecks.items;
    expect(html).toContain(`<th>${escapeHtml(t.export.columns.checks)}</th>`);
    expect(html).toContain(
      `${escapeHtml(items['date-shown'])}<br>${escapeHtml(items['own-data-hidden'])}</td>`,
    );
    expect(html).not.toContain(escapeHtml(items.context));
  });

  it('escapes every user string in the printable chronology', () => {
    const html = chronologyHtml(
      [
        entry({
          description: '<script>alert(1)</script>',
          author: '"><img src=x onerror=alert(1)>',
        }),
      ],
      new Date('2026-04-13T10:00:00Z'),
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
    expect(escapeHtml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;');
  });
});

describe('journal screens', () => {
  it('adds an act in one form and shows it in the chronology', async () => {
    saveAnswers({ role: 'victim', age: 'adult' });
    const { user } = renderApp('/preuves/nouveau');
    await screen.findByRole('heading', { level: 1, name: t.entry.newTitle });
    await user.type(screen.getByLabelText(t.entry.author, { exact: false }), '@someone');
    await user.click(kindBox('insults'));
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    expect(await screen.findByText(t.entry.saved)).toBeInTheDocument();
    expect(useJournal.getState().entries).toHaveLength(1);
    expect(useJournal.getState().entries[0]?.author).toBe('@someone');
  });

  it('names what is missing instead of saving an incomplete act', async () => {
    const { user } = renderApp('/preuves/nouveau');
    await screen.findByRole('heading', { level: 1, name: t.entry.newTitle });
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    expect(screen.getByRole('alert')).toHaveTextContent(voice(t.entry.errorKinds, null));
    expect(useJournal.getState().entries).toHaveLength(0);
  });

  it('refuses files for intimate images of a minor, and says why', async () => {
    saveAnswers({ role: 'parent', age: '15-17' });
    const { user } = renderApp('/preuves/nouveau');
    await screen.findByRole('heading', { level: 1, name: t.entry.newTitle });
    expect(screen.getByLabelText(t.entry.attachments, { exact: false })).toBeInTheDocument();
    await user.click(kindBox('intimate-images'));
    expect(screen.getByText(t.refused.title)).toBeInTheDocument();
    expect(screen.queryByLabelText(t.entry.attachments, { exact: false })).toBeNull();
  });

  it('counts acts and accounts, and suggests the "group" answer without changing it', async () => {
    saveAnswers({ role: 'victim', age: 'adult', frequency: 'repeated' });
    await useJournal.getState().save(entry({ author: '@a' }), [], []);
    await useJournal.getState().save(entry({ author: '@b', occurredAt: '2026-04-12' }), [], []);
    const { user } = renderApp('/preuves');
    const counts = await screen.findByText(/2 actes, 2 comptes/);
    expect(counts).toBeInTheDocument();
    const suggestion = screen.getByRole('button', { name: t.suggestion.accept });
    expect(JSON.parse(sessionStorage.getItem('balise:answers') ?? '{}')).toMatchObject({
      answers: { frequency: 'repeated' },
    });
    await user.click(suggestion);
    expect(JSON.parse(sessionStorage.getItem('balise:answers') ?? '{}')).toMatchObject({
      answers: { frequency: 'group' },
    });
  });

  it('asks before deleting an act', async () => {
    const saved = entry({});
    await useJournal.getState().save(saved, [], []);
    const { user } = renderApp(`/preuves/${saved.id}`);
    await user.click(await screen.findByRole('button', { name: t.entry.delete }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: t.entry.cancel }));
    expect(useJournal.getState().entries).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: t.entry.delete }));
    await user.click(screen.getByRole('button', { name: t.entry.deleteYes }));
    await waitFor(() => {
      expect(useJournal.getState().entries).toHaveLength(0);
    });
  });

  it('keeps what the capture was checked for with the act, and tells to capture a snap first', async () => {
    const { user } = renderApp('/preuves/nouveau');
    const platform = await screen.findByLabelText(t.entry.platform);
    const ephemeral = () => screen.queryByText(voice(t.entry.captureChecks.ephemeral, null));
    expect(ephemeral()).toBeNull();
    await user.selectOptions(platform, 'snapchat');
    expect(ephemeral()).toBeInTheDocument();
    await user.selectOptions(platform, 'tiktok');
    expect(ephemeral()).toBeNull();
    await user.type(screen.getByLabelText(t.entry.where), 'story');
    expect(ephemeral()).toBeInTheDocument();
    // The platform's own traps, under the checks.
    const tips = screen.getByText(fill(t.entry.captureTips.titleOn, { platform: 'TikTok' }));
    expect(tips.closest('details')).toHaveTextContent(PLATFORMS.tiktok.evidence[0] ?? '');

    const checks = screen.getByRole('group', { name: voice(t.entry.captureChecks.legend, null) });
    await user.click(within(checks).getByLabelText(t.entry.captureChecks.items['author-id']));
    await user.click(within(checks).getByLabelText(t.entry.captureChecks.items['date-shown']));
    await user.click(kindBox('insults'));
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    expect(await screen.findByText(t.entry.saved)).toBeInTheDocument();
    expect(useJournal.getState().entries[0]?.checks).toEqual(['date-shown', 'author-id']);
  });

  it('says what the act’s proof is worth, rung by rung, and names the next one', async () => {
    const bare = entry({});
    await useJournal.getState().save(bare, [], []);
    const { unmount } = renderApp(`/preuves/${bare.id}`);
    const ladder = await screen.findByRole('region', { name: t.ladder.title });
    const rungs = () =>
      [...ladder.querySelectorAll('[data-rung]')].map((li) => [
        li.getAttribute('data-rung'),
        li.getAttribute('data-reached'),
        li.textContent.includes(t.ladder.next),
      ]);
    expect(rungs()).toEqual([
      ['capture', 'false', true],
      ['record', 'false', false],
      ['constat', 'false', false],
    ]);
    unmount();
    const file = attachment('png bytes', 'capture.png');
    const withCapture = entry({ attachments: [file.meta] });
    await useJournal.getState().save(withCapture, [file], []);
    renderApp(`/preuves/${withCapture.id}`);
    const second = await screen.findByRole('region', { name: t.ladder.title });
    expect(
      [...second.querySelectorAll('[data-rung]')].map((li) => li.getAttribute('data-reached')),
    ).toEqual(['true', 'true', 'false']);
    expect(second.querySelector('[data-rung="constat"]')).toHaveTextContent(t.ladder.next);
  });

  it('masking zones of a picture: asks for a zone, refuses a bad one, and says when the browser cannot make the copy', async () => {
    const file = attachment('pas une vraie image', 'capture.png', 'image/png');
    const act = entry({ attachments: [file.meta] });
    await useJournal.getState().save(act, [file], []);
    const { user } = renderApp(`/preuves/${act.id}`);
    await user.click(
      await screen.findByRole('link', { name: fill(t.entry.maskLink, { name: 'capture.png' }) }),
    );
    const m = t.mask;
    await screen.findByRole('heading', { level: 1, name: fill(m.title, { name: 'capture.png' }) });
    // The button waits for the picture to be read from the journal.
    const create = await screen.findByRole('button', { name: m.create });
    await waitFor(() => {
      expect(create).toBeEnabled();
    });
    await user.click(create);
    expect(await screen.findByRole('alert')).toHaveTextContent(m.needZone);
    await user.type(screen.getByLabelText(m.x), '10');
    await user.type(screen.getByLabelText(m.y), 'haut');
    await user.type(screen.getByLabelText(m.width), '20');
    await user.type(screen.getByLabelText(m.height), '20');
    await user.click(screen.getByRole('button', { name: m.add }));
    expect(screen.getByText(m.invalid)).toBeInTheDocument();
    await user.clear(screen.getByLabelText(m.y));
    await user.type(screen.getByLabelText(m.y), '5');
    await user.click(screen.getByRole('button', { name: m.add }));
    expect(
      screen.getByRole('button', { name: fill(m.removeZone, { number: 1 }) }),
    ).toBeInTheDocument();
    // This test's browser (jsdom) decodes no image: the copy cannot be made, and nothing changes.
    await user.click(screen.getByRole('button', { name: m.create }));
    expect(await screen.findByText(m.failed.unreadable)).toBeInTheDocument();
    expect(useJournal.getState().entries[0]?.attachments).toHaveLength(1);
  });

  it('says so on the act when deleting it fails, and keeps it', async () => {
    const saved = entry({});
    await useJournal.getState().save(saved, [], []);
    const repo = await useJournal.getState().open();
    vi.spyOn(repo, 'remove').mockRejectedValue(new JournalError('unavailable'));
    const { user } = renderApp(`/preuves/${saved.id}`);
    await user.click(await screen.findByRole('button', { name: t.entry.delete }));
    await user.click(screen.getByRole('button', { name: t.entry.deleteYes }));
    const alert = await screen.findByText(t.entry.deleteFailed);
    expect(alert.closest('[role="alert"]')).toHaveTextContent(voice(t.storage.memory, null));
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(useJournal.getState().entries).toHaveLength(1);
  });

  it('says so on the form when the device is full, and keeps what was typed', async () => {
    const repo = await useJournal.getState().open();
    vi.spyOn(repo, 'save').mockRejectedValue(new JournalError('full'));
    const { user } = renderApp('/preuves/nouveau');
    await user.click(await screen.findByLabelText(t.entry.description));
    await user.keyboard('Il a recommencé');
    await user.click(kindBox('insults'));
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(voice(t.storage.full, null));
    expect(screen.getByLabelText(t.entry.description)).toHaveValue('Il a recommencé');
    expect(useJournal.getState().entries).toHaveLength(0);
  });

  it('refuses to save a form that another tab changed meanwhile, keeps the typing, then merges the files', async () => {
    const saved = entry({ description: 'Avant' });
    await useJournal.getState().save(saved, [], []);
    const { user } = renderApp(`/preuves/${saved.id}/modifier`);
    const description = await screen.findByLabelText(t.entry.description);
    // Another tab adds a screenshot to the same act.
    const screenshot = attachment('capture de l’autre onglet', 'autre.png', 'image/png');
    const other = {
      ...saved,
      updatedAt: '2026-03-05T09:00:00.000Z',
      attachments: [screenshot.meta],
    };
    expect(await useJournal.getState().save(other, [screenshot], [], saved.updatedAt)).toEqual({
      ok: true,
    });
    await user.clear(description);
    await user.type(description, 'Texte tapé ici');
    await user.click(screen.getByRole('button', { name: t.entry.save }));

    expect(await screen.findByText(t.entry.conflict.default)).toBeInTheDocument();
    expect(useJournal.getState().entries.map((e) => e.attachments)).toEqual([other.attachments]);
    expect(screen.getByLabelText(t.entry.description)).toHaveValue('Texte tapé ici');
    await user.click(screen.getByRole('button', { name: t.entry.conflictMerge }));
    expect(screen.getByRole('button', { name: /autre\.png/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    await waitFor(() => {
      expect(useJournal.getState().entries[0]?.description).toBe('Texte tapé ici');
    });
    expect(useJournal.getState().entries[0]?.attachments).toEqual([screenshot.meta]);
  });

  it('says plainly when an act does not exist', async () => {
    renderApp('/preuves/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: t.entry.notFoundTitle }),
    ).toBeInTheDocument();
  });

  it('says "tu" to a victim aged 15-17, "vous" and "votre enfant" to a parent', async () => {
    saveAnswers({ role: 'victim', age: '15-17' });
    const teen = renderApp('/preuves');
    expect(await screen.findByText(voice(t.lead, 'young'))).toBeInTheDocument();
    expect(await screen.findByText(voice(t.empty, 'young'))).toBeInTheDocument();
    expect(screen.queryByText(t.lead.default)).toBeNull();
    teen.unmount();

    saveAnswers({ role: 'parent', age: '15-17' });
    renderApp('/preuves');
    expect(await screen.findByText(voice(t.lead, 'parent'))).toBeInTheDocument();
    expect(voice(t.lead, 'parent')).toMatch(/votre enfant/);
    expect(await screen.findByText(t.empty.default)).toBeInTheDocument();
    expect(screen.queryByText(voice(t.lead, 'young'))).toBeNull();
  });

  it('draws a long journal’s first acts at once, the next ones on "Afficher les … actes suivants"', async () => {
    const repo = await useJournal.getState().open();
    await repo.saveMany(
      Array.from({ length: 130 }, (_, index) => ({
        entry: entry({
          occurredAt: `2026-03-${String(1 + (index % 28)).padStart(2, '0')}T10:00`,
          description: `Acte ${index}`,
        }),
        added: [],
        removed: [],
      })),
    );
    await useJournal.getState().refresh();
    const { user } = renderApp('/preuves');
    const list = await screen.findByRole('list', { name: t.title });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: fill(t.filters.more, { count: 100 }) }));
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')).toHaveLength(120);
    });
    await user.click(screen.getByRole('button', { name: fill(t.filters.more, { count: 10 }) }));
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')).toHaveLength(130);
    });
    expect(screen.queryByRole('button', { name: /suivants/ })).not.toBeInTheDocument();
  });

  it('shows the journal count on the plan', async () => {
    saveAnswers({ role: 'victim', danger: 'none' });
    await useJournal.getState().save(entry({}), [], []);
    renderApp('/plan');
    await waitFor(() => {
      expect(document.querySelector('[data-journal-count]')).toHaveAttribute(
        'data-journal-count',
        '1',
      );
    });
  });
});

describe('attached files', () => {
  /** Every Blob the page turned into an address, by the address it got. */
  function watchObjectUrls(): Map<string, Blob> {
    const made = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
      const url = `blob:test/${String(made.size)}`;
      made.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    return made;
  }
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('never lets an HTML or SVG file open as a page: it can only be saved, and only pictures are drawn', async () => {
    const made = watchObjectUrls();
    const page = attachment(
      '<script>localStorage.setItem("x", "1")</script>',
      'page.html',
      'text/html',
    );
    const svg = attachment('<svg onload="alert(1)"/>', 'dessin.svg', 'image/svg+xml');
    const png = attachment('not really a png', 'capture.png', 'image/png');
    const saved = entry({ attachments: [page.meta, svg.meta, png.meta] });
    await useJournal.getState().save(saved, [page, svg, png], []);
    renderApp(`/preuves/${saved.id}`);

    const links = await screen.findAllByRole('link', { name: t.entry.open });
    expect(links).toHaveLength(3);
    const typeOf = (name: string) => {
      const link = links.find((l) => l.getAttribute('download') === name);
      return made.get(link?.getAttribute('href') ?? '')?.type;
    };
    await waitFor(() => {
      expect(typeOf('page.html')).toBe('application/octet-stream');
    });
    expect(typeOf('dessin.svg')).toBe('application/octet-stream');
    expect(typeOf('capture.png')).toBe('image/png');
    // One thumbnail, the PNG's; nothing embeds a document.
    expect(document.querySelectorAll('img')).toHaveLength(1);
    expect(document.querySelector('iframe, object, embed')).toBeNull();
  });

  it('says a file is missing instead of checking forever, and offers what to do', async () => {
    watchObjectUrls();
    const lost = attachment('capture perdue', 'perdue.png', 'image/png');
    const saved = entry({ attachments: [lost.meta] });
    await useJournal.getState().save(saved, [lost], []);
    // The file disappears from the device behind the app's back (storage cleared, disk error).
    const db = await openDB(DB_NAME);
    await db.delete('files', lost.meta.id);
    db.close();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { user } = renderApp(`/preuves/${saved.id}`);
      await user.click(await screen.findByRole('button', { name: t.entry.verify }));
      expect(await screen.findByText(t.entry.missing)).toBeTruthy();
      expect(screen.getByText(t.entry.missingWhat.default)).toBeTruthy();
      expect(screen.queryByRole('button', { name: t.entry.verifying })).toBeNull();
      expect(screen.queryByRole('link', { name: t.entry.open })).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled.mock.calls.map(([reason]) => String(reason))).toEqual([]);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('sextortion acts', () => {
  /** Opens the entry form for someone with these answers, and ticks this kind of act. */
  async function newEntry(answers: Answers, kind: ContentKind) {
    saveAnswers(answers);
    const { user } = renderApp('/preuves/nouveau');
    await screen.findByRole('heading', { level: 1, name: t.entry.newTitle });
    await user.click(kindBox(kind));
    return user;
  }
  const capture = () =>
    new NodeFile(['messages de chantage, sans image'], 'capture.png', {
      type: 'image/png',
    }) as unknown as File;

  it('take a capture once the person confirms it shows no intimate image, and say so first', async () => {
    const user = await newEntry({ role: 'victim', age: '15-17' }, 'sextortion');
    expect(screen.queryByText(t.refused.title)).toBeNull();
    const confirm = screen.getByRole('checkbox', { name: t.entry.confirmNoIntimateImage });
    expect(
      screen.getByText(voice(t.entry.confirmNoIntimateImageHint, 'young')),
    ).toBeInTheDocument();
    await user.upload(screen.getByLabelText(t.entry.attachments, { exact: false }), capture());

    await user.click(screen.getByRole('button', { name: t.entry.save }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      voice(t.entry.errorConfirmNoIntimateImage, 'young'),
    );
    expect(useJournal.getState().entries).toHaveLength(0);
    // The chosen file is still there, ready once the box is ticked.
    expect(screen.getByRole('button', { name: /capture\.png/ })).toBeInTheDocument();

    await user.click(confirm);
    await user.click(screen.getByRole('button', { name: t.entry.save }));
    // Hashing and writing the file take a moment on a busy machine.
    expect(await screen.findByText(t.entry.saved, {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(useJournal.getState().entries[0]?.attachments.map((a) => a.name)).toEqual([
      'capture.png',
    ]);
  });

  it('still refuse every file when intimate images of a minor are ticked too', async () => {
    const user = await newEntry({ role: 'victim', age: '15-17' }, 'sextortion');
    await user.click(kindBox('intimate-images'));
    expect(screen.getByText(t.refused.title)).toBeInTheDocument();
    expect(screen.queryByLabelText(t.entry.attachments, { exact: false })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: t.entry.confirmNoIntimateImage })).toBeNull();
  });

  it('refuse every file for child sexual content, even for an adult', async () => {
    await newEntry({ role: 'victim', age: 'adult' }, 'child-sexual');
    expect(screen.getByText(t.refused.title)).toBeInTheDocument();
    expect(screen.queryByLabelText(t.entry.attachments, { exact: false })).toBeNull();
  });
});
