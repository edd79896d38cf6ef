import type { ContentKind, DocumentId, SourceId } from '../../engine/index.ts';
import type { Counted, Voiced } from '../types.ts';
import { frOffences } from './offences.ts';

/**
 * French words of the documents (letters, notice, report, action plan) and of their screens.
 *
 * Legal statements come from docs/facts: complaint letter complaint.letter-to-procureur,
 * complaint.letter-contents, complaint.partie-civile-doyen, minors.partie-civile-representation;
 * platform notice dsa.art16-notice, dsa.decision-and-appeals; erasure request
 * erasure.any-age-for-data-published-while-minor, erasure.delay-and-cnil, removal.search-delisting
 * (CNIL address); school report school.protocol, school.l111-6-duty. Letters are written in the
 * first person by whoever signs them; the screens around them follow the app's voices
 * (`young` says « tu »). Placeholders are `{name}`, filled by the builders, never left visible.
 */

/** Words of one form field: its label and, when useful, a hint under it. */
export interface FieldText {
  readonly label: string;
  readonly hint?: Voiced;
}

/** Form fields, shared by every document that asks for them. */
export const documentFields = {
  senderName: { label: 'Nom et prénom' },
  senderBirthDate: { label: 'Date de naissance' },
  senderBirthPlace: { label: 'Lieu de naissance', hint: 'Ville, et pays si hors de France.' },
  senderAddress: {
    label: 'Adresse postale',
    hint: {
      default: 'Là où vous recevrez la réponse.',
      young: 'Là où tu recevras la réponse.',
    },
  },
  senderPhone: { label: 'Téléphone' },
  senderEmail: { label: 'Adresse e-mail' },
  senderFunction: {
    label: 'Votre fonction',
    hint: 'Par exemple : conseillère principale d’éducation, infirmier scolaire, professeur principal.',
  },
  childName: {
    label: 'Nom et prénom de l’enfant',
    hint: {
      default: 'La personne mineure concernée.',
      professional: 'L’élève concerné ou concernée.',
    },
  },
  childBirthDate: { label: 'Date de naissance de l’enfant' },
  childClass: { label: 'Classe', hint: 'Par exemple : 4e B.' },
  city: {
    label: 'Ville où la lettre est écrite',
    hint: 'Elle apparaît avec la date : « À Lyon, le … ».',
  },
  court: {
    label: 'Tribunal judiciaire (ville)',
    hint: {
      default:
        'Celui du lieu des faits ou du domicile de l’auteur. En cas de doute, porter plainte au commissariat ou à la gendarmerie est plus simple : ils transmettent au bon tribunal.',
      young:
        'Celui du lieu des faits ou du domicile de l’auteur. En cas de doute, porter plainte au commissariat ou à la gendarmerie est plus simple : ils transmettent au bon tribunal.',
    },
  },
  authorName: {
    label: 'Nom de l’auteur présumé',
    hint: {
      default: 'Ce que vous savez : nom, prénom, lien avec la personne visée.',
      young: 'Ce que tu sais : nom, prénom, qui c’est pour toi.',
    },
  },
  facts: {
    label: 'Les faits, en quelques phrases',
    hint: {
      default:
        'Ce qui s’est passé, depuis quand, où. Les actes notés dans le journal des preuves sont ajoutés automatiquement.',
      young:
        'Ce qui s’est passé, depuis quand, où. Les actes notés dans ton journal des preuves sont ajoutés automatiquement.',
    },
  },
  witnesses: {
    label: 'Témoins (facultatif)',
    hint: 'Nom et coordonnées des personnes qui ont vu les faits, une par ligne.',
  },
  harm: {
    label: 'Les conséquences (le préjudice)',
    hint: {
      default:
        'Ce que cela vous a fait : peur, sommeil, santé, école ou travail, arrêt de travail, frais… Une estimation provisoire suffit.',
      young:
        'Ce que ça t’a fait : peur, sommeil, santé, école, frais… Tu peux rester simple, c’est provisoire.',
      parent:
        'Ce que cela a fait à votre enfant et à la famille : peur, sommeil, santé, scolarité, frais… Une estimation provisoire suffit.',
    },
  },
  otherExhibits: {
    label: 'Autres pièces (facultatif)',
    hint: 'Certificat médical, arrêt de travail, attestation de témoin, main courante… une par ligne.',
  },
  civilParty: {
    label: 'Je me constitue partie civile',
    hint: {
      default:
        'Pour demander réparation du préjudice (des dommages et intérêts). Vous pouvez aussi le faire plus tard, jusqu’à l’audience.',
      parent:
        'Pour demander réparation au nom de votre enfant. Vous pouvez aussi le faire plus tard, jusqu’à l’audience.',
      professional:
        'Pour demander réparation ; pour un mineur, ce sont ses représentants légaux qui le font.',
    },
  },
  platformName: {
    label: 'Réseau social ou site',
    hint: 'Par exemple : Instagram, TikTok, un forum…',
  },
  urls: {
    label: 'Adresses exactes des contenus (URL)',
    hint: 'Une par ligne. Pour un message privé : la conversation et le compte de l’auteur.',
  },
  explanation: {
    label: 'Explication',
    hint: 'Ce qui montre que le contenu est illicite, en une ou deux phrases.',
  },
  siteName: {
    label: 'Site ou service qui détient les données',
    hint: 'Le réseau social, le site ou l’application.',
  },
  siteContact: {
    label: 'Adresse du site (facultatif)',
    hint: 'Adresse postale ou e-mail du service ou de son délégué à la protection des données, dans ses mentions légales.',
  },
  dataDescription: {
    label: 'Quelles données effacer',
    hint: 'Photos, vidéos, nom, messages, compte… Décrire sans recopier d’image intime.',
  },
  schoolName: {
    label: 'Établissement',
    hint: 'Nom et ville de l’école, du collège ou du lycée.',
  },
  actionsTaken: {
    label: 'Ce qui a déjà été fait (facultatif)',
    hint: 'Échanges avec l’établissement, démarches en cours… Ce que Balise sait déjà est ajouté.',
  },
} as const satisfies Record<string, FieldText>;

export const documentsText = {
  /** Words shared by several documents. */
  common: {
    pageNumbers: 'Page {page} sur {pages}',
    placeAndDate: 'À {city}, le {date}',
    dateOnly: 'Le {date}',
    bornOn: 'date de naissance : {date}',
    bornOnAt: 'date et lieu de naissance : {date}, {place}',
    phone: 'Téléphone : {phone}',
    email: 'E-mail : {email}',
    signature: 'Signature',
    subject: 'Objet : {subject}',
    approximate: '(environ)',
    /** After an act's date when it was edited (its earlier versions are in the journal's export). */
    modified: '(noté le {noted}, modifié le {modified})',
    none: '—',
    kinds: {
      insults: 'insultes, moqueries',
      rumours: 'rumeurs, propos mensongers',
      threats: 'menaces',
      'intimate-images': 'diffusion d’images intimes',
      sextortion: 'chantage aux images intimes',
      'identity-theft': 'usurpation d’identité, faux compte',
      'personal-info': 'publication d’informations personnelles',
      hate: 'propos haineux',
      'child-sexual': 'images sexuelles d’un mineur',
      terrorism: 'contenus à caractère terroriste',
      other: 'autres faits',
    } satisfies Record<ContentKind, string>,
    frequency: {
      once: 'Les faits se sont produits une fois.',
      repeated: 'Les faits se sont répétés.',
      group: 'Les faits ont été commis par plusieurs personnes, ensemble ou l’une après l’autre.',
    },
    visibility: {
      public: 'Les contenus sont publics, visibles par tous.',
      private: 'Les contenus ont été envoyés en messages privés.',
      both: 'Les contenus sont à la fois publics et envoyés en messages privés.',
    },
    kindsSentence: 'Nature des faits : {kinds}.',
    journalSummary: {
      one: '{count} acte noté {period}{accounts}, détaillé ci-dessous.',
      other: '{count} actes notés {period}{accounts}, détaillés ci-dessous.',
    } satisfies Counted,
    journalPeriod: 'entre le {from} et le {to}',
    journalDay: 'le {from}',
    journalAccounts: {
      one: ', venant d’un seul compte',
      other: ', venant de {count} comptes différents',
    } satisfies Counted,
    chronology: {
      caption: 'Chronologie des faits',
      date: 'Date',
      where: 'Lieu',
      address: 'Adresse ou conversation',
      author: 'Compte',
      facts: 'Faits',
      conversation: 'Conversation : {conversation}',
    },
    exhibits: {
      caption: 'Fichiers du journal des preuves',
      number: 'N°',
      file: 'Pièce',
      hash: 'Empreinte SHA-256',
      fileLine: '{name} (acte du {date})',
      explanation:
        'L’empreinte SHA-256 de chaque fichier a été calculée au moment où il a été ajouté au journal des preuves. Elle permet de vérifier que le fichier n’a pas été modifié depuis ; elle ne prouve pas, à elle seule, que la capture est authentique.',
      other: 'Autres pièces :',
    },
    goodFaith:
      'Je déclare, de bonne foi, que les informations et allégations contenues dans la présente notification sont, à ma connaissance, exactes et complètes.',
  },

  // fact: complaint.letter-contents, complaint.letter-to-procureur, minors.can-file-alone
  complaint: {
    title: 'Plainte adressée au procureur de la République',
    footer: 'Plainte au procureur de la République',
    recipient: ['Madame, Monsieur le Procureur de la République', 'Tribunal judiciaire de {court}'],
    sending: 'Lettre recommandée avec demande d’avis de réception',
    subjectNamed: 'plainte contre {author}',
    subjectX: 'plainte contre X',
    salutation: 'Madame, Monsieur le Procureur de la République,',
    identity: {
      title: 'Identité',
      // Balise never asks anyone's gender: the letters use words that need no agreement.
      self: 'Je m’appelle {name} ({born}), j’habite {address}, et je porte plainte pour les faits décrits ci-dessous.',
      minorSelf:
        'Je m’appelle {name} ({born}), j’habite {address}, et j’ai moins de 18 ans. Comme la loi le permet, je porte plainte moi-même pour les faits décrits ci-dessous.',
      representative:
        'Je m’appelle {name} ({born}), j’habite {address}. Je porte plainte au nom de mon enfant {child} ({childBorn}), que je représente légalement, pour les faits décrits ci-dessous, dont mon enfant est victime.',
    },
    offences: {
      title: 'Objet de la plainte',
      intro:
        'Ces faits me paraissent susceptibles de constituer les infractions suivantes, sous réserve de la qualification que vous retiendrez :',
      none: 'Je vous laisse apprécier la qualification pénale de ces faits.',
      againstX:
        'Je ne connais pas l’identité de l’auteur ou des auteurs : je porte plainte contre X.',
      againstNamed: 'L’auteur présumé des faits est : {author}.',
      accounts: 'Comptes utilisés : {accounts}.',
      item: '{name} ({reference})',
    },
    facts: { title: 'Les faits' },
    witnesses: { title: 'Témoins', intro: 'Les personnes suivantes peuvent témoigner :' },
    harm: {
      title: 'Le préjudice',
      intro: 'Ces faits ont eu les conséquences suivantes (estimation provisoire) :',
    },
    exhibits: { title: 'Pièces jointes' },
    // fact: complaint.partie-civile-until-hearing, minors.partie-civile-representation
    civilParty: {
      title: 'Partie civile',
      self: 'Je déclare me constituer partie civile.',
      representative:
        'Représentant légalement mon enfant, je déclare me constituer partie civile en son nom.',
      minor:
        'Comme j’ai moins de 18 ans, je ne peux pas me constituer partie civile moi-même : mes représentants légaux pourront le faire en mon nom pour demander réparation (ou, si besoin, un administrateur ad hoc désigné par le juge).',
    },
    closing: [
      'Je vous remercie de bien vouloir m’adresser un récépissé de ma plainte et de m’informer des suites qui y seront données.',
      'Je vous prie d’agréer, Madame, Monsieur le Procureur de la République, l’expression de ma considération distinguée.',
    ],
  },

  // fact: dsa.art16-notice, dsa.art16-actual-knowledge
  notice: {
    title: 'Notification de contenu illicite',
    subtitle: 'Article 16 du règlement (UE) 2022/2065 sur les services numériques (DSA)',
    footer: 'Notification de contenu illicite (DSA, article 16)',
    recipient: ['À l’attention du service de traitement des signalements', '{platform}'],
    subject: 'notification de contenu illicite et demande de retrait',
    salutation: 'Madame, Monsieur,',
    intro:
      'Je vous notifie, en application de l’article 16 du règlement (UE) 2022/2065 sur les services numériques, les contenus suivants, hébergés par votre service, que je considère comme illicites.',
    location: { title: 'Emplacement exact des contenus' },
    privateLocation: '{platform}, conversation « {conversation} », compte de l’auteur : {author}',
    reasons: {
      title: 'Pourquoi ces contenus sont illicites',
      targetSelf: 'Ces contenus me visent personnellement.',
      targetChild: 'Ces contenus visent mon enfant.',
      targetPupil: 'Ces contenus visent un ou une élève que j’accompagne.',
      targetOther: 'Ces contenus visent une autre personne.',
      minor: 'La personne visée est mineure.',
      offences: 'Ils me paraissent constituer, en droit français, les infractions suivantes :',
      none: 'Ils me paraissent contraires à la loi française, pour les raisons suivantes :',
    },
    notifier: {
      title: 'Auteur de la notification',
      childSexual:
        'S’agissant de contenus à caractère sexuel impliquant un mineur, le nom et l’adresse électronique de l’auteur de la notification ne sont pas exigés (article 16, paragraphe 2, point c), du règlement).',
    },
    declaration: { title: 'Déclaration de bonne foi' },
    closing: [
      'Je vous demande de retirer ces contenus ou d’en rendre l’accès impossible dans les meilleurs délais, de m’accuser réception de la présente notification et de m’informer de votre décision ainsi que des voies de recours.',
      'Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    ],
  },

  // fact: erasure.any-age-for-data-published-while-minor, erasure.delay-and-cnil
  erasure: {
    title: 'Demande d’effacement de données personnelles',
    footer: 'Demande d’effacement (RGPD, article 17 ; loi Informatique et Libertés, article 51)',
    recipient: [
      'À l’attention du responsable du traitement ou du délégué à la protection des données',
      '{site}',
    ],
    recipientContact: '{contact}',
    subject: 'demande d’effacement de données personnelles collectées pendant la minorité',
    salutation: 'Madame, Monsieur,',
    request: {
      title: 'Ma demande',
      self: 'Je m’appelle {name} ({born}) et j’ai moins de 18 ans. Les données personnelles décrites ci-dessous me concernent et ont été collectées dans le cadre de votre service pendant ma minorité.',
      // An adult writing about data published while a minor: the right holds at any age
      // (fact: erasure.any-age-for-data-published-while-minor).
      formerMinor:
        'Je m’appelle {name} ({born}). Je vous écris au sujet des données personnelles décrites ci-dessous, qui me concernent et ont été collectées dans le cadre de votre service : j’avais moins de 18 ans au moment de la publication.',
      representative:
        'Je m’appelle {name}. Je vous écris au nom de mon enfant {child} ({childBorn}), que je représente légalement, au sujet de données personnelles qui le ou la concernent, collectées dans le cadre de votre service pendant sa minorité.',
      law: 'En application de l’article 17, paragraphe 1, point f), du règlement général sur la protection des données (RGPD) et de l’article 51, II, de la loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés, je vous demande d’effacer ces données dans les meilleurs délais.',
    },
    data: { title: 'Données concernées' },
    deadline: {
      title: 'Délai',
      text: 'À défaut d’effacement ou de réponse dans un délai d’un mois, je saisirai la Commission nationale de l’informatique et des libertés (CNIL).',
    },
    closing: ['Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.'],
  },

  // fact: school.protocol, school.l111-6-duty
  school: {
    title: 'Signalement de faits de harcèlement',
    footer: 'Signalement au chef d’établissement',
    recipient: ['Madame, Monsieur le chef d’établissement', '{school}'],
    subject: 'signalement de faits de harcèlement visant {pupil}',
    salutation: 'Madame, Monsieur,',
    intro: {
      parent:
        'Je vous signale des faits de harcèlement, notamment en ligne, dont mon enfant {pupil} est victime, et qui semblent impliquer une ou plusieurs personnes de l’établissement.',
      professional:
        'Je vous signale des faits de harcèlement, notamment en ligne, dont l’élève {pupil} est victime, et qui semblent impliquer une ou plusieurs personnes de l’établissement.',
    },
    sender: {
      parent: '{name}, parent de {pupil}',
      professional: '{name}, {function}',
    },
    pupil: { title: 'Élève', line: '{pupil}', classLine: 'Classe : {class}' },
    facts: { title: 'Les faits' },
    accounts: { title: 'Comptes impliqués' },
    actions: {
      title: 'Ce qui a déjà été fait',
      evidence: {
        none: 'Aucune preuve n’a encore été gardée.',
        partial: 'Des captures d’écran ont été gardées.',
        complete: 'Les preuves ont été gardées (captures datées, adresses, comptes).',
      },
      platformReport: {
        'not-done': 'Les contenus n’ont pas encore été signalés à la plateforme.',
        pending: 'Les contenus ont été signalés à la plateforme, sans réponse à ce jour.',
        removed: 'La plateforme a retiré les contenus signalés.',
        refused: 'La plateforme a refusé de retirer les contenus, ou n’a pas répondu.',
      },
      complaint: {
        'not-done': 'Aucune plainte n’a été déposée à ce jour.',
        filed: 'Une plainte a été déposée.',
        refused: 'La police ou la gendarmerie n’a pas enregistré la plainte.',
      },
      journal: {
        one: 'Un journal des preuves tenu sur l’appareil compte {count} acte.',
        other: 'Un journal des preuves tenu sur l’appareil compte {count} actes.',
      } satisfies Counted,
    },
    referrals: {
      title: 'Orientations',
      contact: '{name} : {hours}.',
      complaint:
        'Plainte : l’élève peut porter plainte lui-même ou elle-même, et ses représentants légaux peuvent porter plainte en son nom, au commissariat, à la gendarmerie ou par lettre au procureur de la République.',
    },
    request: {
      title: 'Ma demande',
      parent:
        'Je vous demande de mettre en œuvre le protocole de traitement des situations de harcèlement de l’établissement (programme pHARe) et de prendre les mesures de protection nécessaires pour mon enfant. Merci de m’informer des suites données.',
      professional:
        'Je vous transmets ces éléments afin que le protocole de traitement des situations de harcèlement de l’établissement (programme pHARe) soit mis en œuvre et que les mesures de protection nécessaires soient prises pour l’élève.',
    },
    // fact: school.article-40-public-agents, school.information-preoccupante
    duties: {
      title: 'Rappel des obligations des personnels',
      items: [
        'L’établissement doit prévenir, détecter et traiter rapidement le harcèlement, y compris en ligne (Code de l’éducation, article L. 111-6). Le chef d’établissement est informé de toute situation de harcèlement et est responsable de son traitement selon le protocole de l’établissement (programme pHARe).',
        'Article 40 du Code de procédure pénale : tout agent public qui, dans l’exercice de ses fonctions, a connaissance d’un crime ou d’un délit en avise sans délai le procureur de la République. Le harcèlement scolaire et le cyberharcèlement sont des délits.',
        'Si l’élève est en danger ou en risque de l’être, une information préoccupante est transmise à la cellule départementale de recueil des informations préoccupantes (CRIP) ; en cas de danger grave et immédiat, le procureur de la République est saisi directement (Code de l’action sociale et des familles, article L. 226-2-1). Les particuliers, dont les familles, peuvent appeler le 119 (Allô Enfance en danger).',
        'Ne pas mener d’enquête soi-même : recueillir la parole de l’élève, l’orienter, et transmettre.',
      ],
    },
    closing: ['Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.'],
  },

  // fact: complaint.must-be-registered, complaint.refuse-main-courante, evidence.main-courante,
  // fact: complaint.any-station-contre-x, complaint.letter-to-procureur, minors.can-file-alone
  frontDesk: {
    title: 'Dépôt de plainte : fiche à remettre au guichet',
    footer: 'Fiche pour le dépôt de plainte',
    person: 'Personne qui porte plainte : {name}',
    facts: { title: 'Ce qui s’est passé' },
    offences: { title: 'Infractions que les faits peuvent constituer' },
    exhibits: {
      title: 'Pièces',
      caption:
        'Pièces du journal des preuves (adresses longues abrégées : en entier dans la chronologie)',
      number: 'N°',
      date: 'Date',
      platform: 'Plateforme',
      where: 'Adresse ou conversation',
      account: 'Compte',
      hash: 'Empreinte SHA-256 (début)',
      none: 'Aucune pièce n’est encore notée dans le journal.',
    },
    reading: {
      title: 'Lire le journal sans outil',
      text: 'La chronologie complète s’imprime (chronologie.html dans l’export du journal) ; verifier.html, dans le même export, s’ouvre dans n’importe quel navigateur, sans connexion, et vérifie que chaque fichier a gardé son empreinte.',
      seal: 'Empreinte du journal ce jour : enregistrement n° {seq}, empreinte {hash}, à retrouver au même numéro dans verifier.html.',
    },
    rights: {
      title: 'Droits de la personne qui porte plainte',
      items: [
        'La police et la gendarmerie doivent recevoir la plainte : elles ne peuvent pas la refuser. Un procès-verbal est dressé et un récépissé est remis tout de suite ; une copie du procès-verbal peut être demandée (Code de procédure pénale, article 15-3).',
        'Une main courante n’est pas une plainte : elle ne déclenche pas d’enquête. Si elle est proposée à la place, il est possible de la refuser et de demander que la plainte soit enregistrée.',
        'La plainte peut être déposée dans n’importe quel commissariat ou brigade de gendarmerie, contre une personne nommée ou « contre X » quand l’auteur est inconnu.',
        'Une personne mineure peut porter plainte elle-même.',
        'Si la plainte n’est pas enregistrée, elle peut être envoyée par courrier au procureur de la République : Balise prépare cette lettre.',
      ],
    },
  },

  actionPlan: {
    title: {
      default: 'Mon plan d’action',
      parent: 'Plan d’action pour mon enfant',
      professional: 'Plan d’action',
      witness: 'Plan d’action du témoin',
    } satisfies Voiced,
    footer: 'Plan d’action préparé avec Balise',
    madeOn:
      'Préparé avec Balise le {date}. Ce plan ne remplace pas l’avis d’un avocat ou d’une avocate.',
    forPerson: 'Pour : {name}',
    next: { title: 'Prochaine étape' },
    nothingLeft: {
      default: 'Toutes les étapes sont faites ou ne s’appliquent pas.',
      young: 'Toutes les étapes sont faites ou ne s’appliquent pas.',
    } satisfies Voiced,
    steps: { title: 'Les étapes', line: '{step} — {status}' },
    warnings: { title: 'À savoir' },
    contacts: { title: 'Qui peut aider', line: '{name} : {hours}' },
    documents: { title: 'Courriers à préparer' },
  },
} as const;

/** The words of each document's page, around the document itself. */
export interface DocumentPageText {
  /** What this document is for, one or two sentences, shown under the title. */
  readonly lead: Voiced;
  /** How to send it, who else can take it, what to keep: a short list shown beside the preview. */
  readonly howTo: readonly Voiced[];
  /** An optional "and then?" block: title and steps. */
  readonly after?: { readonly title: Voiced; readonly steps: readonly Voiced[] };
  /** Where the page's legal and practical statements come from (offences add their own). */
  readonly sources: readonly SourceId[];
}

export const documentPages: Readonly<Record<DocumentId, DocumentPageText>> = {
  // fact: complaint.letter-to-procureur, complaint.must-be-registered, complaint.partie-civile-doyen
  'complaint-letter': {
    sources: ['sp-f1435', 'cpp-15-3', 'sp-f1567', 'masecurite-mineur-plainte', 'france-victimes'],
    lead: {
      default:
        'Une plainte écrite au procureur de la République, prête à imprimer et à signer. Vous pouvez aussi porter plainte au commissariat ou à la gendarmerie, qui ne peuvent pas refuser de l’enregistrer.',
      young:
        'Une plainte écrite au procureur de la République, prête à imprimer et à signer. Tu peux aussi porter plainte au commissariat ou à la gendarmerie, seul·e ou avec un adulte de confiance : ils ne peuvent pas refuser ta plainte.',
      parent:
        'Une plainte écrite au procureur de la République, au nom de votre enfant. Vous pouvez aussi porter plainte au commissariat ou à la gendarmerie, qui ne peuvent pas refuser de l’enregistrer.',
      professional:
        'Une plainte écrite au procureur de la République, préparée pour être signée par l’élève s’il ou elle a 18 ans ou plus, sinon par ses représentants légaux. Un élève mineur peut aussi porter plainte lui-même ou elle-même ; le commissariat ou la gendarmerie ne peuvent pas refuser de l’enregistrer.',
    },
    howTo: [
      'À adresser au procureur de la République du tribunal judiciaire du lieu des faits ou du domicile de l’auteur.',
      'À envoyer de préférence en recommandé avec avis de réception (une lettre simple ou suivie est aussi possible), ou à déposer à l’accueil du tribunal. Un récépissé est envoyé une fois la plainte enregistrée.',
      'Joindre des copies des pièces et garder les originaux.',
      'Sans réponse dans les 3 mois, ou après un classement sans suite, une plainte avec constitution de partie civile auprès du doyen des juges d’instruction est possible (pour un mineur, par ses représentants légaux) : un avocat ou France Victimes (116 006) peut aider.',
    ],
  },
  // fact: complaint.must-be-registered, complaint.refuse-main-courante, complaint.any-station-contre-x
  'front-desk-sheet': {
    sources: ['cpp-15-3', 'sp-f1435', 'france-victimes'],
    lead: {
      default:
        'Une page à imprimer et à remettre en portant plainte au commissariat ou à la gendarmerie : les faits en quelques lignes, la liste des pièces avec leurs empreintes, et les droits de la personne qui porte plainte, pour le cas où l’accueil propose une main courante ou refuse la plainte.',
      young:
        'Une page à imprimer et à donner en portant plainte au commissariat ou à la gendarmerie : les faits en quelques lignes, la liste des preuves avec leurs empreintes, et tes droits, pour le cas où on te propose une main courante ou qu’on refuse ta plainte.',
    },
    howTo: [
      'Imprimer la fiche, et si possible la chronologie du journal ; venir avec les captures ou le téléphone qui les contient.',
      'Garder un exemplaire, et garder le récépissé remis après la plainte.',
      {
        default:
          'Une association d’aide aux victimes (France Victimes, 116 006) peut aider à préparer la plainte.',
        young:
          'Un adulte de confiance peut venir avec toi ; le 3018 et France Victimes (116 006) peuvent aider à préparer la plainte.',
      },
    ],
  },
  // fact: dsa.art16-notice, removal.report-contents, removal.false-report-penalty, dsa.decision-and-appeals
  'platform-notice': {
    sources: ['dsa-art-16', 'dsa-ods', 'sp-f32239', 'lcen-6-3', 'arcom-e-enfance'],
    lead: {
      default:
        'Un signalement complet au sens de l’article 16 du DSA : si le caractère illicite du contenu est clair, l’hébergeur qui le reçoit ne peut plus dire qu’il ne savait pas. Collez le texte dans le formulaire de signalement du réseau social, ou envoyez le PDF.',
      young:
        'Un signalement complet au sens de l’article 16 du DSA : si le contenu est clairement illégal, le réseau qui le reçoit ne peut plus dire qu’il ne savait pas. Colle le texte dans son formulaire de signalement, ou envoie le PDF.',
    },
    howTo: [
      'Le signalement se fait par voie électronique : formulaire du réseau social, ou adresse indiquée dans les mentions légales du site.',
      'Contacter l’auteur avant n’est pas obligatoire.',
      // fact: dsa.art16-notice — the notifier's name and e-mail are part of the notice.
      'Avant d’envoyer : le signalement porte le nom et le courriel de la personne qui signale, et la plateforme les reçoit. Une adresse électronique créée pour l’occasion convient si l’adresse habituelle ne doit pas circuler.',
      'Une capture jointe montre tout ce qu’elle contient : pour cacher un numéro, une adresse ou d’autres personnes, créer d’abord une copie masquée depuis la page de l’acte, dans le journal des preuves (« Masquer des zones »), sans masquer le contenu signalé, le pseudo de l’auteur, la date ni l’adresse.',
      'Signaler comme illicite un contenu que l’on sait licite est puni (jusqu’à 1 an de prison et 15 000 € d’amende) : il suffit de décrire les faits tels qu’ils sont.',
    ],
    after: {
      title: 'Et si la plateforme refuse ?',
      steps: [
        // Articles 20 to 22 bind most large platforms, not micro and small ones (DSA art. 19;
        // fact: dsa.small-platforms-exempt); the judge: PAF or référé (fact: removal.refere-835).
        'Contester avec le système interne de réclamation de la plateforme (DSA, article 20) : la plupart des grandes plateformes doivent en avoir un.',
        'Saisir un organisme certifié de règlement extrajudiciaire des litiges (DSA, article 21) : ses décisions ne sont pas contraignantes, les frais pour l’utilisateur sont faibles.',
        'Saisir le juge, en pratique avec un avocat : le président du tribunal judiciaire peut ordonner le retrait (procédure accélérée au fond, ou référé).',
        'Pour un mineur, le 3018 (e-Enfance) peut signaler les contenus : c’est un signaleur de confiance, dont la plupart des grandes plateformes doivent traiter les signalements en priorité.',
      ],
    },
  },
  // fact: erasure.any-age-for-data-published-while-minor, erasure.minor-acts-alone, erasure.delay-and-cnil, erasure.cnil-not-criminal
  'erasure-request': {
    sources: ['lil-art-51', 'cnil-reagir', 'sp-f32239'],
    lead: {
      default:
        'Une demande au site pour effacer les données publiées pendant la minorité (RGPD, article 17 ; loi Informatique et Libertés, article 51). Le site doit effacer dans les meilleurs délais.',
      young:
        'Une demande au site pour effacer les données publiées pendant que tu es mineur·e. Tu peux la faire toi-même, sans l’accord de tes parents. Le site doit effacer dans les meilleurs délais.',
      parent:
        'Une demande au site pour effacer les données de votre enfant, publiées pendant sa minorité (RGPD, article 17 ; loi Informatique et Libertés, article 51).',
    },
    howTo: [
      'L’envoyer par le formulaire « données personnelles » du site ou à l’adresse de son délégué à la protection des données (mentions légales, politique de confidentialité).',
      'Garder une copie et noter la date d’envoi.',
    ],
    after: {
      title: 'Un mois plus tard, sans effacement ni réponse',
      steps: [
        'Saisir la CNIL : plainte en ligne sur cnil.fr, ou par courrier à la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 (téléphone 01 53 73 22 22, du lundi au vendredi de 9 h 30 à 17 h).',
        'Joindre : une copie de cette demande et la preuve de son envoi (date), les adresses des contenus, la réponse du site s’il y en a une.',
        'La loi prévoit que la CNIL se prononce dans un délai de trois semaines à compter de la réclamation.',
        'La plainte à la CNIL ne remplace pas une plainte pénale : la CNIL ne traite pas l’infraction elle-même.',
      ],
    },
  },
  // fact: school.l111-6-duty, school.article-40-public-agents, school.information-preoccupante
  'school-report': {
    sources: ['education-l111-6', 'cpp-art-40', 'casf-l226-2-1'],
    lead: {
      default:
        'Un signalement factuel au chef d’établissement, pour déclencher le protocole de l’établissement contre le harcèlement. Si vous pensez que votre enfant est en danger, vous pouvez aussi appeler le 119 (Allô Enfance en danger), 24 h/24, gratuit.',
      professional:
        'Un signalement factuel au chef d’établissement, avec le rappel de vos obligations : article 40 et information préoccupante.',
    },
    howTo: [
      'Remettez-le en main propre ou envoyez-le par la messagerie de l’établissement ; gardez une copie.',
      'L’établissement doit prendre des mesures pour prévenir, détecter et traiter le harcèlement, y compris en ligne (Code de l’éducation, article L. 111-6).',
    ],
  },
  'action-plan': {
    sources: ['sp-f32239'],
    lead: {
      default:
        'Une page à imprimer : les étapes, ce qui est fait, la prochaine action et qui appeler.',
      young:
        'Une page à imprimer : les étapes, ce qui est fait, la prochaine action et qui appeler.',
      professional:
        'Une page à remettre à l’élève et à sa famille : les étapes, la prochaine action, les numéros utiles et leurs horaires.',
    },
    howTo: ['Rien à remplir : le plan est fait à partir des réponses.'],
  },
};

/**
 * Every word the DSA notice is written with (src/features/documents/build/platform-notice.ts): its
 * own, the shared parts it uses and the offences it may name. The notice is the one letter also
 * offered in English (src/content/en/letter-notice.ts gives this shape, key for key).
 */
export const noticeLetterText = {
  notice: documentsText.notice,
  common: {
    pageNumbers: documentsText.common.pageNumbers,
    placeAndDate: documentsText.common.placeAndDate,
    dateOnly: documentsText.common.dateOnly,
    subject: documentsText.common.subject,
    signature: documentsText.common.signature,
    none: documentsText.common.none,
    goodFaith: documentsText.common.goodFaith,
  },
  offenceItem: documentsText.complaint.offences.item,
  offences: frOffences,
} as const;

/** Words of the documents' screens. */
export const documentsUi = {
  back: 'Retour au plan',
  unknownTitle: 'Ce document n’existe pas',
  unknownText:
    'Le lien mène à un document que Balise ne connaît pas, peut-être d’une ancienne version. Les documents utiles se trouvent en bas du plan.',
  notOfferedTitle: 'Ce document ne correspond pas aux réponses actuelles',
  /** Followed by the answers that rule the document out, each with a link to change it. */
  notOfferedBecause: 'Il n’est pas proposé à cause de ces réponses :',
  /** Followed by the questions still unanswered that could bring it. */
  notOfferedMissing: {
    default: 'Il pourra l’être selon la réponse à ces questions, pas encore posées :',
    young: 'Il pourra l’être selon ta réponse à ces questions, pas encore posées :',
  },
  toAnswers: 'Voir et modifier les réponses',
  toPlan: 'Retour au plan',
  howToTitle: 'Comment l’utiliser',
  formTitle: 'À compléter',
  noForm: 'Rien à remplir : ce document vient des réponses et du journal.',
  required: '(obligatoire)',
  familyNote:
    'Ce courrier est préparé pour être signé par la personne visée si elle est majeure, sinon par ses représentants légaux : les informations demandées ici sont les siennes ou les leurs, pas les vôtres. Le mieux est de le compléter avec elle.',
  keptOnDevice:
    'Ces informations sont gardées sur cet appareil, comme les réponses. « Tout effacer » et « Terminer la séance » les effacent avec elles.',
  keptInTab: {
    default:
      'Ces informations sont gardées dans cet onglet seulement, comme vos réponses : elles restent si la page se recharge (par exemple quand vous revenez d’une autre application) et disparaissent quand l’onglet est fermé. « Tout effacer » et « Terminer la séance » les effacent avec les réponses. Pour les garder sur cet appareil, choisissez « Se souvenir sur cet appareil » dans « Mes réponses ».',
    young:
      'Ces informations sont gardées dans cet onglet seulement, comme tes réponses : elles restent si la page se recharge (par exemple quand tu reviens d’une autre application) et disparaissent quand l’onglet est fermé. « Tout effacer » et « Terminer la séance » les effacent avec les réponses. Pour les garder sur cet appareil, choisis « Se souvenir sur cet appareil » dans « Mes réponses ».',
  },
  saveProblem: {
    full: 'Le navigateur n’a plus de place : ces informations ne sont pas gardées et seront oubliées si la page se recharge ou se ferme.',
    unavailable:
      'Le stockage du navigateur n’est pas disponible (navigation privée ?) : ces informations seront oubliées si la page se recharge ou se ferme.',
    unreadable:
      'Les informations gardées pour les courriers n’ont pas pu être relues (données abîmées ou modifiées). Elles ont été mises de côté sur cet appareil, sans être effacées ni envoyées ; les champs repartent vides.',
  },
  dismiss: 'J’ai compris',
  useJournalUrls: 'Reprendre les adresses du journal ({count})',
  journalLocked:
    'Le journal des preuves est verrouillé : sa chronologie et ses pièces ne sont pas dans ce document. Il faut le déverrouiller pour les ajouter.',
  journalToUnlock: 'Ouvrir le journal des preuves',
  journalLoading: 'Lecture du journal des preuves…',
  journalError:
    'Le journal des preuves n’a pas pu être lu : sa chronologie et ses pièces ne sont pas dans ce document.',
  journalEmpty: {
    default:
      'Le journal des preuves est vide : la chronologie et la liste des pièces viendront des actes que vous y noterez.',
    young:
      'Ton journal des preuves est vide : la chronologie et la liste des pièces viendront des actes que tu y noteras.',
  },
  journalCount: 'Ce document reprend le journal des preuves : {acts}, {files}.',
  journalActs: { one: '{count} acte', other: '{count} actes' } satisfies Counted,
  journalFiles: { one: '{count} fichier', other: '{count} fichiers' } satisfies Counted,
  journalLink: 'Voir le journal des preuves',
  previewTitle: 'Aperçu du document',
  previewHint:
    'À relire avant de télécharger. Pour changer un passage, il suffit de modifier le champ correspondant ci-dessus, ou l’acte dans le journal des preuves.',
  missingTitle: 'Il manque des informations',
  fieldMissing: 'À compléter : {field}.',
  missingIntro: 'Pour télécharger ce document, il reste à compléter :',
  download: 'Télécharger en PDF',
  downloading: 'Préparation du PDF…',
  downloaded: 'Le PDF « {file} » est prêt : il se trouve dans le dossier des téléchargements.',
  downloadFailed:
    'Le PDF n’a pas pu être préparé ({reason}). Rien n’a été perdu : il est possible de réessayer, ou d’utiliser « Imprimer » puis « Enregistrer au format PDF ».',
  /** Why the PDF could not be made, by the problem id of features/documents/pdf-download.ts. */
  pdfProblem: {
    code: 'la partie de Balise qui fabrique les PDF n’a pas pu être chargée, la connexion est peut-être coupée',
    fonts: 'les polices du PDF n’ont pas pu être chargées, la connexion est peut-être coupée',
    unexpected: 'une erreur inattendue s’est produite',
  },
  unsupported:
    'Ces caractères ne peuvent pas être écrits dans le PDF et y sont remplacés par « � » : {chars}. Mieux vaut les décrire en mots si c’est important.',
  print: 'Imprimer',
  copy: 'Copier le texte',
  copied: 'Le texte est copié : il reste à le coller dans le formulaire de signalement.',
  copyFailed:
    'Le texte n’a pas pu être copié automatiquement. Il peut être sélectionné dans l’aperçu, puis copié.',
  fileStem: 'document',
  privacy:
    'Le document est préparé sur cet appareil ; rien n’est envoyé. Le fichier porte un nom neutre (« document » et la date).',
  sourcesTitle: 'Sources',
  /** The DSA notice's own choice: the language it is written in, whatever the screens'. */
  noticeLanguage: {
    legend: 'Langue de la notification',
    hint: 'Le contenu est le même dans les deux langues. L’anglais peut aider si l’équipe de la plateforme qui traite les signalements ne lit pas le français.',
    fr: 'Français',
    en: 'English',
  },
} as const;
