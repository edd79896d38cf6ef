import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deadlinesText as d } from '../../src/content/fr/deadlines.ts';
import { trackerText as t } from '../../src/content/fr/tracker.ts';
import { fill } from '../../src/i18n/voice.ts';
import { resetJournalForTests } from '../../src/stores/journal.ts';
import { reloadTracker, useTracker } from '../../src/stores/tracker.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const adult = { role: 'victim', danger: 'none', age: 'adult', contentKinds: ['insults'] };

afterEach(() => {
  vi.useRealTimers();
  resetJournalForTests();
  vi.restoreAllMocks();
});

/** Today is 10 June 2026 for these tests. */
function onTenthOfJune() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-10T12:00:00'));
}

describe('following the reports made', () => {
  it('notes a complaint left without news for 3 months, and says the civil-party route opens, here and on the plan', async () => {
    onTenthOfJune();
    saveAnswers(adult);
    const { user, unmount } = renderApp('/suivi?type=complaint');
    await screen.findByRole('heading', { level: 1, name: t.title });
    expect(screen.getByLabelText(t.form.kind)).toHaveValue('complaint');
    const sent = screen.getByLabelText(t.form.sentOn);
    await user.clear(sent);
    await user.type(sent, '2026-03-10');
    await user.type(screen.getByLabelText(t.form.reference), 'Récépissé 2026/0042');
    await user.click(screen.getByRole('button', { name: t.form.save }));

    expect(await screen.findByText(t.saved)).toHaveAttribute('role', 'status');
    const list = screen.getByRole('region', { name: t.listTitle });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent(fill(t.status.late, { due: '10 juin 2026' }));
    expect(item).toHaveTextContent(t.next['civil-party']);
    expect(item).toHaveTextContent(fill(t.reference, { reference: 'Récépissé 2026/0042' }));
    expect(within(item).getByRole('link', { name: t.toStep })).toHaveAttribute(
      'href',
      '/plan/file-complaint',
    );
    unmount();

    renderApp('/plan');
    const summary = await screen.findByRole('region', { name: t.plan.title });
    expect(summary).toHaveTextContent(t.next['civil-party']);
  });

  it('records a platform’s refusal with its reasons, and says how to contest it', async () => {
    onTenthOfJune();
    saveAnswers(adult);
    useTracker.getState().save({
      id: crypto.randomUUID(),
      kind: 'platform',
      sentOn: '2026-06-01',
      to: 'Instagram',
      reference: '',
      answer: null,
    });
    const { user } = renderApp('/suivi');
    const item = within(await screen.findByRole('region', { name: t.listTitle })).getByRole(
      'listitem',
    );
    expect(item).toHaveTextContent(t.status.waiting);
    expect(item).toHaveTextContent(t.noDelay);
    await user.click(within(item).getByRole('button', { name: new RegExp(t.edit) }));
    await user.click(screen.getByLabelText(t.form.answered, { exact: false }));
    await user.type(screen.getByLabelText(t.form.answerOn), '2026-06-05');
    await user.click(screen.getByLabelText(t.form.outcomes.refused));
    await user.type(
      screen.getByLabelText(t.form.reasons, { exact: false }),
      'Pas contraire aux règles.',
    );
    await user.click(screen.getByRole('button', { name: t.form.save }));

    const updated = within(screen.getByRole('region', { name: t.listTitle })).getByRole('listitem');
    expect(updated).toHaveTextContent(fill(t.status.refused, { on: '5 juin 2026' }));
    expect(updated).toHaveTextContent(t.next['platform-appeal']);
    expect(updated).toHaveTextContent('Pas contraire aux règles.');
    expect(useTracker.getState().reports).toHaveLength(1);
  });

  it('says what is wrong with the form, keeps what was typed, and saves nothing', async () => {
    onTenthOfJune();
    saveAnswers(adult);
    const { user } = renderApp('/suivi?type=erasure');
    await screen.findByRole('heading', { level: 1, name: t.title });
    await user.type(screen.getByLabelText(t.form.to, { exact: false }), 'Site de vidéos');
    await user.click(screen.getByLabelText(t.form.answered, { exact: false }));
    await user.type(screen.getByLabelText(t.form.answerOn), '2026-06-01');
    const sent = screen.getByLabelText(t.form.sentOn);
    await user.clear(sent);
    await user.type(sent, '2026-06-05');
    await user.click(screen.getByRole('button', { name: t.form.save }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(t.form.problems['answer-before-sent']);
    expect(summary).toHaveTextContent(t.form.problems.outcome);
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText(t.form.to, { exact: false })).toHaveValue('Site de vidéos');
    expect(useTracker.getState().reports).toEqual([]);
  });

  it('with the device full, says the report cannot be kept and still shows it', async () => {
    onTenthOfJune();
    saveAnswers(adult);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user } = renderApp('/suivi?type=pharos');
    await screen.findByRole('heading', { level: 1, name: t.title });
    await user.click(screen.getByRole('button', { name: t.form.save }));
    expect(await screen.findByRole('alert')).toHaveTextContent(t.storage.full);
    const list = screen.getByRole('region', { name: t.listTitle });
    expect(within(list).getByRole('listitem')).toHaveTextContent(t.kinds.pharos);
  });

  it('deletes a report after asking', async () => {
    onTenthOfJune();
    saveAnswers(adult);
    useTracker.getState().save({
      id: crypto.randomUUID(),
      kind: 'school',
      sentOn: '2026-05-02',
      to: '',
      reference: '',
      answer: null,
    });
    const { user } = renderApp('/suivi');
    const list = await screen.findByRole('region', { name: t.listTitle });
    await user.click(within(list).getByRole('button', { name: t.remove }));
    await user.click(screen.getByRole('button', { name: t.removeConfirm }));
    expect(await screen.findByText(t.removed)).toHaveAttribute('role', 'status');
    expect(within(list).queryByRole('listitem')).toBeNull();
    expect(list).toHaveTextContent(t.empty);
  });

  it('puts the day a waiting complaint’s silence opens the civil-party route in the plan’s calendar file', async () => {
    onTenthOfJune();
    saveAnswers(adult);
    useTracker.getState().save({
      id: crypto.randomUUID(),
      kind: 'complaint',
      sentOn: '2026-05-31',
      to: '',
      reference: '',
      answer: null,
    });
    resetJournalForTests();
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:agenda';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/plan');
    const summary = await screen.findByRole('region', { name: t.plan.title });
    expect(summary).toHaveTextContent(fill(t.status.waitingUntil, { due: '31 août 2026' }));
    const deadlines = await screen.findByRole('region', { name: d.title });
    await user.click(within(deadlines).getByRole('button', { name: d.ics }));
    const ics = await made[0]?.text();
    expect(ics).toContain('DTSTART;VALUE=DATE:20260831');
    expect(ics?.replaceAll('\r\n ', '')).toContain(
      fill(t.icsSummary, { kind: t.kinds.complaint }).replace(/[,;]/g, (c) => `\\${c}`),
    );
  });

  it('sets an unreadable saved list aside and says so, starting empty', async () => {
    saveAnswers(adult);
    sessionStorage.setItem('balise:tracker', '{"version":1,"reports":[{"kind":"nope"}]}');
    reloadTracker();
    renderApp('/suivi');
    expect(await screen.findByRole('alert')).toHaveTextContent(t.storage.unreadable);
    expect(sessionStorage.getItem('balise:tracker:unreadable')).toContain('nope');
    expect(sessionStorage.getItem('balise:tracker')).toBeNull();
  });
});
