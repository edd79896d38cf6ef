import '../../lib/journal/helpers.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterNotice as en } from '../../../src/content/en/letter-notice.ts';
import {
  documentFields,
  documentsUi as u,
  noticeLetterText as t,
} from '../../../src/content/fr/documents.ts';
import { fr } from '../../../src/content/fr/plan.ts';
import { trackerText as tracker } from '../../../src/content/fr/tracker.ts';
import { plainText, voice } from '../../../src/i18n/voice.ts';
import { DOCUMENTS_SET_ASIDE_KEY, reloadAnswers, useAnswers } from '../../../src/stores/answers.ts';
import { reloadDocuments, STORAGE_KEY } from '../../../src/stores/documents.ts';
import { resetJournalForTests, useJournal } from '../../../src/stores/journal.ts';
import { entry, PEOPLE } from '../../helpers/documents.ts';
import { renderApp, saveAnswers } from '../../helpers/render.tsx';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field by its label, whether or not it says "(obligatoire)". */
const label = (field: keyof typeof documentFields) =>
  new RegExp(`^${escape(documentFields[field].label)}( ${escape(u.required)})?$`);

beforeEach(async () => {
  resetJournalForTests();
  await useJournal.getState().clear();
});

afterEach(() => {
  resetJournalForTests();
});

describe('the documents of the plan', () => {
  it('are links from the plan, each to its own page whose heading takes the focus', async () => {
    saveAnswers(PEOPLE.parent);
    const { user } = renderApp('/plan');
    const link = await screen.findByRole('link', {
      name: plainText(voice(fr.documents['complaint-letter'].title, 'parent')),
    });
    await user.click(link);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: plainText(voice(fr.documents['complaint-letter'].title, 'parent')),
    });
    expect(screen.getByTestId('where')).toHaveTextContent('/documents/complaint-letter');
    expect(heading).toHaveFocus();
  });

  it('lead, once sent, to noting the report in the follow-up', async () => {
    saveAnswers(PEOPLE.adult);
    renderApp('/documents/complaint-letter');
    expect(await screen.findByRole('link', { name: tracker.documentLink })).toHaveAttribute(
      'href',
      '/suivi?type=complaint',
    );
  });

  it('fill the preview as the user types, and nothing else changes the letter', async () => {
    saveAnswers(PEOPLE.adult);
    const { user } = renderApp('/documents/complaint-letter');
    await user.type(await screen.findByLabelText(label('senderName')), 'Alex Synthétique');
    const preview = screen.getByRole('article', { name: /Plainte adressée/ });
    expect(within(preview).getAllByText(/Alex Synthétique/).length).toBeGreaterThan(0);
  });

  it('name the missing fields before any download, with links to them, and download nothing', async () => {
    saveAnswers(PEOPLE.adult);
    const { user } = renderApp('/documents/complaint-letter');
    await user.click(await screen.findByRole('button', { name: u.download }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: documentFields.court.label })).toHaveAttribute(
      'href',
      '#field-court',
    );
    expect(screen.getByLabelText(label('court'))).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(label('court'))).toHaveAccessibleDescription(
      new RegExp(`^À compléter : ${escape(documentFields.court.label)}`),
    );
    expect(screen.queryByText(/est prêt/)).not.toBeInTheDocument();
  });

  it('explain when a document does not fit the answers, and where to change them', async () => {
    saveAnswers(PEOPLE.witness);
    renderApp('/documents/complaint-letter');
    expect(await screen.findByText(u.notOfferedTitle)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: u.toAnswers })).toHaveAttribute(
      'href',
      '/mes-reponses',
    );
  });

  it('say so when the link leads to a document that does not exist', async () => {
    saveAnswers(PEOPLE.adult);
    renderApp('/documents/lettre-inconnue');
    expect(await screen.findByRole('heading', { name: u.unknownTitle })).toBeInTheDocument();
  });

  it('keep personal details in this tab like the answers, say so, and follow the answers to the device', async () => {
    saveAnswers(PEOPLE.adult);
    const first = renderApp('/documents/complaint-letter');
    expect(await screen.findByText(voice(u.keptInTab, null))).toBeInTheDocument();
    await first.user.type(screen.getByLabelText(label('senderName')), 'Alex');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      version: 1,
      user: { senderName: 'Alex' },
    });

    // The phone reloads the tab (back from another app): the details are still there.
    first.unmount();
    reloadAnswers();
    reloadDocuments();
    const reloaded = renderApp('/documents/complaint-letter');
    expect(await screen.findByLabelText(label('senderName'))).toHaveValue('Alex');
    reloaded.unmount();

    useAnswers.getState().setKeep('device');
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      version: 1,
      user: { senderName: 'Alex' },
    });
    reloadDocuments();
    renderApp('/documents/complaint-letter');
    expect(await screen.findByLabelText(label('senderName'))).toHaveValue('Alex');
    expect(screen.getByText(u.keptOnDevice)).toBeInTheDocument();

    useAnswers.getState().clear();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('say what happened when the saved details cannot be read, and set them aside unerased', async () => {
    saveAnswers(PEOPLE.adult, localStorage);
    reloadAnswers();
    localStorage.setItem(STORAGE_KEY, '{ not json');
    reloadDocuments();
    renderApp('/documents/complaint-letter');
    expect(await screen.findByText(u.saveProblem.unreadable)).toBeInTheDocument();
    expect(localStorage.getItem(DOCUMENTS_SET_ASIDE_KEY)).toBe('{ not json');
  });

  it('for a professional, prepare the family’s letters with the family’s details, not theirs', async () => {
    saveAnswers(PEOPLE.professional);
    const { user, unmount } = renderApp('/documents/school-report');
    await user.type(await screen.findByLabelText(label('senderName')), 'Conseillère Test');
    unmount();
    renderApp('/documents/complaint-letter');
    expect(await screen.findByText(u.familyNote)).toBeInTheDocument();
    expect(screen.getByLabelText(label('senderName'))).toHaveValue('');
  });

  it('take the chronology from the journal, and offer its addresses for the notice', async () => {
    saveAnswers(PEOPLE.adult);
    await useJournal
      .getState()
      .save(entry({ url: 'https://exemple.invalid/p/1', author: '@alpha' }), [], []);
    const { user } = renderApp('/documents/platform-notice');
    const reuse = await screen.findByRole('button', {
      name: /Reprendre les adresses du journal \(1\)/,
    });
    await user.click(reuse);
    expect(screen.getByLabelText(label('urls'))).toHaveValue('https://exemple.invalid/p/1');
    await waitFor(() => {
      expect(
        screen.queryByRole('button', { name: /Reprendre les adresses/ }),
      ).not.toBeInTheDocument();
    });
  });

  it('offer the platform notice in English, the preview following, and keep the choice after a reload', async () => {
    saveAnswers(PEOPLE.adult);
    const first = renderApp('/documents/platform-notice');
    const group = await screen.findByRole('group', { name: u.noticeLanguage.legend });
    const french = within(group).getByRole('radio', { name: u.noticeLanguage.fr });
    const english = within(group).getByRole('radio', { name: u.noticeLanguage.en });
    expect(french).toBeChecked();
    expect(english).not.toBeChecked();
    const preview = () =>
      screen.getByRole('article', { name: /Notification de contenu illicite|Notice of illegal/ });
    expect(preview()).toHaveAccessibleName(t.notice.title);
    expect(preview().parentElement).toHaveAttribute('lang', 'fr');

    await first.user.click(english);
    expect(english).toBeChecked();
    expect(preview()).toHaveAccessibleName(en.notice.title);
    expect(preview()).toHaveAttribute('lang', 'en-GB');
    expect(preview().parentElement).toHaveAttribute('lang', 'en');
    expect(within(preview()).getByText(en.common.goodFaith)).toBeInTheDocument();
    expect(within(preview()).queryByText(t.common.goodFaith)).not.toBeInTheDocument();
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      version: 1,
      user: { noticeLanguage: 'en' },
    });

    // The tab reloads: the notice is still in English.
    first.unmount();
    reloadAnswers();
    reloadDocuments();
    const reloaded = renderApp('/documents/platform-notice');
    expect(await screen.findByRole('radio', { name: u.noticeLanguage.en })).toBeChecked();
    expect(preview()).toHaveAccessibleName(en.notice.title);
    reloaded.unmount();

    // The other letters stay French and offer no choice.
    const complaint = renderApp('/documents/complaint-letter');
    const letter = await screen.findByRole('article', { name: /Plainte adressée/ });
    expect(letter.parentElement).toHaveAttribute('lang', 'fr');
    expect(screen.queryByRole('group', { name: u.noticeLanguage.legend })).not.toBeInTheDocument();
    complaint.unmount();

    // Forgotten with the other details: back to French.
    useAnswers.getState().clear();
    saveAnswers(PEOPLE.adult);
    reloadAnswers();
    reloadDocuments();
    renderApp('/documents/platform-notice');
    expect(await screen.findByRole('radio', { name: u.noticeLanguage.fr })).toBeChecked();
    expect(preview()).toHaveAccessibleName(t.notice.title);
  });

  it('say in words when the PDF cannot be made (fonts unreachable), and keep what was typed', async () => {
    saveAnswers(PEOPLE.adult);
    const { user } = renderApp('/documents/action-plan');
    await user.click(await screen.findByRole('button', { name: u.download }));
    const status = await screen.findByText(new RegExp(u.pdfProblem.fonts), {}, { timeout: 10_000 });
    expect(status).toHaveTextContent('Rien n’a été perdu');
    expect(screen.getByRole('article', { name: /plan d’action/i })).toBeInTheDocument();
  });
});
