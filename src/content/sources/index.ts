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
  // Offences (sheet, section 8.1). Texts read on mirrors of Légifrance or through lawyers and the
  // legal press; the sheet gives an address only for the doctrine.fr mirrors of the harassment
  // articles (section 12, where "…/" stands for the folder of the address before it).
  'cp-222-33-2-2': {
    title: 'Code pénal, article 222-33-2-2 (harcèlement moral)',
    publisher: 'Légifrance (texte lu sur doctrine.fr)',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000029334247',
    // Version in force since 23/03/2024 (loi 2024-247).
    date: '2024-03-23',
    confidence: 'haute',
  },
  'cp-222-33-2-3': {
    title: 'Code pénal, article 222-33-2-3 (harcèlement scolaire)',
    publisher: 'Légifrance (texte lu sur doctrine.fr)',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000045289333',
    // Version of 04/03/2022 (loi 2022-299).
    date: '2022-03-04',
    confidence: 'haute',
  },
  'cp-222-33-2-1': {
    title:
      'Code pénal, article 222-33-2-1 (harcèlement du conjoint, du concubin ou du partenaire de PACS)',
    publisher: 'Légifrance (texte lu sur doctrine.fr et code-penal.fr)',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000022469910',
    // Version of 01/08/2020 (loi 2020-936).
    date: '2020-08-01',
    confidence: 'haute',
  },
  'cp-222-17': {
    title: 'Code pénal, article 222-17 (menaces)',
    publisher: 'codes-et-lois ; bensadoun-avocat',
    confidence: 'haute',
  },
  // Sheet: "moyenne-haute", amounts to be checked on Légifrance.
  'loi-1881-art-29-33': {
    title:
      'Loi du 29 juillet 1881 sur la liberté de la presse, articles 29, 32 et 33 (diffamation et injure publiques)',
    publisher:
      'Texte des articles 32 et 33 (version issue de la loi 2017-86) reproduit par des sites juridiques ; aoudia-avocat ; legavox',
    confidence: 'moyenne',
  },
  'cp-r621-1-r621-2': {
    title: 'Code pénal, articles R621-1 et R621-2 (diffamation et injure non publiques)',
    publisher: 'code-penal.fr ; seban-associes ; cambaceres-avocat',
    confidence: 'haute',
  },
  // Sheet: in force since the décret 2017-1230 of 3 August 2017; later changes not found.
  'cp-r625-7-r625-8-1': {
    title:
      'Code pénal, articles R625-7, R625-8 et R625-8-1 (injure et diffamation non publiques à caractère discriminatoire)',
    publisher: 'code-penal.fr ; seban-associes ; cambaceres-avocat',
    confidence: 'haute',
  },
  'cp-226-2-1': {
    title: 'Code pénal, article 226-2-1 (diffusion sans accord de contenus à caractère sexuel)',
    publisher:
      'Légifrance (texte lu sur code-penal.fr) ; lemondedudroit (QPC 2021-933) ; pointdecontact.net',
    confidence: 'haute',
  },
  // Sheet, section 12: the livv.eu address is shortened ("…"), so none is given here.
  'cp-226-8-1': {
    title: 'Code pénal, article 226-8-1 (montage à caractère sexuel, y compris généré par IA)',
    publisher: 'Légifrance (texte lu sur livv.eu) ; violences-sexuelles.info',
    confidence: 'haute',
  },
  // Sheet: "moyenne-haute", read on violences-sexuelles.info.
  'cp-227-23-1': {
    title:
      'Code pénal, article 227-23-1 (majeur sollicitant d’un mineur des images pornographiques de lui-même)',
    publisher: 'violences-sexuelles.info',
    confidence: 'moyenne',
  },
  'cp-227-22-2': {
    title:
      'Code pénal, article 227-22-2 (majeur incitant un mineur, en ligne, à commettre des actes sexuels)',
    publisher: 'Légifrance (texte lu sur code-penal.fr)',
    confidence: 'haute',
  },
  // Sheet: "moyenne" for the qualifications of an adult's sextortion.
  'cp-312-10': {
    title: 'Code pénal, article 312-10 (chantage)',
    publisher: 'violences-sexuelles.info',
    confidence: 'moyenne',
  },
  'cp-226-4-1': {
    title: 'Code pénal, article 226-4-1 (usurpation d’identité)',
    publisher: 'lexing (Alain Bensoussan Avocats) ; lagbd',
    confidence: 'haute',
  },
  // Sheet: "haute" for the offence itself, "moyenne" for the list of aggravations.
  'cp-223-1-1': {
    title:
      'Code pénal, article 223-1-1 (révélation d’informations personnelles exposant à un danger)',
    publisher: 'paillet-avocat ; avoloi',
    confidence: 'haute',
  },
};
