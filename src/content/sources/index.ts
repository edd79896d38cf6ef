import type { SourceCatalog } from '../types.ts';

/**
 * Legal and practical references cited by the engine's rules, one per `SOURCE_IDS` id.
 *
 * Everything here comes from the fact base (docs/facts/*.yaml): title, publisher, the date the
 * source shows and the confidence of the facts it supports, named in a `fact:` comment. A `url`
 * is given only when a fact gives it (a test checks it); otherwise it is left out rather than
 * guessed. Every address and date is rechecked before each release (`npm run facts:stale`).
 */
export const SOURCES: SourceCatalog = {
  // fact: emergency.17-police, emergency.112-europe, emergency.114-sms, emergency.15-samu
  // F33954 read through a commune's republication, version of 22/07/2024.
  'sp-f33954': {
    title: 'Numéros d’urgence',
    publisher: 'Service-public.fr',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F33954',
    date: '2024-07-22',
    confidence: 'haute',
  },
  // fact: emergency.3114-suicide — several concordant sources, including an ARS; no address.
  'sante-3114': {
    title: '3114, numéro national de prévention du suicide',
    publisher: 'CNAPE ; Agence régionale de santé (relayée par la presse)',
    confidence: 'haute',
  },
  // fact: emergency.119-child-in-danger — government communication relayed in 2023, no day.
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
  // fact: removal.platform-rules, pharos.open-to-minors — read through a republication, no date.
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
    url: 'https://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos',
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
  // fact: dsa.art16-notice — final text read on a faithful reproduction.
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
  // fact: removal.accelerated-procedure — read through the legal press (legipresse, 11/12/2023).
  'lcen-6-3': {
    title:
      'Loi pour la confiance dans l’économie numérique (LCEN), article 6-3 : procédure accélérée au fond',
    publisher: 'Légipresse (commentaire du texte)',
    date: '2023-12-11',
    confidence: 'haute',
  },
  // fact: dsa.e-enfance-trusted-flagger, dsa.e-enfance-designation-date (no date found).
  'arcom-e-enfance': {
    title: 'Première désignation d’un signaleur de confiance : e-Enfance',
    publisher: 'Arcom',
    url: 'https://arcom.fr/presse/mise-en-oeuvre-du-reglement-europeen-sur-les-services-numeriques-rsndsa-premiere-designation-dun-signaleur-de-confiance-e-enfance',
    confidence: 'haute',
  },
  // fact: erasure.any-age-for-data-published-while-minor — the CNIL page itself was not read.
  'lil-art-51': {
    title: 'Loi Informatique et Libertés, article 51-II : effacement des données d’un mineur',
    publisher: 'Texte cité par le rapport du 117e Congrès des notaires (2021)',
    confidence: 'moyenne',
  },
  // fact: platform.takeitdown.faq, platform.choice-by-age
  'takeitdown-faq': {
    title: 'Take It Down : questions fréquentes',
    publisher: 'NCMEC (National Center for Missing & Exploited Children)',
    url: 'https://takeitdown.ncmec.org/faq/',
    confidence: 'haute',
  },
  // fact: platform.stopncii.how-it-works, platform.stopncii.who
  stopncii: {
    title: 'StopNCII.org : comment ça marche',
    publisher: 'SWGfL (Revenge Porn Helpline)',
    url: 'https://stopncii.org/how-it-works/',
    confidence: 'haute',
  },
  // fact: platform.pointdecontact.report, platform.pointdecontact.role
  pointdecontact: {
    title: 'Point de Contact : signaler un contenu illicite',
    publisher: 'Point de Contact (association)',
    url: 'https://www.pointdecontact.net/',
    confidence: 'haute',
  },
  // fact: offences.child-sexual-images-227-23 — text read on a mirror of Légifrance.
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
  // fact: complaint.partie-civile-doyen — the article's text (version of 25/03/2019), reproduced.
  'cpp-85': {
    title:
      'Code de procédure pénale, article 85 : plainte avec constitution de partie civile, après un classement sans suite ou 3 mois sans décision ; tout de suite pour l’injure et la diffamation',
    publisher:
      'Texte de l’article reproduit par doctrine.fr et lexbase.fr ; cité par des cabinets d’avocats ; Service-public.fr, fiche F20798',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006071154/articles/LEGIARTI000006575220',
    date: '2019-03-25',
    confidence: 'haute',
  },
  // fact: complaint.any-station-contre-x, complaint.letter-to-procureur — no canonical address.
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
  // fact: minors.can-file-alone — Espace Mineurs page of November 2025, no exact day shown.
  'masecurite-mineur-plainte': {
    title: 'Un enfant ou un adolescent peut-il porter plainte seul ?',
    publisher: 'Ma Sécurité (ministère de l’Intérieur)',
    url: 'https://www.masecurite.interieur.gouv.fr/fr/fiches-pratiques/mineurs/enfant-adolescent-peut-porter-plainte-seul',
    confidence: 'haute',
  },
  // fact: complaint.visioplainte-uncertain — the Ma Sécurité page speaks of the experiment in
  // the past tense; current status uncertain.
  visioplainte: {
    title: 'Visioplainte : une expérimentation de dépôt de plainte en vidéo',
    publisher: 'Ministère de l’Intérieur (masecurite.interieur.gouv.fr)',
    date: '2024-06-27',
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
  // fact: time-limits.minor-no-postponement-harassment — deduced from the official list.
  'sp-f36493': {
    title: 'Prescription quand la victime est mineure',
    publisher: 'Service-public.fr',
    url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F36493',
    date: '2024-01-12',
    confidence: 'moyenne',
  },
  // fact: emergency.116006-france-victimes — hours come from a 2018 source, to recheck.
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
  // fact: emergency.masecurite-chat — only the site's name is given, not a page.
  'masecurite-tchat': {
    title: 'Ma Sécurité : tchat avec un policier ou un gendarme, 24 h/24',
    publisher: 'Ministère de l’Intérieur (masecurite.interieur.gouv.fr)',
    confidence: 'haute',
  },
  // fact: complaint.no-online-complaint-for-harassment — the list of online complaints, 15/08/2024.
  'cpp-d8-2-1': {
    title: 'Code de procédure pénale, article D8-2-1 (plaintes en ligne)',
    publisher: 'Légifrance',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000050096715/2024-09-14',
    date: '2024-08-15',
    confidence: 'haute',
  },
  // fact: dsa.liability-may-be-engaged, dsa.small-platforms-exempt
  'dsa-art-6': {
    title:
      'Règlement (UE) 2022/2065 sur les services numériques (DSA), article 6 : responsabilité des hébergeurs',
    publisher: 'Union européenne',
    confidence: 'haute',
  },
  'dsa-art-19': {
    title:
      'Règlement (UE) 2022/2065 sur les services numériques (DSA), article 19 : exemption des micro et petites plateformes',
    publisher: 'Union européenne',
    confidence: 'haute',
  },
  // fact: removal.refere-835 — case law divided on the choice of procedure.
  'cpc-835': {
    title: 'Code de procédure civile, article 835 (référé)',
    publisher: 'Légifrance (commentaires de praticiens)',
    confidence: 'moyenne',
  },
  // fact: minors.grave-danger-procureur
  'casf-l226-4': {
    title:
      'Code de l’action sociale et des familles, article L. 226-4 (saisine du procureur en cas de danger grave)',
    publisher: 'Légifrance',
    confidence: 'haute',
  },
  'education-l442-5': {
    title:
      'Code de l’éducation, article L. 442-5 (enseignants des établissements privés sous contrat)',
    publisher: 'Légifrance',
    confidence: 'moyenne',
  },
  'cp-226-14': {
    title: 'Code pénal, article 226-14 (signalement et secret professionnel)',
    publisher: 'Légifrance',
    confidence: 'moyenne',
  },
  // fact: school.move-harassing-pupil — read through epe-lorraine.fr and tf1info (17/08/2023).
  'decret-2023-782': {
    title: 'Décret n° 2023-782 du 16 août 2023 (changement d’école de l’élève harceleur)',
    publisher: 'Journal officiel (présenté par epe-lorraine.fr et tf1info)',
    date: '2023-08-17',
    confidence: 'moyenne',
  },
  // fact: sextortion.first-actions, emergency.3018-young-victims
  'e-enfance-3018': {
    title: 'Conseils du 3018 aux jeunes victimes et à leurs parents',
    publisher: 'Association e-Enfance (e-enfance.org)',
    confidence: 'moyenne',
  },
  // fact: minors.parents-civil-liability
  'cc-1242': {
    title: 'Code civil, article 1242 (responsabilité des parents du fait de leur enfant mineur)',
    publisher: 'Légifrance',
    confidence: 'haute',
  },
  'cc-515-9': {
    title: 'Code civil, article 515-9 (ordonnance de protection)',
    publisher: 'Légifrance',
    confidence: 'moyenne',
  },
  'cpp-706-52': {
    title: 'Code de procédure pénale, article 706-52 (audition filmée d’un mineur)',
    publisher: 'Légifrance',
    confidence: 'moyenne',
  },
  // fact: work.employer-duties
  'ct-l1152-1': {
    title: 'Code du travail, article L. 1152-1 (interdiction du harcèlement moral)',
    publisher: 'Légifrance',
    confidence: 'haute',
  },
  'ct-l4121-1': {
    title: 'Code du travail, article L. 4121-1 (obligation de sécurité de l’employeur)',
    publisher: 'Légifrance',
    confidence: 'haute',
  },
  // fact: complaint.account-suspension-penalty, offences.account-ban-offence-list (the list of
  // offences it applies to was not read).
  'cp-131-35-1': {
    title: 'Code pénal, article 131-35-1 (suspension des comptes en ligne de l’auteur, loi SREN)',
    publisher: 'Légifrance (texte lu sur doctrine.fr)',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000006417310?version=LEGIARTI000049571590',
    confidence: 'moyenne',
  },
  // Offences. Texts read on mirrors of Légifrance or through lawyers and the legal press; the
  // fact base gives an address only for the doctrine.fr mirrors of the harassment articles.
  // fact: work.harassment-222-33-2
  'cp-222-33-2': {
    title: 'Code pénal, article 222-33-2 (harcèlement moral au travail)',
    publisher: 'Légifrance',
    confidence: 'haute',
  },
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
  // fact: offences.public-insult-defamation-1881 — amounts to be checked on Légifrance.
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
  // fact: offences.private-insult-defamation, offences.private-racist-insult-reform
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
  // fact: offences.sexual-deepfake-226-8-1 — the livv.eu address is not given in full.
  'cp-226-8-1': {
    title: 'Code pénal, article 226-8-1 (montage à caractère sexuel, y compris généré par IA)',
    publisher: 'Légifrance (texte lu sur livv.eu) ; violences-sexuelles.info',
    confidence: 'haute',
  },
  // fact: offences.non-sexual-montage-226-8
  'cp-226-8': {
    title: 'Code pénal, article 226-8 (montage ou contenu truqué publié sans consentement)',
    publisher: 'Légifrance (loi SREN, présentée par doctrine.fr)',
    confidence: 'moyenne',
  },
  // fact: offences.solicitation-227-23-1 — read on violences-sexuelles.info.
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
  // fact: offences.blackmail-any-age
  'cp-312-10': {
    title: 'Code pénal, article 312-10 (chantage)',
    publisher: 'violences-sexuelles.info',
    confidence: 'moyenne',
  },
  // Review of 2026-12-01: sextortion, erasure at any age, THESEE (fact: offences.blackmail-any-age).
  'cp-312-1': {
    title: 'Code pénal, article 312-1 (extorsion)',
    publisher: 'Légifrance',
    confidence: 'haute',
  },
  'cybermalveillance-sextorsion': {
    title: 'Sextorsion : que faire ? (fiche réflexe)',
    publisher: 'Cybermalveillance.gouv.fr ; e-Enfance (3018)',
    confidence: 'haute',
  },
  'cybermalveillance-17cyber': {
    title: '17Cyber : diagnostic et assistance en ligne pour les victimes d’infractions numériques',
    publisher: 'Police nationale, gendarmerie et Cybermalveillance.gouv.fr (relayé par la presse)',
    confidence: 'haute',
  },
  'sp-r45983': {
    title: 'Plainte en ligne THESEE (escroqueries, chantage et extorsions sur internet)',
    publisher: 'Service-public.fr (R45983, R45981) ; Code de procédure pénale, article D8-2-1',
    confidence: 'moyenne',
  },
  'masecurite-espace-mineurs': {
    title: 'Espace Mineurs : un soutien en ligne pour les jeunes',
    publisher: 'Ma Sécurité (ministère de l’Intérieur)',
    url: 'https://www.masecurite.interieur.gouv.fr/fr/actualites/espace-mineurs-soutien-en-ligne-pour-jeunes',
    date: '2025-11-20',
    confidence: 'haute',
  },
  'rgpd-art-17': {
    title: 'RGPD, article 17 : droit à l’effacement et ses exceptions (paragraphe 3)',
    publisher: 'Règlement (UE) 2016/679',
    confidence: 'haute',
  },
  'cp-226-4-1': {
    title: 'Code pénal, article 226-4-1 (usurpation d’identité)',
    publisher: 'lexing (Alain Bensoussan Avocats) ; lagbd',
    confidence: 'haute',
  },
  // fact: offences.doxxing-223-1-1, offences.doxxing-aggravations
  'cp-223-1-1': {
    title:
      'Code pénal, article 223-1-1 (révélation d’informations personnelles exposant à un danger)',
    publisher: 'paillet-avocat ; avoloi',
    confidence: 'haute',
  },
  // fact: offences.terrorism-421-2-5
  'cp-421-2-5': {
    title: 'Code pénal, article 421-2-5 (provocation directe au terrorisme et apologie)',
    publisher: 'Légifrance',
    confidence: 'haute',
  },
};
