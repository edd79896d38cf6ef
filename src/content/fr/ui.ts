import type { Voiced } from '../types.ts';

/**
 * Words of the frame and the first screen (header, menu, quick exit, home, saving, errors), in
 * French; the other screens' words are in ./screens.ts. Words for the
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
