import { frOffences } from '../../src/content/fr/offences.ts';
import { fr } from '../../src/content/fr/engine.ts';
import { documentPages } from '../../src/content/fr/documents.ts';
import { PLATFORMS } from '../../src/content/fr/platforms.ts';
import { frQuestions } from '../../src/content/fr/questions.ts';
import { SOURCES } from '../../src/content/sources/index.ts';
import type { Audience, Source, Voiced } from '../../src/content/types.ts';
import type { OffenceFinding, Plan, SourceId } from '../../src/engine/index.ts';
import {
  ACTION_IDS,
  CONTACT_IDS,
  decide,
  DOCUMENT_IDS,
  OFFENCE_IDS,
  OFFENCE_RULES,
  QUESTIONS,
  ATTACHMENT_POLICIES,
  ATTACHMENT_RULES,
  offencesFor,
  parseAnswers,
  PLAN_RULES,
  REASON_IDS,
  SOURCE_IDS,
  STEP_IDS,
  STEP_RULES,
  WARNING_IDS,
} from '../../src/engine/index.ts';
import type { Condition } from '../../src/engine/model/condition.ts';
import { plainText, voice } from '../../src/i18n/voice.ts';
import { AUDIENCE_IDS, AUDIENCES, docHtml, esc, labelled, signOff, STYLE, words } from './html.ts';
import { renderLetter } from './letters.ts';
import type { FactLink, ItemRefs } from './links.ts';
import { staleFacts } from '../facts.mjs';
import { factCommentsIn, factLinker } from './links.ts';
import type { Fact, ReportInput, ScenarioCase } from './model.ts';

/**
 * The legal report as one HTML page: every rule of the engine with the words each audience
 * sees, the facts and sources it rests on and the scenarios that check it; every letter for every
 * audience; then the sources, facts and scenarios themselves. Pure: the same input and the same
 * code give the same page. Ids are read from the engine's tables and content maps, never listed
 * here, so rules added elsewhere appear on the next run.
 */

type Kind =
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
interface Row {
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

interface Item {
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

interface Run {
  readonly scenario: ScenarioCase;
  readonly plan: Plan | null;
  readonly offences: readonly OffenceFinding[];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const anchor = (kind: string, id: string) => `${kind}-${id.replace(/[^a-zA-Z0-9-]/g, '_')}`;
const code = (id: string) => `<code>${esc(id)}</code>`;
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

const questionName = (q: string, audience: Audience | null = null): string => {
  const label = questionWords(q)?.summaryLabel;
  return label === undefined ? q : plainText(voice(label, audience));
};

const optionWords = (q: string, option: string, audience: Audience | null = null): string => {
  const label = questionWords(q)?.options[option]?.label;
  return label === undefined ? option : plainText(voice(label, audience));
};

/** An answer in words: its option's label, or the labels of a multiple choice. */
const answerWords = (q: string, answer: unknown, audience: Audience): string =>
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

function rowsOfTables(): Row[] {
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

function rowHtml(row: Row): string {
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

const keysOf = (catalog: readonly string[], content: object): string[] =>
  unique([...catalog, ...Object.keys(content)]);

type Lookup<T> = Readonly<Record<string, T | undefined>>;

function items(rows: readonly Row[]): Record<Kind, Item[]> {
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
      const links = p.links.map(
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
        addresses: p.links.map((l) => ({ id: `lien « ${l.label} »`, url: l.url })),
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
          ['Numéro à composer', c?.tel],
          ['SMS', c?.sms],
        ],
        (r) => r.contacts.includes(id),
        c === undefined ? [] : [c.source],
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

// ---------------------------------------------------------------- scenarios

const listIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const valuesIn = (value: unknown): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.values(value).flatMap(listIn)
    : [];
const keysIn = (value: unknown): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];

interface Hit {
  readonly applies: boolean;
  readonly asserted: boolean;
  readonly absent: boolean;
}

function hit(kind: Kind, id: string, run: Run): Hit {
  const e = run.scenario.expect;
  const plan = run.plan;
  const steps = plan?.steps ?? [];
  switch (kind) {
    case 'question':
      return {
        applies: false,
        asserted: e['askNext'] === id || listIn(e['missing']).includes(id),
        absent: false,
      };
    case 'attachment':
    case 'platform':
    case 'term':
      return { applies: false, asserted: false, absent: false };
    case 'step': {
      const named = ['steps', 'actions', 'noActions', 'reasons'].some((k) =>
        keysIn(e[k]).includes(id),
      );
      return { applies: false, asserted: named, absent: false };
    }
    case 'reason':
      return {
        applies: steps.some((s) => s.reasons.some((r) => r.id === id)),
        asserted: valuesIn(e['reasons']).includes(id),
        absent: false,
      };
    case 'action':
      return {
        applies: steps.some((s) => (s.actions as readonly string[]).includes(id)),
        asserted: valuesIn(e['actions']).includes(id),
        absent: valuesIn(e['noActions']).includes(id),
      };
    case 'warning':
    case 'contact':
    case 'document': {
      const key = `${kind}s` as const;
      const list = e[key];
      return {
        applies: ((plan?.[key] ?? []) as readonly string[]).includes(id),
        asserted: listIn(list).includes(id),
        absent: Array.isArray(list) && !listIn(list).includes(id),
      };
    }
    case 'offence': {
      const list = e['offences'];
      return {
        applies: run.offences.some((o) => o.id === id),
        asserted: listIn(list).includes(id) || keysIn(e['because']).includes(id),
        absent: Array.isArray(list) && !listIn(list).includes(id),
      };
    }
  }
}

/** Scenario names run on as one paragraph: a list of a dozen lines would fill a printed page. */
const scenarioNames = (list: readonly { run: Run }[]): string =>
  `<p class="scenarios">${list.map(({ run: { scenario: s } }) => `<span class="id">${esc(s.file.replace(/\.ya?ml$/, ''))}</span> ${esc(s.name)}`).join(' · ')}</p>`;

function scenariosHtml(item: Item, runs: readonly Run[]): string {
  const hits = runs.map((run) => ({ run, hit: hit(item.kind, item.id, run) }));
  const asserted = hits.filter((h) => h.hit.asserted);
  const absent = hits.filter((h) => h.hit.absent && !h.hit.asserted);
  const alsoApplies = hits.filter((h) => h.hit.applies && !h.hit.asserted).length;
  const parts = [
    asserted.length === 0
      ? '<p class="none">Aucun scénario ne le vérifie.</p>'
      : `<p>Vérifié par ${asserted.length} scénario${asserted.length > 1 ? 's' : ''} :</p>${scenarioNames(asserted)}`,
    absent.length === 0 ? '' : `<p>Son absence est vérifiée par :</p>${scenarioNames(absent)}`,
    alsoApplies === 0
      ? ''
      : `<p class="meta">S’applique aussi dans ${alsoApplies} autre${alsoApplies > 1 ? 's' : ''} scénario${alsoApplies > 1 ? 's' : ''}, sans qu’ils l’affirment.</p>`,
  ];
  return parts.join('');
}

// ---------------------------------------------------------------- sources and facts

const CONFIDENCES = new Set(['haute', 'moyenne', 'basse']);
const confidence = (value: string) =>
  `<span class="conf-${CONFIDENCES.has(value) ? value : 'autre'}">${esc(value === '' ? 'non indiquée' : value)}</span>`;

const link = (url: string | undefined) =>
  url === undefined
    ? '<span class="meta">pas d’adresse</span>'
    : `<a href="${esc(url)}">${esc(url)}</a>`;

function sourcesTable(ids: readonly SourceId[]): string {
  if (ids.length === 0) return '<p class="meta">Aucune source citée par les règles.</p>';
  const catalog = SOURCES as Readonly<Record<string, (typeof SOURCES)[SourceId] | undefined>>;
  const rows = ids.map((id) => {
    const s = catalog[id];
    return s === undefined
      ? `<tr><td>${code(id)}</td><td colspan="5" class="missing">Source inconnue de src/content/sources.</td></tr>`
      : `<tr><td><a href="#${anchor('source', id)}">${code(id)}</a></td><td>${esc(s.title)}</td><td>${esc(s.publisher)}</td><td>${link(s.url)}</td><td class="nowrap">${esc(s.date ?? '—')}</td><td class="nowrap">${confidence(s.confidence)}</td></tr>`;
  });
  return `<table><thead><tr><th>Id</th><th>Titre</th><th>Éditeur</th><th>Adresse</th><th>Date</th><th>Confiance</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function factCells(fact: Fact, staleIds: ReadonlySet<string>): string {
  const sources = fact.sources
    .map(
      (s) =>
        `${esc(s.publisher)}${s.url === undefined ? '' : ` — ${link(s.url)}`}${s.date === undefined ? '' : ` (${esc(s.date)})`}`,
    )
    .join('<br>');
  const stale = staleIds.has(fact.id);
  return `<td><a href="#${anchor('fact', fact.id)}">${code(fact.id)}</a></td><td>${esc(fact.statement)}${fact.note === undefined ? '' : `<br><span class="meta">Note : ${esc(fact.note)}</span>`}</td><td>${esc(fact.articles.join(', ') || '—')}</td><td>${sources || '—'}</td><td class="nowrap">${confidence(fact.confidence)}</td><td class="nowrap${stale ? ' stale' : ''}">${esc(fact.checked || 'non indiquée')}${stale ? '<br>plus de 12 mois' : ''}</td>`;
}

const FACT_HEAD =
  '<th>Fait</th><th>Énoncé</th><th>Articles</th><th>Sources</th><th>Confiance</th><th>Vérifié le</th>';

/**
 * An item's facts, short (the full entry is in annex B): those tied by a `fact:` comment or an
 * article first; those that only share a source's address after, apart, since a page such as
 * service-public F32239 supports many facts.
 */
function factsTable(links: readonly FactLink[], staleIds: ReadonlySet<string>): string {
  const row = (l: FactLink) => {
    const stale = staleIds.has(l.fact.id);
    return `<tr class="fact-row"><td><a href="#${anchor('fact', l.fact.id)}">${code(l.fact.id)}</a></td><td>${esc(l.fact.statement)}</td><td class="nowrap">${confidence(l.fact.confidence)}</td><td class="nowrap${stale ? ' stale' : ''}">${esc(l.fact.checked || 'non indiquée')}</td><td class="meta">${l.via.map(esc).join('<br>')}</td></tr>`;
  };
  const table = (list: readonly FactLink[]) =>
    `<table class="facts"><thead><tr><th>Fait</th><th>Énoncé</th><th>Confiance</th><th>Vérifié le</th><th>Lié par</th></tr></thead><tbody>${list.map(row).join('')}</tbody></table>`;
  const direct = links.filter((l) => !l.sameSourceOnly);
  const sameSource = links.filter((l) => l.sameSourceOnly);
  return [
    direct.length === 0
      ? `<p class="none">Aucun fait lié${sameSource.length === 0 ? '' : ' directement (par un commentaire « fact: » ou un article)'}.</p>`
      : table(direct),
    sameSource.length === 0
      ? ''
      : `<h5>Faits tirés des mêmes sources (${sameSource.length}), à lire en annexe B</h5><p class="meta">${sameSource.map((l) => `<a href="#${anchor('fact', l.fact.id)}">${code(l.fact.id)}</a> (${confidence(l.fact.confidence)})`).join(', ')}</p>`,
  ].join('');
}

// ---------------------------------------------------------------- the page

const PARTS: readonly { kind: Kind; title: string; intro: string }[] = [
  {
    kind: 'question',
    title: 'Questions posées',
    intro:
      'Chaque question, ses réponses possibles et quand elle est posée : une réponse qui ne changerait pas le plan n’est pas demandée.',
  },
  {
    kind: 'step',
    title: 'Étapes du plan',
    intro:
      'Les six étapes et toutes les règles qui les rendent sans objet, faites, ou qui y ajoutent des conseils.',
  },
  {
    kind: 'reason',
    title: 'Raisons',
    intro:
      'Ce que l’application dit pour expliquer pourquoi une étape est proposée, faite ou sans objet.',
  },
  {
    kind: 'action',
    title: 'Actions',
    intro: 'Ce que la personne est invitée à faire, avec les règles qui le proposent.',
  },
  {
    kind: 'warning',
    title: 'Avertissements',
    intro: 'Les messages d’alerte affichés en tête du plan.',
  },
  {
    kind: 'contact',
    title: 'Numéros et contacts',
    intro: 'Les lignes d’aide proposées, et quand.',
  },
  {
    kind: 'document',
    title: 'Documents proposés',
    intro:
      'Quand chaque document est proposé, et les textes de sa page ; les documents eux-mêmes sont rendus dans la partie suivante.',
  },
  {
    kind: 'offence',
    title: 'Infractions nommées',
    intro: 'Les infractions que les faits peuvent constituer, telles que les lettres les nomment.',
  },
  {
    kind: 'attachment',
    title: 'Fichiers joints au journal des preuves',
    intro:
      'Quand le journal refuse un fichier, le prend après confirmation, ou le prend : copier certaines images est en soi une infraction.',
  },
  {
    kind: 'platform',
    title: 'Plateformes',
    intro:
      'Pour chaque réseau : comment signaler, garder des preuves et bloquer, et les pages officielles montrées (mots pour tous les publics).',
  },
  {
    kind: 'term',
    title: 'Glossaire',
    intro:
      'Les définitions que l’application affiche quand on touche un mot souligné ; ce ne sont pas des règles du moteur.',
  },
];

/** The whole report. */
export function renderReport(input: ReportInput): string {
  const rows = rowsOfTables();
  const byKind = items(rows);
  const known = new Set<string>([
    ...Object.values(byKind).flatMap((list) => list.map((i) => i.id)),
    ...SOURCE_IDS,
    ...Object.keys(SOURCES),
  ]);
  const comments = factCommentsIn(input.sourceTexts, known);
  const allSourceIds = new Set<string>([...SOURCE_IDS, ...Object.keys(SOURCES)]);
  const factsFor = factLinker(input.facts, comments, allSourceIds);
  const stale = staleFacts(input.facts, input.generatedOn);
  const staleIds = new Set(stale.map((f) => f.id));
  const runs: Run[] = [];
  const problems = [...input.problems];
  for (const scenario of input.scenarios) {
    try {
      const answers = parseAnswers(scenario.answers);
      runs.push({ scenario, plan: decide(answers), offences: offencesFor(answers) });
    } catch (error) {
      problems.push(`Scénario illisible (${scenario.file} — ${scenario.name}) : ${String(error)}`);
    }
  }
  const sourceCatalog = SOURCES as Readonly<Record<string, Source | undefined>>;
  // A step gathers the sources of all its rows; its facts are those of its reasons and actions,
  // each in its own section, so a step is tied only by its own words and comments.
  const refsOf = (item: Item): ItemRefs => {
    const sources = item.kind === 'step' ? [] : item.sources;
    return {
      ids: [item.id],
      sources: [
        ...sources.map((id) => ({ id, url: sourceCatalog[id]?.url })),
        ...(item.addresses ?? []),
      ],
      texts: [...item.texts, ...sources.map((id) => sourceCatalog[id]?.title ?? '')],
    };
  };
  const citedBy = new Map<string, string[]>();
  const toc: string[] = [];
  const body: string[] = [];

  /** Per part: what a reviewer should look at first. */
  const overview: string[] = [];
  const unfounded: string[] = [];

  PARTS.forEach((part, p) => {
    const n = p + 1;
    const list = byKind[part.kind];
    const wordsOnly = part.kind === 'term' || part.kind === 'platform';
    let noFact = 0;
    let noScenario = 0;
    let onBasse = 0;
    toc.push(
      `<li><a href="#part-${part.kind}">${n}. ${esc(part.title)}</a><ol>${list.map((item, i) => `<li><a href="#${anchor(part.kind, item.id)}">${n}.${i + 1} ${esc(item.title)}</a></li>`).join('')}</ol></li>`,
    );
    body.push(
      `<section class="part" id="part-${part.kind}"><h2>${n}. ${esc(part.title)}</h2><p>${esc(part.intro)}</p>`,
    );
    list.forEach((item, i) => {
      const facts = factsFor(refsOf(item));
      const direct = facts.filter((l) => !l.sameSourceOnly);
      if (direct.length === 0) {
        noFact += 1;
        unfounded.push(
          `<a href="#${anchor(item.kind, item.id)}">${n}.${i + 1} ${esc(item.title)}</a>`,
        );
      }
      if (direct.some((l) => l.fact.confidence === 'basse')) onBasse += 1;
      if (!runs.some((run) => hit(item.kind, item.id, run).asserted)) noScenario += 1;
      for (const l of facts)
        citedBy.set(l.fact.id, [...(citedBy.get(l.fact.id) ?? []), anchor(item.kind, item.id)]);
      body.push(
        `<section class="item" id="${anchor(item.kind, item.id)}"><h3>${n}.${i + 1} ${esc(item.title)} <span class="id">(${esc(item.id)})</span></h3>`,
        // The journal's policies have no words of their own: the report says what each does.
        `<h4>${part.kind === 'attachment' ? 'Effet' : 'Ce que lit chaque public'}</h4>${item.words}`,
        // Glossary entries and platform guides are words only: no rule, source or scenario.
        wordsOnly
          ? ''
          : `<h4>Règles</h4>${
              item.rows.length > 0
                ? item.rows.map(rowHtml).join('')
                : part.kind === 'attachment'
                  ? '<p>Par défaut : quand aucune règle de cette partie ne s’applique.</p>'
                  : '<p class="none">Aucune règle du moteur ne produit cet identifiant.</p>'
            }`,
        wordsOnly ? '' : `<h4>Sources</h4>${sourcesTable(item.sources)}`,
        `<h4>Faits de la base</h4>${factsTable(facts, staleIds)}`,
        wordsOnly ? '' : `<h4>Scénarios</h4>${scenariosHtml(item, runs)}`,
        signOff(`${n}.${i + 1} ${item.title}`),
        '</section>',
      );
    });
    body.push('</section>');
    const noScenarios = wordsOnly || part.kind === 'attachment';
    overview.push(
      `<tr><td><a href="#part-${part.kind}">${n}. ${esc(part.title)}</a></td><td>${list.length}</td><td${noFact > 0 ? ' class="none"' : ''}>${noFact}</td><td${onBasse > 0 ? ' class="conf-basse"' : ''}>${onBasse}</td><td>${noScenarios ? '—' : noScenario}</td></tr>`,
    );
  });

  // Letters: every document, for every audience.
  const lettersN = PARTS.length + 1;
  const docs = byKind.document;
  toc.push(
    `<li><a href="#part-letters">${lettersN}. Lettres et documents rendus</a><ol>${docs.map((d, i) => `<li><a href="#${anchor('letters', d.id)}">${lettersN}.${i + 1} ${esc(d.title)}</a></li>`).join('')}</ol></li>`,
  );
  body.push(
    `<section class="part" id="part-letters"><h2>${lettersN}. Lettres et documents rendus</h2><p>Chaque document tel que l’application le construit, pour chaque public, à partir d’une situation et de coordonnées fictives. Les dates des faits sont fictives ; la date de la lettre est celle de la génération.</p>`,
  );
  docs.forEach((d, i) => {
    body.push(
      `<section id="${anchor('letters', d.id)}"><h3>${lettersN}.${i + 1} ${esc(d.title)} <span class="id">(${esc(d.id)})</span></h3>`,
    );
    AUDIENCE_IDS.forEach((audience, j) => {
      const label = `${lettersN}.${i + 1}.${j + 1} ${d.title} — ${AUDIENCES[audience]}`;
      body.push(
        `<section class="letter" id="${anchor(`letter-${d.id}`, audience)}"><h4>${esc(label)}</h4>`,
      );
      try {
        const letter = renderLetter(
          d.id as (typeof DOCUMENT_IDS)[number],
          audience,
          input.generatedOn,
        );
        const order = QUESTIONS.map((q) => q.id as string);
        const situation = Object.entries(letter.answers)
          .filter(([q]) => q !== 'done')
          .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
          .map(
            ([q, answer]) =>
              `<tr><th scope="row">${esc(questionName(q, audience))}</th><td>${esc(answerWords(q, answer, audience))}</td></tr>`,
          );
        body.push(
          `<h5>Situation fictive</h5><table class="voiced">${situation.join('')}</table>`,
          letter.offered
            ? ''
            : '<p class="banner">Le plan ne propose pas ce document à ce public dans cette situation : il est rendu ici pour relecture seulement.</p>',
          docHtml(letter.doc),
        );
      } catch (error) {
        body.push(
          `<p class="missing">Le document n’a pas pu être construit : ${esc(String(error))}</p>`,
        );
      }
      body.push(signOff(label), '</section>');
    });
    body.push('</section>');
  });
  body.push('</section>');

  // Annex A: sources.
  const allSources = keysOf(SOURCE_IDS, SOURCES);
  toc.push('<li><a href="#part-sources">Annexe A. Sources</a></li>');
  body.push(
    `<section class="part" id="part-sources"><h2>Annexe A. Sources (src/content/sources)</h2>`,
    '<p>Chaque source citée par l’application, avec les faits de la base qui la reprennent (même adresse, même article ou commentaire « fact: » à côté de son identifiant).</p>',
    `<table><thead><tr><th>Id</th><th>Titre</th><th>Éditeur</th><th>Adresse</th><th>Date</th><th>Confiance</th><th>Faits de la base</th></tr></thead><tbody>${allSources
      .map((id) => {
        const s = sourceCatalog[id];
        const facts = factsFor({
          ids: [id],
          sources: [{ id, url: s?.url }],
          texts: [s?.title ?? ''],
        });
        const factIds =
          facts.length === 0
            ? '<span class="none">Aucun fait lié.</span>'
            : facts
                .map((l) => `<a href="#${anchor('fact', l.fact.id)}">${code(l.fact.id)}</a>`)
                .join(' ');
        return s === undefined
          ? `<tr id="${anchor('source', id)}"><td>${code(id)}</td><td colspan="6" class="missing">Source sans entrée dans src/content/sources.</td></tr>`
          : `<tr id="${anchor('source', id)}"><td>${code(id)}</td><td>${esc(s.title)}</td><td>${esc(s.publisher)}</td><td>${link(s.url)}</td><td class="nowrap">${esc(s.date ?? '—')}</td><td class="nowrap">${confidence(s.confidence)}</td><td>${factIds}</td></tr>`;
      })
      .join('')}</tbody></table>`,
    signOff('Annexe A. Sources'),
    '</section>',
  );

  // Annex B: the fact base. Comments tied to no item (a shared condition, a platform's page)
  // are still named, so a fact cited only there is not taken for an unused one.
  const citedInCode = (id: string): string => {
    const places = comments.filter((c) => c.fact === id && c.ids.length === 0);
    return places.length === 0
      ? ''
      : `<br><span class="meta">cité dans le code : ${places.map((c) => esc(`${c.path}:${c.line}`)).join(', ')}</span>`;
  };
  const unlinked = input.facts.filter((f) => !citedBy.has(f.id));
  toc.push('<li><a href="#part-facts">Annexe B. Faits de la base</a></li>');
  body.push(
    `<section class="part" id="part-facts"><h2>Annexe B. Faits de la base (docs/facts)</h2>`,
    input.facts.length === 0
      ? '<p class="none">La base de faits est vide ou absente : aucun fait lié nulle part.</p>'
      : `<p>${input.facts.length} faits ; ${unlinked.length} ne sont reliés à aucune règle ci-dessus (marqués « aucune règle »).</p><table><thead><tr>${FACT_HEAD}<th>Cité par</th></tr></thead><tbody>${input.facts
          .map((f) => {
            const by = citedBy.get(f.id) ?? [];
            return `<tr class="fact-row" id="${anchor('fact', f.id)}">${factCells(f, staleIds)}<td>${
              (by.length === 0
                ? '<span class="none">aucune règle</span>'
                : unique(by)
                    .map((a) => `<a href="#${a}">${code(a)}</a>`)
                    .join(' ')) + citedInCode(f.id)
            }</td></tr>`;
          })
          .join('')}</tbody></table>`,
    signOff('Annexe B. Faits'),
    '</section>',
  );

  // Annex C: scenarios.
  const files = unique(input.scenarios.map((s) => s.file));
  toc.push('<li><a href="#part-scenarios">Annexe C. Scénarios</a></li>');
  body.push(
    `<section class="part" id="part-scenarios"><h2>Annexe C. Scénarios (tests/engine/scenarios)</h2><p>${input.scenarios.length} scénarios dans ${files.length} fichiers. Chacun est une situation et ce que le plan doit dire ; ils sont vérifiés à chaque test.</p>`,
    ...files.map(
      (file) =>
        `<h4>${esc(file)}</h4><ul>${input.scenarios
          .filter((s) => s.file === file)
          .map((s) => `<li>${esc(s.name)}</li>`)
          .join('')}</ul>`,
    ),
    '</section>',
  );

  const header = [
    '<header>',
    '<h1>Balise — relecture juridique</h1>',
    `<p><strong>Commit :</strong> ${code(input.commit)} · <strong>Généré le :</strong> ${esc(input.generatedOn)} · ${input.facts.length} faits, ${input.scenarios.length} scénarios, ${rows.length} règles.</p>`,
    '<p>Pour chaque règle du moteur : les mots que lit chaque public (« tu » pour un jeune, « vous » sinon), les règles qui la déclenchent (en mots), les sources citées, les faits de la base qui la fondent, et les scénarios qui la vérifient. Puis chaque lettre, pour chaque public. Chaque section a son cadre « Relu par / date / remarques ».</p>',
    '<p class="meta">Un fait est relié à une règle par un commentaire <code>fact: &lt;id&gt;</code> écrit à côté de son identifiant dans le code, par une source de même adresse, ou par un numéro d’article commun (les articles à numéro simple, comme « article 40 », ne suffisent pas). « Aucun fait lié » signale un point à fonder.</p>',
    '<h2>Vue d’ensemble</h2>',
    `<table><thead><tr><th>Partie</th><th>Éléments</th><th>Sans fait lié directement</th><th>Appuyés sur un fait « basse »</th><th>Qu’aucun scénario ne vérifie</th></tr></thead><tbody>${overview.join('')}</tbody></table>`,
    unfounded.length === 0
      ? ''
      : `<p><strong>Sans fait lié directement :</strong> ${unfounded.join(' · ')}</p>`,
    `<h2>Faits vérifiés il y a plus de 12 mois (ou sans date)</h2>${
      stale.length === 0
        ? '<p>Aucun.</p>'
        : `<table class="facts"><thead><tr>${FACT_HEAD}</tr></thead><tbody>${stale.map((f) => `<tr class="fact-row">${factCells(f, staleIds)}</tr>`).join('')}</tbody></table>`
    }`,
    problems.length === 0
      ? ''
      : `<h2>Ce qui n’a pas pu être lu</h2><ul>${problems.map((p) => `<li class="missing">${esc(p)}</li>`).join('')}</ul>`,
    `<nav aria-label="Sommaire"><h2>Sommaire</h2><ol class="toc">${toc.join('')}</ol></nav>`,
    '</header>',
  ];

  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>Balise — relecture juridique (${esc(input.commit)}, ${esc(input.generatedOn)})</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...header,
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
