import { SOURCES } from '../../src/content/sources/index.ts';
import type { Source } from '../../src/content/types.ts';
import type { DocumentId, SourceId } from '../../src/engine/index.ts';
import {
  decide,
  offencesFor,
  parseAnswers,
  QUESTIONS,
  SOURCE_IDS,
} from '../../src/engine/index.ts';
import { staleFacts } from '../facts.mjs';
import {
  anchor,
  AUDIENCE_IDS,
  AUDIENCES,
  code,
  confidence,
  docHtml,
  esc,
  link,
  signOff,
  STYLE,
} from './html.ts';
import type { Item, Kind } from './items.ts';
import {
  answerWords,
  items,
  keysOf,
  questionName,
  rowHtml,
  rowsOfTables,
  unique,
} from './items.ts';
import { renderLetter } from './letters.ts';
import type { FactLink, ItemRefs } from './links.ts';
import { factCommentsIn, factLinker } from './links.ts';
import type { Fact, ReportInput } from './model.ts';
import type { Run } from './scenarios.ts';
import { hit, scenariosHtml } from './scenarios.ts';

/**
 * The legal report as one HTML page: every rule of the engine with the words each audience
 * sees, the facts and sources it rests on and the scenarios that check it; every letter for every
 * audience; then the sources, facts and scenarios themselves. Pure: the same input and the same
 * code give the same page. Ids are read from the engine's tables and content maps, never listed
 * here, so rules added elsewhere appear on the next run.
 */

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
        const letter = renderLetter(d.id as DocumentId, audience, input.generatedOn);
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
