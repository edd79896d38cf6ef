import type { Voiced } from '../types.ts';

/*
 * Words of Balise's offline copy, its updates and its installation, in French, and of the web app
 * manifest and the neutral page (read by vite.config.ts at build time).
 */

/** The web app manifest: what a phone shows under the icon and in its app list. */
export const manifestWords = {
  name: 'Balise',
  shortName: 'Balise',
  description:
    'Que faire, étape par étape, quand on est harcelé·e en ligne en France. Tout reste sur l’appareil.',
} as const;

/** Words of the update announcement, the install hint and the wipe of the offline copy. */
export const offline = {
  update: {
    /** Said by the polite live region when a new version has been downloaded. */
    ready: 'Une nouvelle version est disponible.',
    keep: {
      default:
        'Vos réponses, les informations des courriers et le journal des preuves sont gardés. Enregistrez d’abord un fait en cours d’écriture.',
      young:
        'Tes réponses, les informations des courriers et le journal des preuves sont gardés. Enregistre d’abord un fait en cours d’écriture.',
    } satisfies Voiced,
    apply: 'Mettre à jour',
    /** Said while an export, an import or a PDF is under way. */
    wait: 'La mise à jour attendra la fin de l’export, de l’import ou du PDF en cours.',
    applying: 'Mise à jour…',
  },
  install: {
    title: 'Installer Balise',
    /** Where the browser offers installation (Chrome, Edge, Samsung Internet on Android…). */
    text: 'Balise peut s’installer comme une application : elle s’ouvre alors même sans réseau. Rien n’est envoyé.',
    button: 'Installer Balise',
    /** On an iPhone or iPad, Safari has no button: the person does it from the share menu. */
    ios: {
      default:
        'Sur iPhone ou iPad, dans Safari : touchez Partager, puis « Sur l’écran d’accueil ». Balise s’ouvrira alors même sans réseau.',
      young:
        'Sur iPhone ou iPad, dans Safari : touche Partager, puis « Sur l’écran d’accueil ». Balise s’ouvrira alors même sans réseau.',
    } satisfies Voiced,
  },
  erase: {
    /** The choice offered by "Tout effacer". */
    alsoOfflineCopy: 'Effacer aussi la copie hors ligne de Balise (l’application elle-même)',
    offlineCopyHint:
      'Sans elle, Balise ne s’ouvre plus sans réseau tant qu’on ne l’a pas rouverte une fois en ligne.',
    offlineCopyItem: 'la copie de Balise gardée pour fonctionner sans réseau.',
    offlineCopyFailed: {
      default:
        'Tout a été effacé, sauf la copie hors ligne de Balise : le navigateur l’a refusé. Pour la retirer, effacez les données du site dans les réglages du navigateur.',
      young:
        'Tout a été effacé, sauf la copie hors ligne de Balise : le navigateur l’a refusé. Pour la retirer, efface les données du site dans les réglages du navigateur.',
    } satisfies Voiced,
  },
} as const;

/**
 * The neutral page "Quitter vite" leaves for when there is no network: a plain recipe, kept on
 * the device with the app, that says nothing of the subject. Written by vite.config.ts at build
 * time, at NEUTRAL_PAGE_PATH (src/content/neutral-page.ts).
 */
export const neutralPage = {
  title: 'Crêpes faciles',
  intro: 'Pour une douzaine de crêpes.',
  ingredientsTitle: 'Ingrédients',
  ingredients: [
    '250 g de farine',
    '4 œufs',
    '50 cl de lait',
    'une pincée de sel',
    '30 g de beurre fondu',
  ],
  stepsTitle: 'Préparation',
  steps: [
    'Mettre la farine et le sel dans un saladier, creuser un puits.',
    'Ajouter les œufs, puis le lait petit à petit en mélangeant.',
    'Ajouter le beurre fondu et laisser reposer une heure.',
    'Cuire dans une poêle chaude légèrement beurrée, une minute de chaque côté.',
  ],
} as const;
