import type { SourceCatalog } from '../types.ts';

/**
 * Legal and practical references cited by the engine's rules, one per `SOURCE_IDS` id.
 *
 * Everything here comes from shared/legal-facts.md (and, for Take It Down, StopNCII and
 * Point de Contact, from shared/platforms.md): title, publisher, the date the source shows and
 * the sheet's confidence. A `url` is given only when the sheet gives one; otherwise it is left
 * out rather than guessed. Every address and date must be rechecked before each release.
 */
export const SOURCES: SourceCatalog = {
  // Sheet, section 0: F33954 read through a commune's republication, version of 22/07/2024.
  'sp-f33954': {
    title: 'Numéros d’urgence',
    publisher: 'Service-public.fr',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F33954',
    date: '2024-07-22',
    confidence: 'haute',
  },
  // Sheet, section 0: several concordant sources, including an ARS; no address given.
  'sante-3114': {
    title: '3114, numéro national de prévention du suicide',
    publisher: 'CNAPE ; Agence régionale de santé (relayée par la presse)',
    confidence: 'haute',
  },
  // Sheet, section 0: government communication relayed in 2023, no exact date.
  'allo-119': {
    title: '119 – Allô Enfance en danger',
    publisher: 'Communication gouvernementale (relayée par madinin-art.net)',
    confidence: 'haute',
  },
  'sp-f32239': {
    title: 'Cyberharcèlement (harcèlement sur internet)',
    publisher: 'Service-public.fr',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F32239',
    date: '2025-10-31',
    confidence: 'haute',
  },
  // Sheet, sections 3.1 and 5: read through a republication ("comarquage"), no date shown.
  'sp-f31979': {
    title: 'Signaler un contenu illégal sur internet',
    publisher: 'Service-public.fr',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F31979',
    confidence: 'haute',
  },
  'sp-r17674': {
    title: 'PHAROS : portail officiel de signalement des contenus illicites de l’internet',
    publisher: 'Service-public.fr',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/R17674',
    date: '2025-09-22',
    confidence: 'haute',
  },
  'pn-pharos': {
    title: 'Contenus illicites sur internet : comment fonctionne le portail officiel PHAROS',
    publisher: 'Police nationale (ministère de l’Intérieur)',
    url: 'http://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos',
    date: '2023-11-29',
    confidence: 'haute',
  },
  'moncommissariat-pharos': {
    title: 'Le portail officiel de signalement des contenus illicites de l’internet (PHAROS)',
    publisher: 'Ministère de l’Intérieur (moncommissariat.interieur.gouv.fr)',
    url: 'https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos',
    date: '2024-02-07',
    confidence: 'haute',
  },
  'cnil-reagir': {
    title: 'Réagir en cas de harcèlement en ligne',
    publisher: 'CNIL',
    url: 'https://www.cnil.fr/fr/reagir-en-cas-de-harcelement-en-ligne',
    date: '2019-02-11',
    confidence: 'haute',
  },
  // Sheet, section 3.1: final text read on a faithful reproduction.
  'dsa-art-16': {
    title:
      'Règlement (UE) 2022/2065 sur les services numériques (DSA), article 16 : notification des contenus illicites',
    publisher: 'Union européenne (texte reproduit par eu-digital-services-act.com)',
    url: 'https://www.eu-digital-services-act.com/Digital_Services_Act_Article_16.html',
    confidence: 'haute',
  },
  'dsa-ods': {
    title: 'Règlement extrajudiciaire des litiges prévu par le DSA',
    publisher: 'Commission européenne',
    url: 'https://digital-strategy.ec.europa.eu/fr/policies/dsa-out-court-dispute-settlement',
    confidence: 'haute',
  },
  // Sheet, section 3.4: read through legal press (legipresse, 11/12/2023; village-justice).
  'lcen-6-3': {
    title:
      'Loi pour la confiance dans l’économie numérique (LCEN), article 6-3 : procédure accélérée au fond',
    publisher: 'Légipresse (commentaire du texte)',
    date: '2023-12-11',
    confidence: 'haute',
  },
  // Sheet, section 3.2: the date of the designation was not found (second half of 2024).
  'arcom-e-enfance': {
    title: 'Première désignation d’un signaleur de confiance : e-Enfance',
    publisher: 'Arcom',
    url: 'https://arcom.fr/presse/mise-en-oeuvre-du-reglement-europeen-sur-les-services-numeriques-rsndsa-premiere-designation-dun-signaleur-de-confiance-e-enfance',
    confidence: 'haute',
  },
  // Sheet, section 3.5: "moyenne-haute", the CNIL page itself was not read.
  'lil-art-51': {
    title: 'Loi Informatique et Libertés, article 51-II : effacement des données d’un mineur',
    publisher: 'Texte cité par le rapport du 117e Congrès des notaires (2021)',
    confidence: 'moyenne',
  },
  // shared/platforms.md, row 59 and section 15.
  'takeitdown-faq': {
    title: 'Take It Down : questions fréquentes',
    publisher: 'NCMEC (National Center for Missing & Exploited Children)',
    url: 'https://takeitdown.ncmec.org/faq/',
    confidence: 'haute',
  },
  // shared/platforms.md, row 58 and section 14.
  stopncii: {
    title: 'StopNCII.org : comment ça marche',
    publisher: 'SWGfL (Revenge Porn Helpline)',
    url: 'https://stopncii.org/how-it-works/',
    confidence: 'haute',
  },
  // shared/platforms.md, row 61 and section 16.
  pointdecontact: {
    title: 'Point de Contact : signaler un contenu illicite',
    publisher: 'Point de Contact (association)',
    url: 'https://www.pointdecontact.net/',
    confidence: 'haute',
  },
  // Sheet, section 8.1 (row 226-2-1): text read on a mirror of Légifrance.
  'cp-227-23': {
    title: 'Code pénal, article 227-23 (images pédopornographiques)',
    publisher: 'Légifrance (texte lu sur code-penal.fr)',
    confidence: 'haute',
  },
  'cpp-15-3': {
    title: 'Code de procédure pénale, article 15-3 : obligation de recevoir les plaintes',
    publisher: 'Légifrance (texte cité par un cabinet d’avocats)',
    confidence: 'haute',
  },
  // Sheet, sections 4.1 and 4.3: read through republications, no canonical address given.
  'sp-f1435': {
    title: 'Porter plainte (commissariat, gendarmerie ou lettre au procureur)',
    publisher: 'Service-public.fr',
    confidence: 'haute',
  },
  'sp-f1567': {
    title: 'Un mineur peut-il porter plainte ?',
    publisher: 'Service-public.fr',
    confidence: 'haute',
  },
  // Sheet, section 6.1: Espace Mineurs page of November 2025, no exact day shown.
  'masecurite-mineur-plainte': {
    title: 'Un enfant ou un adolescent peut-il porter plainte seul ?',
    publisher: 'Ma Sécurité (ministère de l’Intérieur)',
    url: 'https://www.masecurite.interieur.gouv.fr/fr/fiches-pratiques/mineurs/enfant-adolescent-peut-porter-plainte-seul',
    confidence: 'haute',
  },
  // Sheet, section 4.2: press and a professional association, 26/02/2024, "moyenne-haute".
  visioplainte: {
    title: 'Visioplainte : porter plainte par visioconférence',
    publisher: 'France 3 Régions ; aamfg.fr (liste du ministère de l’Intérieur)',
    date: '2024-02-26',
    confidence: 'moyenne',
  },
  'sp-f31982': {
    title: 'Délais de prescription en matière pénale',
    publisher: 'Service-public.fr',
    confidence: 'haute',
  },
  'loi-1881-art-65': {
    title: 'Loi du 29 juillet 1881 sur la liberté de la presse, articles 65 et 65-3',
    publisher: 'Légifrance (texte cité par la presse juridique)',
    confidence: 'haute',
  },
  // Sheet, section 8.2: the rule for harassment is deduced from the official list ("moyenne-haute").
  'sp-f36493': {
    title: 'Prescription quand la victime est mineure',
    publisher: 'Service-public.fr',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F36493',
    date: '2024-01-12',
    confidence: 'moyenne',
  },
  // Sheet, section 0: hours come from a 2018 source and must be rechecked.
  'france-victimes': {
    title: 'France Victimes : le 116 006',
    publisher: 'France Victimes (relayé par lextimes.fr)',
    confidence: 'moyenne',
  },
  'solidarite-femmes-3919': {
    title: 'Appeler le 3919',
    publisher: 'Fédération nationale Solidarité Femmes',
    url: 'https://solidaritefemmes.org/appeler-le-3919/',
    confidence: 'haute',
  },
  'education-l111-6': {
    title: 'Code de l’éducation, article L. 111-6 (loi n° 2022-299 du 2 mars 2022)',
    publisher: 'Journal officiel (texte reproduit par ma-veille-juridique)',
    confidence: 'haute',
  },
  'cpp-art-40': {
    title: 'Code de procédure pénale, article 40 : signalement au procureur',
    publisher: 'Sénat (rapport r20-843)',
    confidence: 'haute',
  },
  'casf-l226-2-1': {
    title:
      'Code de l’action sociale et des familles, article L. 226-2-1 : information préoccupante',
    publisher: 'Départements (Loire-Atlantique, Côtes-d’Armor) ; ASH',
    confidence: 'haute',
  },
};
