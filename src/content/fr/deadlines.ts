import type { DeadlineId, UndatedId } from '../../engine/index.ts';

/*
 * Words of the plan's "Délais pour agir", dated from the journal's acts by the engine
 * (`deadlinesFor`). Impersonal, so the same words fit "tu" and "vous"; the time-limits facts.
 */
export const deadlinesText = {
  title: 'Délais pour agir',
  intro:
    'Calculés à partir des dates notées dans le journal des preuves. Passé ce délai, les faits sont prescrits : la justice ne peut plus les poursuivre. Agir avant la date indiquée est toujours dans les temps.',
  // fact: time-limits.press-3-months, fact: time-limits.press-discriminatory-1-year,
  // fact: time-limits.harassment-from-last-act, fact: time-limits.offences-6-years
  dated: {
    press: {
      label: 'Injure ou rumeur (diffamation) du {from}',
      text: 'À faire avant le {before} : 3 mois à partir de la mise en ligne, qui peut être plus ancienne que la date notée. Seuls certains actes de la justice arrêtent ce délai : mieux vaut agir vite et demander conseil.',
    },
    'press-discriminatory': {
      label: 'Propos discriminatoires publics du {from}',
      text: 'À faire avant le {before} : 1 an à partir de la mise en ligne.',
    },
    harassment: {
      label: 'Harcèlement (dernier acte noté le {from})',
      text: 'À faire avant le {before} : 6 ans après le dernier acte. Un nouvel acte fait repartir ce délai, et tous les actes de la série comptent.',
    },
    offences: {
      label: 'Menaces, images, usurpation… (acte le plus ancien noté le {from})',
      text: 'À faire avant le {before} : 6 ans après les faits.',
    },
  } satisfies Record<DeadlineId, { label: string; text: string }>,
  passed:
    'Ce délai est dépassé depuis le {before}. Un avocat ou une association d’aide aux victimes peut dire ce qui reste possible.',
  // fact: time-limits.minor-sexual-offences, fact: time-limits.private-discriminatory-insult-open
  undated: {
    'minor-sexual':
      'Pour des images ou un chantage sexuels visant un mineur, le délai est plus long : un avocat ou le 3018 peut le préciser.',
    'discriminatory-open':
      'Pour des propos discriminatoires qui n’étaient pas seulement publics, le délai est de 3 mois ou d’1 an selon les cas : par prudence, mieux vaut agir dans les 3 mois.',
  } satisfies Record<UndatedId, string>,
  empty: 'Les actes notés dans le journal des preuves font apparaître ici leurs délais.',
  locked:
    'Le journal des preuves est verrouillé : une fois déverrouillé, ses délais s’affichent ici.',
  toJournal: 'Ouvrir le journal des preuves',
  ics: 'Ajouter ces délais à un agenda (.ics)',
  icsHint:
    'Un fichier d’agenda est créé sur cet appareil, avec un rappel deux semaines avant chaque date. Si quelqu’un d’autre peut voir cet agenda, il verra ces rappels.',
  icsSummary: 'Délai : {label}',
  icsSaved:
    'Le fichier « {file} » est dans le dossier des téléchargements : l’ouvrir l’ajoute à l’agenda.',
  icsFileStem: 'agenda',
} as const;
