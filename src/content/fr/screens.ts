import type { Counted } from '../types.ts';

/**
 * Words of the screens loaded on demand (the questions' page, emergency, plan, step, summary,
 * glossary), in French: apart from ./ui.ts, which the first screen reads, so that the first visit
 * does not download them. `{name}` marks a value filled in by the interface.
 */
export const screens = {
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
  glossary: {
    title: 'Mots expliqués',
    lead: 'Les mots du droit, expliqués simplement.',
    back: 'Retour',
  },
} as const;
