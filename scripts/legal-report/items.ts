import { frOffences } from '../../src/content/fr/offences.ts';
import { fr } from '../../src/content/fr/plan.ts';
import { documentPages } from '../../src/content/fr/documents.ts';
import { PLATFORMS } from '../../src/content/fr/platforms.ts';
import { CONTACT_LINES } from '../../src/content/contact-lines.ts';
import { PLATFORM_LINKS, type PlatformId } from '../../src/content/platforms.ts';
import { frQuestions } from '../../src/content/fr/questions.ts';
import type { Audience, Voiced } from '../../src/content/types.ts';
import type { ContactId, SourceId } from '../../src/engine/index.ts';
import {
  ACTION_IDS,
  ATTACHMENT_POLICIES,
  ATTACHMENT_RULES,
  CONTACT_IDS,
  DOCUMENT_IDS,
  OFFENCE_IDS,
  OFFENCE_RULES,
  PLAN_RULES,
  QUESTIONS,
  REASON_IDS,
  STEP_IDS,
  STEP_RULES,
  WARNING_IDS,
} from '../../src/engine/index.ts';
import type { Condition } from '../../src/engine/model/condition.ts';
import { plainText, voice } from '../../src/i18n/voice.ts';
import { anchor, code, confidence, esc, labelled, link, words } from './html.ts';

/**
 * What the report is made of: every rule table of the engine flattened into rows, and one item
 * per id of the catalogs and content maps (question, step, reason, action…) with the words users
 * see and the rows that produce it. Read generically, so ids added elsewhere appear by themselves.
 */

export type Kind =
  | 'question'
  | 'step'
  | 'reason'
  | 'action'
  | 'warning'
  | 'contact'
  | 'document'
  | 'offence'
  | 'attachment'
  | 'platform'
  | 'term';

/** A rule row of any table, flattened so that every item can list the rows that produce it. */
export interface Row {
  readonly where: string;
  readonly when: Condition;
  readonly step?: string;
  readonly reason?: string;
  readonly offence?: string;
  readonly question?: string;
  readonly policy?: string;
  readonly actions: readonly string[];
  readonly contacts: readonly string[];
  readonly documents: readonly string[];
  readonly warnings: readonly string[];
  readonly sources: readonly SourceId[];
}

export interface Item {
  readonly kind: Kind;
  readonly id: string;
  readonly title: string;
  /** The words users see, as HTML (tables by audience). */
  readonly words: string;
  readonly rows: readonly Row[];
  readonly sources: readonly SourceId[];
  /** All the item's text, for tying facts by article number. */
  readonly texts: readonly string[];
  /** Addresses the item shows besides its sources (a platform's pages), for tying facts. */
  readonly addresses?: readonly { readonly id: string; readonly url: string }[];
}

export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const say = (text: Voiced | undefined): string => (text === undefined ? '' : voice(text, null));
/** Every variant of a voiced text, for article numbers. */
const allVariants = (text: Voiced | undefined): string[] =>
  text === undefined
    ? []
    : typeof text === 'string'
      ? [text]
      : Object.values(text as Readonly<Record<string, string | undefined>>).filter(
          (t) => t !== undefined,
        );

// ---------------------------------------------------------------- conditions in words

interface QuestionWords {
  readonly summaryLabel: Voiced;
  readonly options: Readonly<Record<string, { readonly label: Voiced } | undefined>>;
}
/** The question's words, or nothing when the engine has a question content does not name yet. */
const questionWords = (q: string): QuestionWords | undefined =>
  (frQuestions.questions as Readonly<Record<string, QuestionWords | undefined>>)[q];

export const questionName = (q: string, audience: Audience | null = null): string => {
  const label = questionWords(q)?.summaryLabel;
  return label === undefined ? q : plainText(voice(label, audience));
};

const optionWords = (q: string, option: string, audience: Audience | null = null): string => {
  const label = questionWords(q)?.options[option]?.label;
  return label === undefined ? option : plainText(voice(label, audience));
};

/** An answer in words: its option's label, or the labels of a multiple choice. */
export const answerWords = (q: string, answer: unknown, audience: Audience): string =>
  Array.isArray(answer)
    ? answer.map((a) => optionWords(q, String(a), audience)).join(', ')
    : optionWords(q, String(answer), audience);

/** A condition as a reviewer reads it: « Âge : moins de 15 ans ou 15-17 ans ET NON (…) ». */
export function conditionText(c: Condition): string {
  if ('all' in c) {
    if (c.all.length === 0) return 'toujours';
    return c.all.map((part) => wrap(part)).join(' <b>ET</b> ');
  }
  if ('any' in c) return c.any.map((part) => wrap(part)).join(' <b>OU</b> ');
  if ('not' in c) return `<b>NON</b> ${wrap(c.not)}`;
  const label = esc(questionName(c.q));
  if ('includesAny' in c) {
    return `${label} : au moins un de ${c.includesAny.map((k) => `« ${esc(optionWords(c.q, k))} »`).join(', ')}`;
  }
  return `${label} : ${c.in.map((o) => `« ${esc(optionWords(c.q, o))} »`).join(' ou ')}`;
}
const wrap = (c: Condition): string =>
  ('all' in c && c.all.length > 1) || 'any' in c ? `(${conditionText(c)})` : conditionText(c);

// ---------------------------------------------------------------- the rule tables, flattened

const stepTitle = (id: string): string =>
  plainText(
    say((fr.steps as Readonly<Record<string, { title: Voiced } | undefined>>)[id]?.title ?? id),
  );

export function rowsOfTables(): Row[] {
  const rows: Row[] = [];
  const none = { actions: [], contacts: [], documents: [], warnings: [] };
  for (const step of STEP_RULES) {
    const parts = [
      ['notApplicable', 'sans objet quand'],
      ['doneWhen', 'faite quand'],
      ['guidance', 'conseils'],
    ] as const;
    for (const [table, label] of parts) {
      for (const row of step[table]) {
        rows.push({
          ...none,
          where: `Étape « ${stepTitle(step.id)} » — ${label}`,
          when: row.when,
          step: step.id,
          reason: row.reason,
          actions: 'actions' in row ? row.actions : [],
          sources: row.sources,
        });
      }
    }
  }
  for (const row of PLAN_RULES) {
    rows.push({
      where: 'Plan — numéros, documents et avertissements',
      when: row.when,
      actions: [],
      contacts: row.contacts ?? [],
      documents: row.documents ?? [],
      warnings: row.warnings ?? [],
      sources: [],
    });
  }
  for (const row of ATTACHMENT_RULES) {
    rows.push({
      ...none,
      where:
        'Journal des preuves — fichiers joints à un fait (la première règle qui s’applique décide)',
      when: row.when,
      policy: row.policy,
      sources: [],
    });
  }
  for (const q of QUESTIONS) {
    rows.push({
      ...none,
      where: 'Questionnaire — la question est posée quand',
      when: q.asked,
      question: q.id,
      sources: [],
    });
  }
  for (const row of OFFENCE_RULES) {
    rows.push({
      ...none,
      where: 'Infractions que les faits peuvent constituer',
      when: row.when,
      offence: row.offence,
      sources: row.sources,
    });
  }
  return rows;
}

export function rowHtml(row: Row): string {
  const bits = [
    row.reason === undefined
      ? ''
      : `Raison : <a href="#${anchor('reason', row.reason)}">${code(row.reason)}</a>`,
    row.offence === undefined
      ? ''
      : `Infraction : <a href="#${anchor('offence', row.offence)}">${code(row.offence)}</a>`,
    row.policy === undefined
      ? ''
      : `Fichiers : <a href="#${anchor('attachment', row.policy)}">${code(row.policy)}</a>`,
    row.question === undefined
      ? ''
      : `Question : <a href="#${anchor('question', row.question)}">${code(row.question)}</a>`,
    ...(
      [
        ['Actions', 'action', row.actions],
        ['Numéros', 'contact', row.contacts],
        ['Documents', 'document', row.documents],
        ['Avertissements', 'warning', row.warnings],
        ['Sources', 'source', row.sources],
      ] as const
    ).map(([label, kind, ids]) =>
      ids.length === 0
        ? ''
        : `${label} : ${ids.map((id) => `<a href="#${anchor(kind, id)}">${code(id)}</a>`).join(', ')}`,
    ),
  ].filter((b) => b !== '');
  return `<div class="rule"><p class="meta">${esc(row.where)}</p><p><strong>Quand :</strong> ${conditionText(row.when)}</p><p>${bits.join(' · ')}</p></div>`;
}

// ---------------------------------------------------------------- items per kind

/**
 * What each journal policy means, in the report's words (the engine has no words, and the
 * journal's own messages are not keyed by policy). A policy added later shows its id.
 */
const POLICY_MEANING: Readonly<Record<string, string | undefined>> = {
  refuse: 'Aucun fichier, jamais : le journal refuse toute pièce jointe pour ce fait.',
  'confirm-no-intimate-image':
    'Fichiers acceptés une fois que la personne confirme qu’aucune image intime, même en vignette, ne s’y voit.',
  accept: 'Fichiers acceptés (aucune autre règle de cette partie ne s’applique).',
};

export const keysOf = (catalog: readonly string[], content: object): string[] =>
  unique([...catalog, ...Object.keys(content)]);

type Lookup<T> = Readonly<Record<string, T | undefined>>;

export function items(rows: readonly Row[]): Record<Kind, Item[]> {
  const steps = fr.steps as Lookup<{ title: Voiced; summary: Voiced }>;
  const actions = fr.actions as Lookup<{ text: Voiced; detail?: Voiced }>;
  const reasons = fr.reasons as Lookup<Voiced>;
  const warnings = fr.warnings as Lookup<{ title: Voiced; text: Voiced }>;
  const documents = fr.documents as Lookup<{ title: Voiced; description: Voiced }>;
  const contacts = frQuestions.contacts as Lookup<
    (typeof frQuestions.contacts)[keyof typeof frQuestions.contacts]
  >;
  const offences = frOffences as Lookup<{ name: string; reference: string }>;
  const pages = documentPages as Lookup<(typeof documentPages)[keyof typeof documentPages]>;

  const make = (
    kind: Kind,
    id: string,
    title: string,
    texts: readonly [string, Voiced | undefined][],
    mine: (row: Row) => boolean,
    extraSources: readonly SourceId[] = [],
  ): Item => {
    const own = rows.filter(mine);
    return {
      kind,
      id,
      title: title === '' ? id : title,
      words: texts.every(([, t]) => t === undefined)
        ? '<p class="missing">Aucun texte en français pour cet identifiant.</p>'
        : labelled(texts),
      rows: own,
      sources: unique([...own.flatMap((r) => r.sources), ...extraSources]),
      texts: texts.flatMap(([, t]) => allVariants(t)),
    };
  };

  const questions = frQuestions.questions as Lookup<{
    legend: Voiced;
    why: Voiced;
    hint?: Voiced;
    summaryLabel: Voiced;
    options: Lookup<{ label: Voiced; hint?: Voiced }>;
  }>;
  const glossary = fr.glossary as Lookup<{ term: string; definition: string }>;

  return {
    question: keysOf(
      QUESTIONS.map((q) => q.id),
      questions,
    ).map((id) => {
      const q = questions[id];
      const options = Object.entries(q?.options ?? {}).flatMap(
        ([option, words]): [string, Voiced | undefined][] => [
          [`Réponse « ${option} »`, words?.label],
          [`Réponse « ${option} » : aide`, words?.hint],
        ],
      );
      return make(
        'question',
        id,
        plainText(say(q?.legend)),
        [
          ['Question', q?.legend],
          ['Aide', q?.hint],
          ['Pourquoi cette question ?', q?.why],
          ['Nom dans « Mes réponses »', q?.summaryLabel],
          ...options,
        ],
        (r) => r.question === id,
      );
    }),
    platform: Object.entries(PLATFORMS).map(([id, p]): Item => {
      const list = (title: string, lines: readonly string[] | undefined) =>
        lines === undefined || lines.length === 0
          ? ''
          : `<h5>${esc(title)}</h5><ol>${lines.map((l) => `<li>${words(l)}</li>`).join('')}</ol>`;
      const linked = PLATFORM_LINKS[id as PlatformId].map((l, index) => ({
        ...l,
        label: p.links[index] ?? '',
      }));
      const links = linked.map(
        (l) =>
          `<tr><td>${esc(l.label)}</td><td>${link(l.url)}</td><td class="nowrap">${confidence(l.confidence)}</td><td class="nowrap">${esc(l.checked)}</td></tr>`,
      );
      const texts = [
        ...p.report,
        ...p.evidence,
        ...p.block,
        p.illegalContent ?? '',
        p.intimateImages ?? '',
      ];
      return {
        kind: 'platform',
        id,
        title: p.name,
        words: [
          list('Signaler', p.report),
          list('Contenu illicite (DSA)', p.illegalContent === undefined ? [] : [p.illegalContent]),
          list('Garder des preuves', p.evidence),
          list('Bloquer, restreindre', p.block),
          list('Images intimes', p.intimateImages === undefined ? [] : [p.intimateImages]),
          links.length === 0
            ? ''
            : `<h5>Pages officielles montrées</h5><table><thead><tr><th>Lien</th><th>Adresse</th><th>Confiance</th><th>Vérifié le</th></tr></thead><tbody>${links.join('')}</tbody></table>`,
        ].join(''),
        rows: [],
        sources: [],
        texts,
        addresses: linked.map((l) => ({ id: `lien « ${l.label} »`, url: l.url })),
      };
    }),
    attachment: ATTACHMENT_POLICIES.map((id) =>
      make(
        'attachment',
        id,
        POLICY_MEANING[id] ?? id,
        [['Ce que fait le journal (mots du rapport, pas de l’application)', POLICY_MEANING[id]]],
        (r) => r.policy === id,
      ),
    ),
    term: Object.keys(glossary).map((id) =>
      make(
        'term',
        id,
        glossary[id]?.term ?? '',
        [
          ['Terme', glossary[id]?.term],
          ['Définition', glossary[id]?.definition],
        ],
        () => false,
      ),
    ),
    step: keysOf(STEP_IDS, steps).map((id) =>
      make(
        'step',
        id,
        plainText(say(steps[id]?.title)),
        [
          ['Titre', steps[id]?.title],
          ['Résumé', steps[id]?.summary],
        ],
        (r) => r.step === id,
      ),
    ),
    reason: keysOf(REASON_IDS, reasons).map((id) =>
      make(
        'reason',
        id,
        plainText(say(reasons[id])),
        [['Texte', reasons[id]]],
        (r) => r.reason === id,
      ),
    ),
    action: keysOf(ACTION_IDS, actions).map((id) =>
      make(
        'action',
        id,
        plainText(say(actions[id]?.text)),
        [
          ['Texte', actions[id]?.text],
          ['Détail', actions[id]?.detail],
        ],
        (r) => r.actions.includes(id),
      ),
    ),
    warning: keysOf(WARNING_IDS, warnings).map((id) =>
      make(
        'warning',
        id,
        plainText(say(warnings[id]?.title)),
        [
          ['Titre', warnings[id]?.title],
          ['Texte', warnings[id]?.text],
        ],
        (r) => r.warnings.includes(id),
      ),
    ),
    contact: keysOf(CONTACT_IDS, contacts).map((id) => {
      const c = contacts[id];
      return make(
        'contact',
        id,
        c?.name ?? '',
        [
          ['Nom', c?.name],
          ['À quoi il sert', c?.what],
          ['Horaires et coût', c?.hours],
          ['Numéro à composer', CONTACT_LINES[id as ContactId].tel],
          ['SMS', CONTACT_LINES[id as ContactId].sms],
        ],
        (r) => r.contacts.includes(id),
        [CONTACT_LINES[id as ContactId].source],
      );
    }),
    document: keysOf(DOCUMENT_IDS, documents).map((id) => {
      const page = pages[id];
      return make(
        'document',
        id,
        plainText(say(documents[id]?.title)),
        [
          ['Titre', documents[id]?.title],
          ['Description', documents[id]?.description],
          ['Page du document : introduction', page?.lead],
          ...(page?.howTo ?? []).map((t, i): [string, Voiced] => [
            `Mode d’emploi, point ${i + 1}`,
            t,
          ]),
          ['Et ensuite ?', page?.after?.title],
          ...(page?.after?.steps ?? []).map((t, i): [string, Voiced] => [
            `Et ensuite, point ${i + 1}`,
            t,
          ]),
        ],
        (r) => r.documents.includes(id),
        page?.sources ?? [],
      );
    }),
    offence: keysOf(OFFENCE_IDS, offences).map((id) =>
      make(
        'offence',
        id,
        offences[id]?.name ?? '',
        [
          ['Nom dans les documents', offences[id]?.name],
          ['Texte qui la définit', offences[id]?.reference],
        ],
        (r) => r.offence === id,
      ),
    ),
  };
}
