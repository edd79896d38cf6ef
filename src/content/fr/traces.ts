import type { Voiced } from '../types.ts';

/*
 * Words of the page "Effacer mes traces" (/effacer-mes-traces): what Balise keeps on the device,
 * each with its erase button, and what only the browser keeps, with how to remove it.
 *
 * The browsers' menus change from one version to the next and Balise has no official page to
 * check each label against: the steps name the menu and the section to look for, not every
 * button, and say so (« les noms peuvent changer »). Where we are unsure, we say less.
 */
export const traces = {
  title: 'Effacer mes traces',
  lead: {
    default:
      'Balise n’envoie rien : tout reste sur cet appareil. Voici ce qui y est gardé, et comment l’effacer. Le navigateur, lui, garde aussi quelques traces : elles sont expliquées plus bas.',
    young:
      'Balise n’envoie rien : tout reste sur cet appareil. Voici ce qui y est gardé, et comment l’effacer. Le navigateur, lui, garde aussi quelques traces : elles sont expliquées plus bas.',
  } satisfies Voiced,

  balise: {
    title: 'Ce que Balise garde sur cet appareil',
    answers: {
      title: 'Les réponses et les informations des courriers',
      text: {
        default:
          'Vos réponses aux questions, les étapes marquées comme faites, ce que vous avez saisi pour les courriers (nom, adresse, liens…) et les démarches notées dans le suivi.',
        young:
          'Tes réponses aux questions, les étapes marquées comme faites, ce que tu as saisi pour les courriers (nom, adresse, liens…) et les démarches notées dans le suivi.',
      } satisfies Voiced,
      button: 'Effacer les réponses et les informations des courriers',
      confirm: 'Effacer les réponses et les informations des courriers ? Ce sera définitif.',
      yes: 'Oui, les effacer',
      done: 'Les réponses et les informations des courriers sont effacées.',
    },
    journal: {
      title: 'Le journal des preuves',
      text: {
        default:
          'Chaque fait noté, ses captures d’écran et autres fichiers, sa phrase secrète, et la copie préparée pour un téléchargement. Pensez à exporter le journal avant, si vous en avez encore besoin.',
        young:
          'Chaque fait noté, ses captures d’écran et autres fichiers, sa phrase secrète, et la copie préparée pour un téléchargement. Pense à exporter le journal avant, si tu en as encore besoin.',
      } satisfies Voiced,
      button: 'Effacer le journal des preuves',
      confirm: 'Effacer tout le journal des preuves, avec ses fichiers ? Ce sera définitif.',
      yes: 'Oui, effacer le journal',
      done: 'Le journal des preuves est effacé.',
      // Why it could not be erased: the journal's own words (journal.ts, wipe.problem).
    },
    offlineCopy: {
      title: 'La copie de Balise pour fonctionner sans réseau',
      text: {
        default:
          'Le navigateur garde les fichiers de l’application elle-même (pas vos données) pour qu’elle s’ouvre sans réseau. Sans elle, Balise ne s’ouvre plus sans réseau tant qu’on ne l’a pas rouverte une fois en ligne.',
        young:
          'Le navigateur garde les fichiers de l’application elle-même (pas tes données) pour qu’elle s’ouvre sans réseau. Sans elle, Balise ne s’ouvre plus sans réseau tant qu’on ne l’a pas rouverte une fois en ligne.',
      } satisfies Voiced,
      button: 'Effacer la copie hors ligne',
      confirm: 'Effacer la copie de Balise gardée pour fonctionner sans réseau ?',
      yes: 'Oui, l’effacer',
      done: 'La copie hors ligne est effacée.',
      none: 'Ce navigateur ne garde pas de copie hors ligne de Balise.',
      failed: {
        default:
          'Le navigateur a refusé d’effacer la copie hors ligne. Pour la retirer, effacez les données du site dans les réglages du navigateur.',
        young:
          'Le navigateur a refusé d’effacer la copie hors ligne. Pour la retirer, efface les données du site dans les réglages du navigateur.',
      } satisfies Voiced,
    },
    everything: {
      title: 'Tout effacer d’un coup',
    },
  },

  browser: {
    title: 'Ce que seul le navigateur garde',
    lead: {
      default:
        'Balise ne peut pas effacer ces traces à votre place : le navigateur et l’appareil ne le permettent pas à un site. Vous pouvez le faire vous-même.',
      young:
        'Balise ne peut pas effacer ces traces à ta place : le navigateur et l’appareil ne le permettent pas à un site. Tu peux le faire toi-même.',
    } satisfies Voiced,
    history: {
      title: 'L’historique',
      text: {
        default:
          'Le navigateur note les pages ouvertes, dont celles de Balise : leur titre reste « Balise », mais leur adresse suffit à reconnaître le site. Si le navigateur est connecté à un compte, l’historique peut aussi se retrouver sur les autres appareils de ce compte.',
        young:
          'Le navigateur note les pages ouvertes, dont celles de Balise : leur titre reste « Balise », mais leur adresse suffit à reconnaître le site. Si le navigateur est connecté à un compte, l’historique peut aussi se retrouver sur les autres appareils de ce compte.',
      } satisfies Voiced,
    },
    downloads: {
      title: 'Les fichiers téléchargés',
      text: {
        default:
          'Les PDF des courriers et les exports du journal vont dans le dossier « Téléchargements » de l’appareil. Ils y restent même après « Tout effacer » : supprimez-les vous-même, puis videz la corbeille si l’appareil en a une. Le navigateur garde aussi la liste des téléchargements : elle s’efface avec l’historique.',
        young:
          'Les PDF des courriers et les exports du journal vont dans le dossier « Téléchargements » de l’appareil. Ils y restent même après « Tout effacer » : supprime-les toi-même, puis vide la corbeille si l’appareil en a une. Le navigateur garde aussi la liste des téléchargements : elle s’efface avec l’historique.',
      } satisfies Voiced,
    },
    printer: {
      title: 'L’imprimante',
      text: {
        default:
          'Un document imprimé peut rester un moment dans la file d’impression de l’ordinateur, ou dans la mémoire d’une imprimante partagée. Vérifiez la file dans les réglages des imprimantes de l’ordinateur, et récupérez toutes les pages.',
        young:
          'Un document imprimé peut rester un moment dans la file d’impression de l’ordinateur, ou dans la mémoire d’une imprimante partagée. Vérifie la file dans les réglages des imprimantes de l’ordinateur, et récupère toutes les pages.',
      } satisfies Voiced,
    },
    stepsTitle: 'Effacer l’historique, navigateur par navigateur',
    stepsLead: {
      default:
        'Les noms des menus peuvent changer d’une version à l’autre. Choisissez la période « depuis toujours » si vous voulez tout effacer ; sinon, la période où vous avez utilisé Balise.',
      young:
        'Les noms des menus peuvent changer d’une version à l’autre. Choisis la période « depuis toujours » si tu veux tout effacer ; sinon, la période où tu as utilisé Balise.',
    } satisfies Voiced,
    /** Each browser, in the order people in France most often use them on a phone. */
    browsers: [
      {
        id: 'chrome',
        name: 'Chrome',
        steps: {
          default:
            'Ouvrez le menu (« ⋮ », ou « … » sur iPhone), puis « Historique », et choisissez d’effacer les données de navigation. Cochez l’historique de navigation ; cochez aussi les cookies et données des sites pour retirer ce que Balise garde.',
          young:
            'Ouvre le menu (« ⋮ », ou « … » sur iPhone), puis « Historique », et choisis d’effacer les données de navigation. Coche l’historique de navigation ; coche aussi les cookies et données des sites pour retirer ce que Balise garde.',
        } satisfies Voiced,
      },
      {
        id: 'safari',
        name: 'Safari (iPhone, iPad)',
        steps: {
          default:
            'Dans les Réglages de l’appareil, rubrique Safari, choisissez d’effacer l’historique et les données de sites. Sur un Mac : menu Historique de Safari.',
          young:
            'Dans les Réglages de l’appareil, rubrique Safari, choisis d’effacer l’historique et les données de sites. Sur un Mac : menu Historique de Safari.',
        } satisfies Voiced,
      },
      {
        id: 'firefox',
        name: 'Firefox',
        steps: {
          default:
            'Ouvrez le menu « ☰ », rubrique Historique, et choisissez d’effacer l’historique récent (sur téléphone : dans les paramètres, rubrique des données de navigation).',
          young:
            'Ouvre le menu « ☰ », rubrique Historique, et choisis d’effacer l’historique récent (sur téléphone : dans les paramètres, rubrique des données de navigation).',
        } satisfies Voiced,
      },
      {
        id: 'samsung',
        name: 'Samsung Internet',
        steps: {
          default:
            'Dans les paramètres du navigateur (menu « ☰ »), rubrique des données de navigation ou de confidentialité, choisissez d’effacer l’historique.',
          young:
            'Dans les paramètres du navigateur (menu « ☰ »), rubrique des données de navigation ou de confidentialité, choisis d’effacer l’historique.',
        } satisfies Voiced,
      },
    ],
    other: {
      default: 'Autre navigateur : dans ses réglages, rubrique Historique ou Confidentialité.',
      young: 'Autre navigateur : dans ses réglages, rubrique Historique ou Confidentialité.',
    } satisfies Voiced,
    private: {
      title: 'La navigation privée',
      text: {
        default:
          'Une fenêtre de navigation privée (Chrome : « navigation privée » ; Safari : « Privée » ; Firefox : « fenêtre privée » ; Samsung Internet : « mode Secret ») n’ajoute rien à l’historique, et le navigateur oublie ses données quand on la ferme (Samsung Internet : quand on quitte le mode Secret). Mais les fichiers téléchargés restent dans l’appareil, et le journal des preuves tenu dans une fenêtre privée peut disparaître en la fermant : exportez-le avant, si vous en avez besoin.',
        young:
          'Une fenêtre de navigation privée (Chrome : « navigation privée » ; Safari : « Privée » ; Firefox : « fenêtre privée » ; Samsung Internet : « mode Secret ») n’ajoute rien à l’historique, et le navigateur oublie ses données quand on la ferme (Samsung Internet : quand on quitte le mode Secret). Mais les fichiers téléchargés restent dans l’appareil, et le journal des preuves tenu dans une fenêtre privée peut disparaître en la fermant : exporte-le avant, si tu en as besoin.',
      } satisfies Voiced,
    },
  },
} as const;
