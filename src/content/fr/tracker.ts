import type { AnswerOutcome, EscalationId, ReportKind } from '../../engine/index.ts';

/*
 * Words of "Suivi de mes démarches" (/suivi) and of its summary on the plan: each report the
 * person made, where it stands, and what to do when it stays unanswered or is refused.
 * Impersonal, so that the same words fit "tu" and "vous".
 */
export const trackerText = {
  title: 'Suivi de mes démarches',
  lead: 'Chaque signalement, plainte ou demande envoyée se note ici : d’après ce qui est noté, Balise rappelle les délais connus et ce qui est possible si elle reste sans réponse ou si elle est refusée. Rien ne quitte cet appareil.',
  kinds: {
    platform: 'Signalement à une plateforme',
    pharos: 'Signalement sur PHAROS',
    complaint: 'Plainte (police, gendarmerie ou procureur)',
    erasure: 'Demande d’effacement à un site',
    school: 'Signalement à l’établissement scolaire',
  } satisfies Record<ReportKind, string>,
  listTitle: 'Démarches notées',
  empty: 'Aucune démarche notée pour l’instant.',
  sentOn: 'Envoyée le {date}',
  to: 'Auprès de : {to}',
  reference: 'Référence : {reference}',
  reasons: 'Raisons données : {reasons}',
  status: {
    waiting: 'En attente de réponse.',
    waitingUntil:
      'Sans réponse pour l’instant. À partir du {due}, une autre démarche devient possible.',
    late: 'Pas de réponse notée : depuis le {due}, une autre démarche est possible.',
    done: 'Réponse du {on} : c’est fait.',
    refused: 'Réponse du {on} : refus.',
  },
  // fact: complaint.partie-civile-doyen, fact: complaint.lawyer-and-legal-aid,
  // fact: minors.partie-civile-representation, fact: time-limits.press-3-months,
  // fact: erasure.delay-and-cnil, fact: erasure.cnil-not-criminal,
  // fact: dsa.decision-and-appeals, fact: dsa.small-platforms-exempt, fact: removal.lawyer-required,
  // fact: dsa.3018-fast-removal
  next: {
    'civil-party':
      'Après un classement sans suite, ou trois mois sans décision, une plainte avec constitution de partie civile devant le doyen des juges d’instruction devient possible. Pour une plainte déposée au commissariat ou à la gendarmerie, les trois mois se comptent à partir de l’envoi d’une copie au procureur de la République, en recommandé avec avis de réception. Pour une personne mineure, ce sont les parents ou représentants légaux qui la déposent. Pour une injure ou une diffamation, elle est possible tout de suite, et il ne faut pas attendre : le délai pour agir est de 3 mois après la publication (1 an si elle est discriminatoire). Un avocat peut aider, avec l’aide juridictionnelle sous conditions de ressources.',
    'cnil-complaint':
      'Sans effacement ni réponse dans le mois, ou après un refus, une plainte peut être déposée auprès de la CNIL. Ce n’est pas une plainte pénale.',
    'platform-appeal':
      'Un refus peut être contesté : par la réclamation interne de la plateforme, puis devant un organisme certifié de règlement extrajudiciaire des litiges (la plupart des grandes plateformes doivent proposer les deux), et toujours devant le juge, en pratique avec un avocat. Pour une personne mineure, le 3018 peut aussi signaler le contenu.',
  } satisfies Record<EscalationId, string>,
  // fact: removal.no-fixed-deadline
  noDelay:
    'Aucun délai légal fixe : la plateforme doit traiter le signalement dans les meilleurs délais.',
  // fact: pharos.what-happens-next, fact: pharos.not-a-complaint
  pharosNote:
    'PHAROS ne répond pas forcément à chaque signalement ; cela ne veut pas dire que rien n’est fait. Signaler n’est pas porter plainte.',
  toStep: 'Voir l’étape du plan',
  icsSummary: '{kind} : sans réponse à partir de ce jour',
  stepLinks: 'Noter une démarche faite',
  documentLink:
    'Une fois envoyé, le noter dans le suivi : Balise dira où il en est et quoi faire ensuite.',
  stepLink: 'C’est envoyé ? Le noter dans le suivi : {kind}',
  edit: 'Modifier',
  remove: 'Supprimer',
  removeQuestion: 'Supprimer la démarche « {kind} » du {date} ? Elle ne sera plus suivie.',
  removeConfirm: 'Oui, supprimer',
  cancel: 'Annuler',
  saved: 'Démarche enregistrée.',
  removed: 'Démarche supprimée.',
  form: {
    addTitle: 'Noter une démarche',
    editTitle: 'Modifier la démarche du {date}',
    kind: 'Quelle démarche ?',
    sentOn: 'Date d’envoi ou de dépôt',
    sentOnHint: 'Le jour où le signalement, la plainte ou la demande a été envoyé.',
    to: 'Auprès de qui',
    toHint: 'Par exemple : Instagram, le commissariat de la ville, le collège.',
    reference: 'Référence ou numéro de suivi',
    referenceHint: 'Le numéro du récépissé, du ticket ou du signalement, s’il y en a un.',
    answered: 'Une réponse est arrivée',
    answeredHint: 'À cocher quand la plateforme, la police, le site ou l’établissement a répondu.',
    answerOn: 'Date de la réponse',
    outcome: 'Quelle réponse ?',
    outcomes: {
      done: 'C’est fait : retiré, effacé ou enregistré',
      // fact: complaint.must-be-registered
      refused:
        'Refus, ou plainte classée sans suite (la police et la gendarmerie ne peuvent pas refuser d’enregistrer une plainte)',
    } satisfies Record<AnswerOutcome, string>,
    reasons: 'Ce que dit la réponse',
    reasonsHint: 'Les raisons données, recopiées ou résumées.',
    save: 'Enregistrer la démarche',
    cancel: 'Annuler',
    problemsTitle: 'La démarche n’est pas encore enregistrée :',
    problems: {
      'sent-on': 'Il manque la date d’envoi.',
      'sent-on-future': 'La date d’envoi ne peut pas être après aujourd’hui.',
      'answer-on': 'Il manque la date de la réponse.',
      'answer-before-sent': 'La réponse ne peut pas être datée d’avant l’envoi.',
      'answer-future': 'La date de la réponse ne peut pas être après aujourd’hui.',
      outcome: 'Il manque la réponse reçue.',
      'too-many':
        'Le suivi est plein (200 démarches) : il faut en supprimer une pour en noter une autre.',
    },
  },
  storage: {
    full: 'Cet appareil n’a plus de place : la démarche reste affichée ici, mais elle sera perdue en fermant l’onglet. Une fois de la place libérée, l’enregistrer à nouveau la garde.',
    unavailable:
      'Ce navigateur ne laisse pas Balise garder les démarches (navigation privée ou réglage) : elles restent affichées ici jusqu’à la fermeture de l’onglet.',
    unreadable:
      'Les démarches gardées sur cet appareil n’ont pas pu être lues : elles ont été mises de côté, sans être effacées. Le suivi recommence à vide.',
    dismiss: 'J’ai compris',
  },
  plan: {
    title: 'Mes démarches',
    empty:
      'Les signalements, plaintes et demandes notés dans le suivi affichent ici où ils en sont.',
    open: 'Suivre mes démarches',
  },
} as const;
