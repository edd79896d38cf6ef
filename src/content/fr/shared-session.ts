import type { Voiced } from '../types.ts';

/**
 * Words of the "séance sur un ordinateur partagé" (src/stores/shared-session.ts): the page that
 * starts it, "Terminer la séance" during it, and the checklist after it. The banner and the menu
 * link are in ./ui.ts (`shared`), loaded with the first screen.
 */
export const sharedSession = {
  title: 'Séance sur un ordinateur partagé',
  lead: 'Pour accompagner quelqu’un sur un ordinateur qui n’est pas le sien : au CDI, à l’infirmerie, dans une permanence d’association.',
  howTitle: 'Comment se passe la séance',
  how: [
    {
      default:
        'Rien n’est enregistré sur cet ordinateur : les réponses, les informations des courriers et le journal des preuves, avec ses fichiers, restent dans la mémoire de cet onglet.',
    },
    {
      default:
        'Recharger la page ou fermer l’onglet termine la séance : tout ce qui a été saisi est alors perdu, sans retour possible.',
    },
    {
      default:
        'Avant la fin, imprimez le plan et les courriers, ou enregistrez-les en PDF, et exportez le journal si la personne veut le garder.',
      young:
        'Avant la fin, imprime le plan et les courriers, ou enregistre-les en PDF, et exporte le journal si tu veux le garder.',
    },
    {
      default:
        'Les fichiers téléchargés (PDF, export du journal) vont dans le dossier des téléchargements de l’ordinateur : à la fin, une liste rappelle de les supprimer.',
    },
  ] satisfies Voiced[],
  priorTitle: 'Balise garde déjà des données sur cet ordinateur',
  prior: {
    default:
      'Des réponses ou un journal des preuves, peut-être ceux d’une autre personne. Pendant la séance, ils ne sont ni montrés ni modifiés. À la fin, vous choisirez de les garder ou de les effacer.',
    young:
      'Des réponses ou un journal des preuves, peut-être ceux d’une autre personne. Pendant la séance, ils ne sont ni montrés ni modifiés. À la fin, tu choisiras de les garder ou de les effacer.',
  } satisfies Voiced,
  start: 'Commencer la séance',
  starting: 'Préparation de la séance…',
  inProgress: 'Une séance est en cours dans cet onglet : rien n’est enregistré sur cet ordinateur.',
  /** Instead of "Tout effacer" during a séance ("Mes réponses", "Effacer mes traces"). */
  eraseInSession: 'Pendant une séance, tout s’efface avec sa fin :',

  /** "Terminer la séance" (`/terminer` during a séance). */
  beforeTitle: 'Avant de terminer',
  before: {
    default:
      'Après la fin, rien de la séance ne pourra être retrouvé. La personne peut emporter, imprimés ou enregistrés en PDF :',
    young:
      'Après la fin, rien de la séance ne pourra être retrouvé. Tu peux emporter, imprimés ou enregistrés en PDF :',
  } satisfies Voiced,
  plan: 'Le plan',
  planHint:
    'sur sa page, la commande Imprimer du navigateur (Ctrl + P) donne une version sans menus, à imprimer ou à enregistrer en PDF',
  documentHint: 'PDF à télécharger, ou à imprimer',
  journal: 'Le journal des preuves',
  journalHint: 'à exporter (chiffré de préférence) depuis sa page',
  erasesTitle: 'Ce que la fin de la séance efface',
  erases: [
    'les réponses de la séance et les étapes marquées comme faites ;',
    'les informations saisies pour les courriers ;',
    'le journal des preuves de la séance, avec ses fichiers et sa phrase secrète ;',
    'la copie du journal préparée pour un téléchargement.',
  ],
  nothingBefore:
    'Balise ne gardait rien sur cet ordinateur avant la séance : tout ce qu’il garde dans ce navigateur est effacé, et il n’y reste aucun journal des preuves.',
  erasePrior:
    'Effacer aussi les données que Balise gardait avant la séance (réponses, informations des courriers, journal des preuves)',
  erasePriorHint:
    'Elles appartiennent peut-être à une autre personne. Sans cette case, elles restent sur cet ordinateur, telles quelles.',
  priorKept:
    'Les données gardées avant la séance restent sur cet ordinateur, dont le journal des preuves qui s’y trouvait.',
  priorErased:
    'Les données gardées avant la séance sont effacées aussi, dont le journal des preuves qui s’y trouvait.',
  end: 'Terminer la séance',
  confirm: 'Terminer la séance ? Tout ce qui a été saisi sera effacé, définitivement.',
  yes: 'Oui, terminer',
  ending: 'Fin de la séance…',

  /** The neutral screen after a séance (`/seance-terminee?seance=1`): a checklist. */
  endedAll: 'La séance est terminée : Balise ne garde plus rien dans ce navigateur.',
  endedKept:
    'La séance est terminée et effacée. Les données que Balise gardait avant la séance, dont un journal des preuves, sont restées sur cet ordinateur.',
  checklistTitle: 'À vérifier avant de quitter l’ordinateur',
  checklistLead: {
    default:
      'Balise ne peut pas effacer ce que le navigateur et l’ordinateur gardent. Cochez chaque point une fois fait (rien n’est enregistré).',
    young:
      'Balise ne peut pas effacer ce que le navigateur et l’ordinateur gardent. Coche chaque point une fois fait (rien n’est enregistré).',
  } satisfies Voiced,
} as const;
