import type { Counted, Voiced } from '../types.ts';

/**
 * Words of the interface itself (buttons, headings, messages), in French. Words for the
 * engine's ids are in ./engine.ts. `{name}` marks a value filled in by the interface.
 */
export const ui = {
  app: {
    name: 'Balise',
    tagline: 'Que faire quand on est harcelé·e en ligne',
    skipToContent: 'Aller au contenu',
    mainNav: 'Menu principal',
    /** On a phone, opens and closes the main menu (its state is said by `aria-expanded`). */
    menu: 'Menu',
    nav: {
      plan: { default: 'Mon plan', parent: 'Le plan', professional: 'Le plan', witness: 'Le plan' },
      journal: 'Mes preuves',
      answers: 'Mes réponses',
      glossary: 'Mots expliqués',
      emergency: 'Urgence',
    } satisfies Record<string, Voiced>,
    privacy: {
      default:
        'Rien de ce que vous saisissez ne quitte cet appareil : pas de compte, pas de suivi.',
      young: 'Rien de ce que tu écris ne quitte cet appareil : pas de compte, pas de suivi.',
    },
    factsDate:
      'Informations juridiques vérifiées à partir de sources officielles ; chaque conseil indique sa source et sa date.',
    newTab: 'nouvel onglet',
    loading: 'Chargement…',
    /** Link to /effacer-mes-traces, in the footer and on "Mes réponses" (its words: ./traces.ts). */
    traces: 'Effacer mes traces',
    /** Names the group of language buttons, after "Quitter vite" (each says its language in it). */
    language: 'Langue',
    languageFailed:
      'Cette langue n’a pas pu être chargée : la connexion manque peut-être. Réessayez quand le réseau revient ; rien n’est perdu.',
  },
  quickExit: {
    button: 'Quitter vite',
    /** Names the bar that holds the button, so that screen readers list it as a landmark. */
    region: 'Sortie rapide',
    hint: 'Quitte Balise tout de suite. Raccourci : Échap trois fois.',
    /** A neutral page, far from the topic. */
    destination: 'https://www.google.fr/',
  },
  /**
   * A counsellor's séance on a shared computer (src/stores/shared-session.ts): its menu and home
   * links and the banner shown during it. The rest of its words: ./shared-session.ts.
   */
  shared: {
    nav: 'Séance partagée',
    homeLink: 'Séance sur un ordinateur partagé',
    homeHint: 'Pour un ou une professionnelle qui accompagne quelqu’un : rien n’est enregistré.',
    banner: 'Séance en cours : rien n’est enregistré sur cet ordinateur',
    bannerHint:
      'Recharger la page ou fermer l’onglet termine la séance : tout ce qui a été saisi est perdu.',
  },
  session: {
    end: 'Terminer la séance',
    endHint: 'Efface tout ce que Balise garde sur cet ordinateur, après confirmation.',
    endTitle: 'Terminer la séance',
    /** What "Terminer la séance" and "Tout effacer" erase, said before asking. */
    erasesLead: 'Balise va effacer de cet appareil :',
    erases: [
      'les réponses aux questions et les étapes marquées comme faites ;',
      'les informations saisies pour les courriers ;',
      'le journal des preuves : chaque fait noté, ses captures d’écran et autres fichiers, et sa phrase secrète ;',
      'la copie du journal préparée pour un téléchargement.',
    ],
    erasesNot: {
      default:
        'Les fichiers déjà téléchargés (PDF, exports du journal) restent dans le dossier des téléchargements : supprimez-les vous-même si besoin.',
      young:
        'Les fichiers déjà téléchargés (PDF, exports du journal) restent dans le dossier des téléchargements : supprime-les toi-même si besoin.',
    },
    erase: 'Tout effacer',
    eraseConfirm: 'Tout effacer de cet appareil ? Ce sera définitif.',
    eraseYes: 'Oui, tout effacer',
    cancel: 'Annuler',
    erasing: 'Effacement en cours…',
    /** Why the journal could not be erased (the rest was). */
    problem: {
      blocked: {
        default:
          'Le journal des preuves n’a pas pu être effacé : Balise est ouvert dans un autre onglet. Fermez les autres onglets de Balise, puis appuyez de nouveau sur « Tout effacer ». Le reste a été effacé.',
        young:
          'Le journal des preuves n’a pas pu être effacé : Balise est ouvert dans un autre onglet. Ferme les autres onglets de Balise, puis appuie de nouveau sur « Tout effacer ». Le reste a été effacé.',
      },
      unavailable: {
        default:
          'Le navigateur a refusé d’effacer le journal des preuves ; le reste a été effacé. Réessayez ; si cela continue, effacez les données du site dans les réglages du navigateur.',
        young:
          'Le navigateur a refusé d’effacer le journal des preuves ; le reste a été effacé. Réessaie ; si ça continue, efface les données du site dans les réglages du navigateur.',
      },
    },
    /** The neutral screen shown once everything is erased: it says nothing of the subject. */
    endedTitle: 'Séance terminée',
    endedText: 'Tout a été effacé de cet appareil.',
    /** Link to /effacer-mes-traces: what the browser itself keeps, and how to remove it. */
    endedTraces: 'Effacer aussi les traces gardées par le navigateur',
    toHome: 'Accueil',
  },
  /** The neutral screen shown when someone comes back after "Quitter vite". */
  paused: {
    title: 'Balise',
    text: 'Page en pause.',
    resume: 'Reprendre',
  },
  home: {
    title: 'Balise : que faire, étape par étape',
    lead: 'Balise vous dit quoi faire, étape par étape, quand quelqu’un vous harcèle en ligne, ou harcèle votre enfant, un élève, un proche.',
    privacy:
      'Tout reste sur cet appareil : vos réponses ne sont envoyées nulle part. Vous pouvez tout effacer à tout moment.',
    start: 'Commencer',
    resume: 'Reprendre où j’en étais',
    seePlan: 'Voir mon plan',
    restart: 'Recommencer depuis le début',
    dangerTitle: 'Danger immédiat ?',
    dangerText: 'Si quelqu’un est en danger maintenant, appelez les secours avant tout.',
    dangerLink: 'Voir les numéros d’urgence',
    stepsTitle: 'Les cinq étapes',
    steps: [
      'Ne pas répondre, ni transférer, ni partager.',
      'Garder des preuves.',
      'Faire retirer les contenus.',
      'Porter plainte.',
      'Signaler à PHAROS, quand c’est le bon endroit.',
    ],
    duration:
      'Une douzaine de questions, environ trois minutes. On peut répondre « Je ne sais pas ».',
  },
  question: {
    progress: 'Question {position} sur {total}',
    progressLabel: 'Avancement des questions',
    why: 'Pourquoi cette question ?',
    multipleHint: 'Plusieurs réponses possibles.',
    continue: 'Continuer',
    back: 'Retour',
    errorTitle: 'Il manque une réponse',
    errorChoose: {
      default: 'Choisissez une réponse pour continuer.',
      young: 'Choisis une réponse pour continuer.',
    },
    errorChooseMany: {
      default: 'Choisissez au moins une réponse pour continuer.',
      young: 'Choisis au moins une réponse pour continuer.',
    },
    notAsked: {
      default: 'Cette question ne vous concerne pas avec vos réponses actuelles.',
      young: 'Cette question ne te concerne pas avec tes réponses actuelles.',
    },
    notAskedBecause: 'Elle ne se pose pas à cause de ces réponses :',
    notAskedMissing: 'Elle dépend de questions pas encore posées :',
    unknownTitle: 'Cette question n’existe pas',
    unknownText:
      'Le lien suivi mène à une question qui n’existe pas ou plus. Vos réponses sont intactes.',
    continueJourney: 'Reprendre les questions',
  },
  emergency: {
    title: {
      default: 'Danger immédiat : appelez maintenant',
      young: 'Danger immédiat : appelle maintenant',
    },
    lead: {
      default:
        'Si quelqu’un est en danger maintenant, appelez les secours. Les démarches en ligne peuvent attendre.',
      young:
        'Si quelqu’un est en danger maintenant, appelle les secours. Les démarches en ligne peuvent attendre.',
    },
    pharosNote: {
      default:
        'PHAROS et les signalements aux plateformes ne traitent pas les urgences : en cas de danger, appelez d’abord.',
      young:
        'PHAROS et les signalements aux plateformes ne traitent pas les urgences : en cas de danger, appelle d’abord.',
    },
    smsNote: {
      default:
        'Le 114 se joint par SMS : utile si vous ne pouvez pas parler (personne sourde ou malentendante, ou agresseur à côté).',
      young:
        'Le 114 se joint par SMS : utile si tu ne peux pas parler (personne sourde ou malentendante, ou agresseur à côté).',
    },
    call: 'Appeler le {number}',
    sms: 'Écrire un SMS au {number}',
    continue: 'J’ai compris, continuer',
    backToPlan: 'Retour au plan',
  },
  plan: {
    title: { default: 'Votre plan', young: 'Ton plan', parent: 'Le plan pour votre enfant' },
    lead: {
      default: 'Voici les étapes, dans l’ordre, adaptées à vos réponses.',
      young: 'Voici les étapes, dans l’ordre, adaptées à tes réponses.',
    },
    provisional: 'Plan provisoire',
    provisionalText: {
      one: 'Il reste {count} question : le plan peut encore changer.',
      other: 'Il reste {count} questions : le plan peut encore changer.',
    } satisfies Counted,
    continueQuestions: 'Répondre aux questions restantes',
    stepsTitle: 'Les étapes',
    next: 'Prochaine étape',
    allDone: {
      default: 'Toutes les étapes sont faites. Gardez vos preuves : elles peuvent encore servir.',
      young: 'Toutes les étapes sont faites. Garde tes preuves : elles peuvent encore servir.',
    },
    status: { todo: 'À faire', done: 'Fait', 'not-applicable': 'Ne s’applique pas' },
    why: 'Pourquoi ?',
    whyNot: 'Pourquoi pas ?',
    noAnswerNeeded: 'Recommandé dans tous les cas.',
    changeAnswers: { default: 'Modifier vos réponses', young: 'Modifier tes réponses' },
    /** The next step shows its first actions; this button shows the others. */
    moreActions: { one: 'Voir l’autre action', other: 'Voir les {count} autres actions' },
    /** The other steps show their actions on demand. */
    showActions: { one: 'Voir l’action', other: 'Voir les {count} actions' },
    markedDone: 'Vous l’avez marquée comme faite.',
    markDone: 'Marquer comme fait',
    markTodo: 'Marquer comme à faire',
    details: 'Voir le détail de l’étape',
    warningsTitle: 'À savoir tout de suite',
    contactsTitle: 'Qui peut aider',
    documentsTitle: {
      default: 'Les courriers préparés pour vous',
      young: 'Les courriers préparés pour toi',
    },
    documentsIntro: {
      default:
        'Balise les prépare avec vos réponses et votre journal des preuves, sur cet appareil : relisez, complétez, puis téléchargez en PDF ou imprimez.',
      young:
        'Balise les prépare avec tes réponses et ton journal des preuves, sur cet appareil : relis, complète, puis télécharge en PDF ou imprime.',
    },
    sourcesTitle: 'Sources',
    stepNumber: 'Étape {number} : {title}',
  },
  step: {
    back: 'Retour au plan',
    actionsTitle: 'Ce qu’il faut faire',
    documentsTitle: 'Courriers prêts à compléter',
    reasonsTitle: 'Pourquoi cette étape',
    reasonsTitleNot: 'Pourquoi cette étape ne s’applique pas',
    sourcesTitle: 'Sources',
    platformsTitle: 'Plateforme par plateforme',
    platformsIntro: 'Choisissez la plateforme concernée pour voir où cliquer.',
    platformReport: 'Signaler',
    platformIllegal: 'Contenu illicite (règlement européen DSA)',
    platformEvidence: 'Garder des preuves',
    platformBlock: 'Bloquer',
    platformIntimate: 'Images intimes',
    platformLinks: 'Pages officielles',
    platformChecked: 'Adresses vérifiées le {date} ; elles peuvent changer.',
    commonRules: 'Règles valables partout',
    pharosAccepts: 'Ce que PHAROS accepte',
    pharosRefuses: 'Ce que PHAROS ne traite pas',
    pharosAddress: 'Adresse officielle de PHAROS',
    unknownTitle: 'Cette étape n’existe pas',
    unknownText:
      'Le lien suivi mène à une étape qui n’existe pas ou plus. Vos réponses sont intactes.',
  },
  /** The answers a refusal rests on, each with a way to change it (src/common/answer-reasons.tsx). */
  reasons: {
    answer: '{question} : {answer}',
    change: 'Modifier',
    changeLabel: 'Modifier : {question}',
    respond: 'Répondre',
    respondLabel: 'Répondre : {question}',
  },
  source: {
    date: 'date indiquée par la source : {date}',
    confidence: {
      haute: 'source officielle',
      moyenne: 'source sérieuse, à confirmer',
      basse: 'information incertaine',
    },
  },
  summary: {
    title: 'Mes réponses',
    lead: {
      default: 'Vous pouvez changer une réponse : le plan se met à jour tout seul.',
      young: 'Tu peux changer une réponse : le plan se met à jour tout seul.',
    },
    empty: 'Aucune réponse pour l’instant.',
    change: 'Modifier',
    changeLabel: 'Modifier : {question}',
    notAnswered: 'Pas encore répondu',
    doneSteps: 'Étapes marquées comme faites',
    noDoneSteps: 'Aucune',
    keepTitle: { default: 'Où sont gardées vos réponses', young: 'Où sont gardées tes réponses' },
    keepSession: {
      default:
        'Par défaut, vos réponses restent dans cet onglet seulement : elles disparaissent quand il est fermé.',
      young:
        'Par défaut, tes réponses restent dans cet onglet seulement : elles disparaissent quand il est fermé.',
    },
    keepDevice: 'Se souvenir sur cet appareil',
    keepDeviceHint: {
      default:
        'Vos réponses restent sur cet appareil, même après fermeture. À éviter sur un ordinateur partagé.',
      young:
        'Tes réponses restent sur cet appareil, même après fermeture. À éviter sur un ordinateur partagé.',
    },
    clearTitle: 'Tout effacer',
    backToPlan: 'Voir le plan',
  },
  save: {
    unreadable:
      'Les réponses enregistrées sur cet appareil n’ont pas pu être relues (fichier abîmé ou modifié). Elles ont été mises de côté, rien n’a été envoyé ; vous pouvez recommencer.',
    newerVersion:
      'Les réponses enregistrées viennent d’une version plus récente de Balise. Elles ont été mises de côté ; rechargez la page pour obtenir la dernière version.',
    unavailable:
      'Ce navigateur ne permet pas de garder vos réponses (navigation privée ou stockage bloqué). Balise fonctionne quand même, mais tout sera perdu à la fermeture de l’onglet.',
    full: 'L’espace de stockage de ce navigateur est plein : vos dernières réponses ne sont pas enregistrées et seront perdues à la fermeture de l’onglet.',
    dismiss: 'J’ai compris',
    title: 'À propos de vos réponses',
  },
  glossary: {
    title: 'Mots expliqués',
    lead: 'Les mots du droit, expliqués simplement.',
    back: 'Retour',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette adresse ne mène à aucune page de Balise. Vos réponses sont intactes.',
    toPlan: 'Aller à mon plan',
    toHome: 'Aller à l’accueil',
  },
  error: {
    title: 'Un problème est survenu',
    text: 'Balise a rencontré une erreur inattendue. Vos réponses sont gardées. Rechargez la page ; si le problème continue, effacez vos réponses depuis « Mes réponses ».',
    reload: 'Recharger la page',
  },
} as const;
