import type { PlanCatalog } from '../types.ts';

/**
 * French words for the plan: steps, actions, reasons, warnings, documents, and the glossary
 * that inline links `[[id|mots]]` point to (questions and help lines: ./questions.ts).
 *
 * Every legal or practical statement comes from the fact base, docs/facts (ids in the `fact:`
 * comments); facts it rates « basse » or leaves open are hedged or left out (a test checks it).
 * No text promises a delay. Audiences: `young` says « tu », `default` is the adult victim
 * (« vous »), `parent` speaks of « votre enfant », `professional` of « la personne que vous
 * accompagnez », `witness` of « la personne visée ».
 */
export const fr: PlanCatalog = {
  steps: {
    emergency: {
      title: 'Se mettre en sécurité',
      summary: {
        default: 'En cas de danger maintenant, appelez les secours avant tout le reste.',
        young: 'Si tu es en danger maintenant, appelle les secours avant tout le reste.',
      },
    },
    'dont-reply': {
      title: 'Ne pas répondre',
      summary: {
        default: 'Ne répondez pas et ne partagez rien : cela évite d’aggraver les choses.',
        young: 'Ne réponds pas et ne partage rien : ça évite d’aggraver les choses.',
        parent: 'Aidez votre enfant à ne pas répondre et à ne rien partager.',
        professional: 'Aidez la personne à ne pas répondre et à ne rien partager.',
        witness: 'Ne répondez pas à l’auteur et ne partagez rien, même pour défendre.',
      },
    },
    'keep-evidence': {
      // A witness's routes to report the facts live in this step (fact: witness.routes).
      title: { default: 'Garder des preuves', witness: 'Garder une trace et signaler' },
      summary: {
        default: 'Faites des captures datées avant que les contenus disparaissent.',
        young: 'Fais des captures datées avant que les contenus disparaissent.',
        witness:
          'Gardez une trace de ce que vous avez vu. Vous pouvez aussi signaler les faits, sans porter plainte à la place de la personne.',
      },
    },
    'request-removal': {
      title: 'Faire retirer le contenu',
      summary: {
        default: 'Signalez le contenu au réseau social. S’il refuse, d’autres recours existent.',
        young: 'Signale le contenu au réseau social. S’il refuse, d’autres recours existent.',
      },
    },
    'file-complaint': {
      title: 'Porter plainte',
      summary: {
        default: 'La plainte alerte la justice. Elle est possible même sans connaître l’auteur.',
        young: 'La plainte alerte la justice. Tu peux la déposer même sans connaître l’auteur.',
        witness: 'La plainte revient à la personne visée. Votre témoignage peut l’aider.',
      },
    },
    'report-pharos': {
      title: 'Signaler à PHAROS',
      summary:
        'PHAROS est le site officiel de la police et de la gendarmerie pour signaler certains contenus publics illégaux.',
    },
  },

  actions: {
    // Emergency (emergency.* facts).
    // fact: emergency.17-police
    'call-17': {
      text: {
        default: 'Appelez le 17 si quelqu’un vous menace ou vous agresse maintenant.',
        young: 'Appelle le 17 si quelqu’un te menace ou t’agresse maintenant.',
        parent: 'Appelez le 17 si quelqu’un menace ou agresse votre enfant maintenant.',
        professional: 'Appelez le 17 si quelqu’un menace ou agresse la personne maintenant.',
        witness: 'Appelez le 17 si la personne visée est menacée ou agressée maintenant.',
      },
      detail: {
        default:
          'Police secours ou gendarmerie, gratuit, 24 h/24. Le 17 sert quand il faut intervenir tout de suite. Pour un fait qui n’est pas urgent, allez plutôt au commissariat ou à la gendarmerie.',
        young:
          'Police secours ou gendarmerie, gratuit, 24 h/24. Le 17 sert quand il faut intervenir tout de suite. Pour un fait qui n’est pas urgent, va plutôt au commissariat ou à la gendarmerie.',
      },
    },
    // fact: emergency.112-europe
    'call-112': {
      text: {
        default: 'Vous pouvez aussi appeler le 112, le numéro d’urgence européen.',
        young: 'Tu peux aussi appeler le 112, le numéro d’urgence européen.',
      },
      detail:
        'Gratuit, 24 h/24, valable dans toute l’Union européenne. Il oriente vers le bon service.',
    },
    // fact: emergency.114-sms
    'sms-114': {
      text: {
        default: 'Si vous ne pouvez pas parler, envoyez un SMS au 114.',
        young: 'Si tu ne peux pas parler, envoie un SMS au 114.',
      },
      detail:
        'Gratuit, 24 h/24. Pour les personnes sourdes ou malentendantes, ou qui ne peuvent pas parler, par exemple si l’agresseur est à côté. L’appli « Urgence 114 » permet aussi la visio ou le tchat.',
    },
    // fact: emergency.15-samu
    'call-15': {
      text: {
        default: 'Si vous vous êtes fait du mal ou si votre vie est en danger, appelez le 15.',
        young: 'Si tu t’es fait du mal ou si ta vie est en danger, appelle le 15.',
        parent: 'Si votre enfant s’est fait du mal ou si sa vie est en danger, appelez le 15.',
        professional: 'Si la personne s’est fait du mal ou si sa vie est en danger, appelez le 15.',
        witness: 'Si la personne s’est fait du mal ou si sa vie est en danger, appelez le 15.',
      },
      detail:
        'Le 15, c’est le SAMU, pour les urgences médicales : blessure, tentative de suicide, détresse vitale. Gratuit, 24 h/24.',
    },
    // fact: emergency.3114-suicide
    'call-3114': {
      text: {
        default: 'Appelez le 3114 pour parler de ce que vous ressentez.',
        young: 'Appelle le 3114 pour parler de ce que tu ressens.',
        parent: 'Appelez le 3114 : ils écoutent votre enfant, et vous conseillent aussi.',
        professional: 'Appelez le 3114 : ils conseillent aussi les professionnels.',
        witness: 'Appelez le 3114 : ils conseillent aussi l’entourage.',
      },
      detail: {
        default:
          'Numéro national de prévention du suicide. Des soignants formés répondent, 24 h/24 et 7 j/7. C’est gratuit et confidentiel.',
        young:
          'Numéro national de prévention du suicide. Des soignants formés t’écoutent, 24 h/24 et 7 j/7. C’est gratuit et confidentiel.',
      },
    },
    // fact: emergency.119-child-in-danger
    'call-119': {
      text: {
        default: 'Appelez le 119, Allô Enfance en danger.',
        young: 'Tu peux appeler le 119, Allô Enfance en danger.',
      },
      detail: {
        default:
          'Pour un enfant ou un ado en danger, ou qui risque de l’être, et pour les adultes inquiets. Gratuit, 24 h/24 et 7 j/7. L’appel n’apparaît pas sur la facture. Tchat et formulaire sur allo119.gouv.fr.',
        young:
          'C’est pour les enfants et les ados en danger. Gratuit, 24 h/24 et 7 j/7. Les appels des mineurs passent en priorité, et l’appel n’apparaît pas sur la facture. Il y a aussi un tchat sur allo119.gouv.fr.',
      },
    },

    // Sextortion, first moves (fact: sextortion.first-actions).
    'do-not-pay': {
      text: {
        default: 'Ne payez pas, même si on vous presse.',
        young: 'Ne paie pas, même si on te presse.',
        parent: 'Votre enfant ne doit pas payer, et vous non plus à sa place.',
        professional: 'Conseillez à la personne de ne pas payer, même si on la presse.',
        witness: 'Conseillez à la personne de ne pas payer, même si on la presse.',
      },
      detail: {
        default:
          'En général, le chantage continue après un paiement. Gardez les instructions de paiement (IBAN, cartes cadeaux, crypto) : ce sont des preuves.',
        young:
          'En général, le chantage continue après un paiement. Garde les instructions de paiement (IBAN, cartes cadeaux, crypto) : ce sont des preuves.',
      },
    },
    // fact: sextortion.first-actions
    'do-not-send-more': {
      text: {
        default: 'N’envoyez pas d’autres images, même sous la menace.',
        young: 'N’envoie pas d’autres images, même sous la menace.',
        parent: 'Votre enfant ne doit pas envoyer d’autres images, même sous la menace.',
        professional: 'Conseillez à la personne de ne plus rien envoyer, même sous la menace.',
        witness: 'Conseillez à la personne de ne plus rien envoyer, même sous la menace.',
      },
      detail: {
        default:
          'Céder ne fait pas cesser le chantage. Ce n’est pas votre faute : c’est l’auteur qui commet une infraction.',
        parent:
          'Céder ne fait pas cesser le chantage. Ce n’est pas la faute de votre enfant : c’est l’auteur qui commet une infraction.',
        professional:
          'Céder ne fait pas cesser le chantage. Ce n’est pas la faute de la personne : c’est l’auteur qui commet une infraction.',
        witness:
          'Céder ne fait pas cesser le chantage. Ce n’est pas la faute de la personne visée : c’est l’auteur qui commet une infraction.',
        young:
          'Céder ne fait pas cesser le chantage. Ce n’est pas ta faute : c’est l’auteur qui commet une infraction.',
      },
    },
    // fact: sextortion.first-actions, sextortion.capture-before-blocking
    // Keeping one's account is prudence, no official source states it: said as such.
    // fact: step1.do-not-delete-account
    'do-not-delete-conversation': {
      text: {
        default: 'Ne supprimez pas la conversation ; par prudence, gardez aussi votre compte.',
        young: 'Ne supprime pas la conversation ; par prudence, garde aussi ton compte.',
        parent:
          'Ne supprimez pas la conversation et demandez à votre enfant de la garder, ainsi que son compte par prudence.',
        professional:
          'Conseillez à la personne de garder la conversation et, par prudence, son compte.',
        witness: 'Conseillez à la personne de garder la conversation et, par prudence, son compte.',
      },
      detail: {
        default:
          'Elle sert de preuve. Sur certaines applis, comme Snapchat, bloquer l’auteur peut effacer aussi la conversation : capturez d’abord.',
        young:
          'Elle sert de preuve. Sur certaines applis, comme Snapchat, bloquer l’auteur peut effacer aussi la conversation : capture d’abord.',
      },
    },
    // fact: sextortion.first-actions
    'talk-to-trusted-adult': {
      text: {
        default: 'Si vous avez moins de 18 ans, parlez-en à un adulte de confiance.',
        young:
          'Parles-en à un adulte de confiance : un parent, un prof, l’infirmier ou l’infirmière scolaire…',
        parent: 'Restez près de votre enfant : il n’a pas à gérer ce chantage seul.',
        professional: 'Voyez avec la personne quel adulte de confiance peut l’épauler.',
        witness: 'Encouragez la personne à en parler à un adulte de confiance.',
      },
      detail: {
        default:
          'Personne n’a à gérer un chantage seul. L’adulte peut aider à faire les démarches.',
        young:
          'Tu n’as rien fait de mal et tu n’as pas à gérer ça seul·e. L’adulte peut t’aider à faire les démarches.',
        parent: 'Il est victime : il n’a rien fait de mal.',
      },
    },
    // fact: sextortion.first-actions, minors.3018-when-age-unknown
    'call-3018': {
      text: {
        default: 'Si vous avez moins de 18 ans, appelez le 3018.',
        young: 'Appelle le 3018, ou écris-leur sur le tchat de 3018.fr.',
        parent: 'Appelez le 3018 : il répond aussi aux parents.',
        professional: 'Proposez à la personne d’appeler le 3018.',
        witness: 'Appelez le 3018 : il répond aussi aux témoins.',
      },
      detail: {
        default:
          'Gratuit, anonyme et confidentiel, 7 j/7 de 9 h à 23 h. Son association, e-Enfance, est [[signaleur-de-confiance|signaleur de confiance]] : elle peut demander en priorité le retrait des contenus et des comptes.',
        young:
          'C’est gratuit, anonyme et confidentiel, 7 j/7 de 9 h à 23 h. Son association, e-Enfance, est [[signaleur-de-confiance|signaleur de confiance]] : elle peut demander en priorité le retrait des contenus et des comptes.',
      },
    },
    // fact: complaint.17cyber, sextortion.adult-thesee-17cyber
    'get-help-17cyber': {
      text: {
        default: 'Faites le point sur 17Cyber (17cyber.gouv.fr) : diagnostic et conseils en ligne.',
        professional:
          'Proposez à la personne de faire le point sur 17Cyber (17cyber.gouv.fr) : diagnostic et conseils en ligne.',
      },
      detail:
        'Gratuit, 24 h/24, porté par la police, la gendarmerie et Cybermalveillance.gouv.fr. Après le diagnostic, un policier ou un gendarme répond par tchat si c’est grave. 17Cyber oriente ; il ne remplace pas la plainte.',
    },

    // Don't reply (step1.* facts).
    // fact: step1.do-not-reply
    'do-not-reply': {
      text: {
        default: 'Ne répondez pas et ne cherchez pas à vous venger.',
        young: 'Ne réponds pas et ne cherche pas à te venger.',
        parent: 'Conseillez à votre enfant de ne pas répondre et de ne pas se venger.',
        professional: 'Conseillez à la personne de ne pas répondre et de ne pas se venger.',
        witness: 'Ne répondez pas à l’auteur et n’entrez pas dans la dispute.',
      },
      detail: {
        default:
          'Répondre relance souvent l’échange. Ne pas répondre n’est pas une faiblesse : c’est se protéger.',
        young:
          'Répondre relance souvent l’échange. Ne pas répondre, ce n’est pas être faible : c’est te protéger.',
        parent: 'Répondre relance souvent l’échange. Rappelez-lui qu’il n’a rien fait de mal.',
        professional: 'Répondre relance souvent l’échange. Rappelez-lui que ce n’est pas sa faute.',
        witness: 'Répondre à sa place peut relancer l’échange. Votre soutien compte plus en privé.',
      },
    },
    // fact: step1.do-not-share-illegal-content
    'do-not-share': {
      text: {
        default: 'Ne partagez pas le contenu, même pour le dénoncer.',
        young: 'Ne partage pas le contenu, même pour le dénoncer.',
        parent: 'Ne partagez pas le contenu, et demandez à votre enfant de ne pas le faire.',
        professional: 'Ne partagez pas le contenu, et demandez à la personne de ne pas le faire.',
        witness: 'Ne partagez pas et ne transférez pas le contenu, même pour défendre la personne.',
      },
      detail: {
        default:
          'Partager le fait voir à plus de monde. Pour le faire retirer, signalez-le plutôt.',
        young: 'Partager le fait voir à plus de monde. Pour le faire retirer, signale-le plutôt.',
      },
    },
    // fact: step1.keep-evidence-before-deletion, platform.common.capture-first
    'capture-before-blocking': {
      text: {
        default: 'Avant de bloquer ou de supprimer quoi que ce soit, gardez des preuves.',
        young: 'Avant de bloquer ou de supprimer quoi que ce soit, garde des preuves.',
        parent:
          'Avant de bloquer ou de supprimer quoi que ce soit, gardez des preuves avec votre enfant.',
        professional:
          'Avant de bloquer ou de supprimer quoi que ce soit, aidez la personne à garder des preuves.',
      },
      // fact: platform.snapchat.block-removes-chat, sextortion.capture-before-blocking, step1.do-not-delete-account
      detail: {
        parent:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. Vous pouvez aussi signaler d’abord dans l’appli. Par prudence, évitez de supprimer son compte. Jamais de capture d’une image intime d’un mineur : capturez le reste (messages, profil) en recadrant.',
        professional:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. La personne peut aussi signaler d’abord dans l’appli. Par prudence, mieux vaut ne pas supprimer son compte. Jamais de capture d’une image intime d’un mineur : seulement le reste (messages, profil), en recadrant.',
        default:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. Vous pouvez aussi signaler d’abord dans l’appli. Par prudence, ne supprimez pas non plus votre compte. Jamais de capture d’une image intime d’un mineur : capturez le reste (messages, profil) en recadrant.',
        young:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. Tu peux aussi signaler d’abord dans l’appli. Par prudence, ne supprime pas non plus ton compte. Jamais de capture d’une image intime : capture le reste (messages, profil) en recadrant.',
      },
    },
    // fact: step1.do-not-reply
    'block-and-report-author': {
      text: {
        default: 'Ensuite, bloquez la personne et signalez son compte au réseau social.',
        young: 'Ensuite, bloque la personne et signale son compte au réseau social.',
        parent: 'Ensuite, aidez votre enfant à bloquer la personne et à signaler son compte.',
        professional: 'Ensuite, aidez la personne à bloquer l’auteur et à signaler son compte.',
      },
      detail:
        'Bloquer empêche de nouveaux messages. En général, le réseau ne dit pas à l’auteur qui l’a signalé.',
    },
    // fact: step1.restrict-audience
    'restrict-audience': {
      text: {
        default: 'Passez vos comptes en privé et retirez les contacts dont vous ne voulez plus.',
        young: 'Passe tes comptes en privé et retire les contacts dont tu ne veux plus.',
        parent: 'Aidez votre enfant à passer ses comptes en privé et à trier ses contacts.',
        professional: 'Aidez la personne à passer ses comptes en privé et à trier ses contacts.',
      },
      detail: {
        parent:
          'Dans les paramètres de confidentialité : compte privé, liste d’amis masquée, alerte quand on l’identifie sur une photo.',
        professional:
          'Dans les paramètres de confidentialité : compte privé, liste d’amis masquée, alerte quand on l’identifie sur une photo.',
        default:
          'Dans les paramètres de confidentialité : compte privé, liste d’amis masquée, alerte quand on vous identifie sur une photo.',
        young:
          'Dans les paramètres de confidentialité : compte privé, liste d’amis masquée, alerte quand on t’identifie sur une photo.',
      },
    },

    // fact: adults.secure-accounts (17Cyber for an adult; the 3018 for a young person).
    'secure-accounts': {
      text: {
        default:
          'Protégez vos comptes : changez vos mots de passe et activez la double authentification.',
        young:
          'Protège tes comptes : change tes mots de passe et active la double authentification.',
        parent:
          'Aidez votre enfant à protéger ses comptes : nouveaux mots de passe, double authentification.',
        professional:
          'Aidez la personne à protéger ses comptes : nouveaux mots de passe, double authentification.',
      },
      detail: {
        default:
          'Un mot de passe différent pour chaque compte, et un code de confirmation à chaque connexion. Si un compte a été piraté ou usurpé, 17Cyber (17cyber.gouv.fr) fait un diagnostic en ligne et vous conseille.',
        young:
          'Un mot de passe différent pour chaque compte, et un code de confirmation à chaque connexion. Si un compte a été piraté, parles-en à un adulte de confiance ou au 3018.',
        parent:
          'Un mot de passe différent pour chaque compte, et un code de confirmation à chaque connexion. Si un compte a été piraté, le 3018 peut vous conseiller.',
      },
    },
    // fact: parents.talk-without-blaming
    'talk-without-blaming': {
      text: 'Parlez avec votre enfant sans le culpabiliser : ce n’est pas sa faute.',
      detail:
        'Écoutez-le et dites-lui qu’il a bien fait d’en parler. Le 3018 conseille aussi les parents.',
    },
    // fact: witness.joining-in-is-a-raid (C. pén. 222-33-2-2, last paragraph).
    'do-not-join-in': {
      text: 'Ne likez pas, ne commentez pas et ne partagez pas, même pour plaisanter.',
      detail:
        'Quand plusieurs personnes s’en prennent à quelqu’un, chacune peut être poursuivie pour [[harcelement|harcèlement]], même si elle n’a agi qu’une fois : c’est un « raid ». Un « j’aime », un commentaire ou un partage peut suffire à y participer.',
    },

    // Keep evidence (evidence.* facts).
    // Sextortion: capture everything but the images.
    // fact: sextortion.what-to-capture
    'capture-blackmail-without-images': {
      text: {
        default:
          'Capturez les messages de chantage et le profil de l’auteur, sans aucune image intime.',
        young:
          'Capture les messages de chantage et le profil de l’auteur, sans aucune image intime.',
        parent:
          'Avec votre enfant, capturez les messages de chantage et le profil de l’auteur, sans aucune image intime.',
        professional:
          'Aidez la personne à capturer les messages de chantage et le profil de l’auteur, sans image intime.',
        witness: 'Si vous avez vu le chantage, notez le pseudo et le lien du profil de l’auteur.',
      },
      detail: {
        default:
          'À garder : les menaces, le pseudo, l’identifiant et le lien du profil, les instructions de paiement (IBAN, cartes cadeaux, crypto), la liste des contacts menacés. Recadrez ou faites défiler pour qu’aucune image intime ni vignette n’apparaisse. Ne transférez rien. Vous pouvez aussi signaler d’abord dans l’appli, qui garde une copie.',
        young:
          'À garder : les menaces, le pseudo, l’identifiant et le lien du profil, les instructions de paiement (IBAN, cartes cadeaux, crypto), la liste des contacts menacés. Recadre ou fais défiler pour qu’aucune image intime ni vignette n’apparaisse. Ne transfère rien. Tu peux aussi signaler d’abord dans l’appli, qui garde une copie.',
      },
    },
    // fact: evidence.capture-date-and-url, evidence.capture-author-handle
    'capture-date-time-url-author': {
      text: {
        default: 'Faites une capture de chaque message ou publication.',
        young: 'Fais une capture de chaque message ou publication.',
        parent: 'Faites, avec votre enfant, une capture de chaque message ou publication.',
        professional: 'Aidez la personne à faire une capture de chaque message ou publication.',
        witness: 'Si vous le pouvez, faites une capture de ce que vous avez vu.',
      },
      detail: {
        default:
          'Une bonne capture montre la date, l’heure, le lien ([[url|adresse URL]]), le pseudo de l’auteur et tout le contenu. Ces preuves comptent même si cela dure depuis des années.',
        young:
          'Une bonne capture montre la date, l’heure, le lien ([[url|adresse URL]]), le pseudo de l’auteur et tout le contenu. Ces preuves comptent même si ça dure depuis longtemps.',
        witness:
          'Une bonne capture montre la date et l’heure, le lien ([[url|adresse URL]]), le pseudo de l’auteur et tout le contenu. Vous pourrez la donner à la personne visée.',
      },
    },
    // fact: evidence.gather-dated-evidence
    'capture-private-messages': {
      text: {
        default: 'Capturez aussi les messages privés et les images reçues.',
        young: 'Capture aussi les messages privés et les images reçues.',
        witness: 'Capturez aussi les messages privés que vous avez vus.',
      },
      detail: {
        default:
          'Messages privés et courriels comptent comme preuves. Certains messages disparaissent tout seuls : ne tardez pas.',
        young:
          'Messages privés et courriels comptent comme preuves. Certains messages disparaissent tout seuls : ne tarde pas.',
      },
    },
    // fact: offences.group-harassment-raid
    'capture-every-account': {
      text: {
        default: 'Faites une capture pour chaque compte qui a participé.',
        young: 'Fais une capture pour chaque compte qui a participé.',
        witness: 'Notez chaque compte qui a participé.',
      },
      detail: {
        default:
          'Quand plusieurs personnes s’y mettent, cela peut aussi être du harcèlement, même si chacune n’a écrit qu’une fois. Notez le pseudo de chaque compte.',
        young:
          'Quand plusieurs personnes s’y mettent, ça peut aussi être du harcèlement, même si chacune n’a écrit qu’une fois. Note le pseudo de chaque compte.',
      },
    },
    // fact: evidence.gather-dated-evidence
    'keep-in-journal': {
      text: {
        default: 'Rangez vos preuves dans le journal de Balise, avec la date de chaque fait.',
        young: 'Range tes preuves dans le journal de Balise, avec la date de chaque fait.',
        parent: 'Rangez les preuves dans le journal de Balise, avec la date de chaque fait.',
        professional: 'Rangez les preuves dans le journal de Balise, avec la date de chaque fait.',
        witness: 'Notez dans le journal de Balise ce que vous avez vu, et quand.',
      },
      detail: {
        default:
          'Le journal reste sur cet appareil. Chaque preuve doit être datée : c’est ce que demandent la plainte et le signalement.',
        young:
          'Le journal reste sur ton appareil. Chaque preuve doit être datée : c’est ce que demandent la plainte et le signalement.',
      },
    },
    // fact: evidence.gather-dated-evidence
    'witness-statement': {
      text: {
        default: 'Demandez aux témoins d’écrire une [[attestation-de-temoin|attestation]].',
        young: 'Demande aux témoins d’écrire une [[attestation-de-temoin|attestation]].',
        witness: 'Vous pouvez témoigner en écrivant une [[attestation-de-temoin|attestation]].',
      },
      detail: {
        default:
          'Le témoin remplit le formulaire officiel d’attestation de témoin (cerfa). Il indique son identité complète, ce qu’il a vu, et il la date.',
        witness:
          'Remplissez le formulaire officiel d’attestation de témoin (cerfa) : votre identité complète, ce que vous avez vu, la date. Donnez-la à la personne visée ou à sa famille.',
      },
    },
    // Witnesses (fact: witness.report-to-procureur, fact: witness.routes).
    'witness-report-to-procureur': {
      text: 'Vous pouvez signaler les faits au [[procureur|procureur de la République]], par écrit.',
      detail:
        'Vous ne portez pas plainte à la place de la personne visée, mais chacun peut dénoncer des faits à la justice (article 40 du Code de procédure pénale). Décrivez ce que vous avez vu, avec les dates, les liens et les pseudos.',
    },
    // fact: witness.routes, emergency.masecurite-chat
    'witness-talk-to-police-online': {
      text: 'Vous pouvez aussi en parler à un policier ou un gendarme par tchat, sur [[ma-securite|Ma Sécurité]], ou passer par 17Cyber.',
      detail:
        'Le tchat de Ma Sécurité répond 24 h/24 et 7 j/7, discrètement. 17Cyber (17cyber.gouv.fr) fait un diagnostic en ligne et oriente. Ni l’un ni l’autre n’est une plainte.',
    },
    // fact: witness.routes, emergency.119-child-in-danger
    'witness-call-119': {
      text: 'Si un enfant ou un ado est en danger, ou risque de l’être, appelez le 119.',
      detail:
        'Allô Enfance en danger écoute aussi les adultes inquiets. Gratuit, 24 h/24 et 7 j/7. Si la personne a moins de 18 ans, le 3018 répond aussi aux témoins de cyberharcèlement.',
    },
    // fact: evidence.gather-dated-evidence
    'medical-certificate': {
      text: {
        default:
          'Si cela vous touche (sommeil, peur, stress), un médecin peut le noter dans un certificat.',
        young:
          'Si ça te touche (sommeil, peur, stress), un médecin peut le noter dans un certificat.',
        parent:
          'Si votre enfant en souffre (sommeil, peur, stress), un médecin peut le noter dans un certificat.',
        professional:
          'Si la personne en souffre (sommeil, peur, stress), un médecin peut le noter dans un certificat.',
      },
      detail:
        'Le certificat médical fait partie des preuves reconnues. Il doit être daté, comme les autres preuves.',
    },
    // fact: evidence.commissaire-de-justice, evidence.huissier-renamed (no price: the base gives none)
    'commissaire-de-justice': {
      text: {
        default:
          'Pour une preuve plus solide, faites constater les contenus par un [[commissaire-de-justice|commissaire de justice]].',
        young:
          'Avec un adulte, tu peux faire constater les contenus par un [[commissaire-de-justice|commissaire de justice]].',
      },
      detail: {
        default:
          'C’est le nouveau nom de l’huissier. Son constat est payant et les prix varient beaucoup : demandez un devis. Les captures restent utiles.',
        young:
          'C’est le nouveau nom de l’huissier. Son constat est payant et les prix varient beaucoup : il faut demander un devis. Tes captures restent utiles.',
      },
    },
    // fact: offences.child-sexual-images-227-23, platform.common.never-copy-child-sexual-images
    'do-not-capture-sexual-content-of-minor': {
      text: {
        default:
          'Ne faites pas de capture de ces images, ne les copiez pas et ne les envoyez à personne.',
        young:
          'Ne fais pas de capture de ces images, ne les copie pas et ne les envoie à personne.',
      },
      detail: {
        default:
          'Copier ou envoyer des images sexuelles d’un mineur est interdit, même pour prouver ou pour aider. Les messages, le profil de l’auteur ou le lien suffisent.',
        young:
          'C’est interdit, même pour prouver, même vers un adulte qui t’aide. Ce n’est pas ta faute : les messages, le profil de l’auteur ou le lien suffisent.',
      },
    },
    // fact: sextortion.copy-ban-images-only
    'keep-url-and-handle-only': {
      text: {
        default: 'Pour ces images, notez seulement le lien (adresse URL) et le pseudo du compte.',
        young: 'Pour ces images, note seulement le lien (adresse URL) et le pseudo du compte.',
      },
      detail: {
        default:
          'Ajoutez la date et l’heure où vous l’avez vu, et le nom du réseau. C’est ce que demandent les formulaires de signalement.',
        young:
          'Ajoute la date et l’heure où tu l’as vu, et le nom du réseau. C’est ce que demandent les formulaires de signalement.',
      },
    },
    // fact: parents.do-not-transfer-images (C. pén. 227-23).
    'parent-do-not-transfer-images': {
      text: 'Ne transférez pas les images de votre enfant sur votre propre téléphone, même pour les garder comme preuve.',
      detail:
        'Copier ou envoyer une image sexuelle d’un mineur est interdit, même avec une bonne intention. Notez plutôt où elle se trouve : le lien, le pseudo du compte, la date.',
    },

    // Request removal (sections 3.1 to 3.5).
    // fact: removal.host-must-offer-reporting, removal.report-contents
    'report-to-platform': {
      text: {
        default: 'Signalez le contenu avec l’outil de signalement du réseau social ou du site.',
        young: 'Signale le contenu avec l’outil de signalement du réseau social ou du site.',
      },
      detail: {
        default:
          'Chaque réseau doit proposer un signalement simple, en ligne. Pour un site, cherchez l’[[hebergeur|hébergeur]] dans les « mentions légales ». Inutile de contacter l’auteur avant.',
        young:
          'Chaque réseau doit proposer un signalement simple, en ligne. Pour un site, cherche l’[[hebergeur|hébergeur]] dans les « mentions légales ». Pas besoin de contacter l’auteur avant.',
      },
    },
    // fact: platform.common.never-copy-child-sexual-images, platform.pointdecontact.role
    'report-without-attaching-content': {
      text: {
        default: 'Signalez avec le lien seulement, sans joindre les images.',
        young: 'Signale avec le lien seulement, sans joindre les images.',
      },
      detail: {
        default:
          'Pour des images sexuelles de mineurs, votre nom et votre courriel ne sont pas obligatoires. Point de Contact reçoit aussi les signalements, de façon anonyme et gratuite.',
        young:
          'Pour ce type d’images, ton nom et ton courriel ne sont pas obligatoires. Point de Contact reçoit aussi les signalements, de façon anonyme et gratuite.',
      },
    },
    // fact: dsa.art16-notice
    'send-dsa-notice': {
      text: {
        default:
          'Si cela ne suffit pas, envoyez une notification complète, prévue par le [[dsa|règlement européen DSA]].',
        young:
          'Si ça ne suffit pas, envoie une notification complète, prévue par le [[dsa|règlement européen DSA]].',
      },
      detail: {
        default:
          'Ce message doit contenir : pourquoi c’est illégal, l’adresse exacte, votre nom et courriel, une phrase de bonne foi. Bien informée, la plateforme peut engager sa responsabilité si elle ne retire pas vite un contenu manifestement illégal.',
        young:
          'Ce message doit contenir : pourquoi c’est illégal, l’adresse exacte, ton nom et courriel, une phrase de bonne foi. Bien informée, la plateforme peut engager sa responsabilité si elle ne retire pas vite un contenu manifestement illégal.',
      },
    },
    // fact: dsa.3018-fast-removal, dsa.e-enfance-trusted-flagger
    'call-3018-fast-removal': {
      text: {
        default: 'Appelez le 3018 : il peut demander le retrait plus vite.',
        young: 'Appelle le 3018 : il peut demander le retrait plus vite.',
        witness: 'Appelez le 3018 : il aide aussi les témoins.',
      },
      detail: {
        default:
          'Gratuit, anonyme et confidentiel, 7 j/7 de 9 h à 23 h. Son association, e-Enfance, est [[signaleur-de-confiance|signaleur de confiance]]  : la plupart des grandes plateformes doivent traiter ses demandes en priorité. Tchat sur 3018.fr et appli 3018.',
        young:
          'Gratuit, anonyme et confidentiel, 7 j/7 de 9 h à 23 h. Son association, e-Enfance, est [[signaleur-de-confiance|signaleur de confiance]]  : la plupart des grandes plateformes doivent traiter ses demandes en priorité. Tu peux aussi écrire sur le tchat de 3018.fr.',
      },
    },
    // fact: erasure.any-age-for-data-published-while-minor, erasure.exceptions
    'request-erasure-minor-data': {
      text: {
        default: 'Demandez au site d’effacer ce qui a été publié quand vous aviez moins de 18 ans.',
        young: 'Demande au site d’effacer tes données : c’est un droit quand on est mineur·e.',
        parent:
          'Demandez au site d’effacer les données publiées quand votre enfant était mineur : c’est un droit, à tout âge.',
        professional:
          'Aidez la personne à demander au site d’effacer ses données publiées avant ses 18 ans : c’est un droit, à tout âge.',
      },
      // fact: erasure.any-age-for-data-published-while-minor, erasure.exceptions
      detail: {
        default:
          'C’est le [[droit-a-l-effacement|droit à l’effacement]] des données publiées pendant la minorité : il vaut aussi une fois adulte. Le site doit effacer dans les meilleurs délais, mais il peut invoquer des exceptions, comme la liberté d’expression et d’information ou une obligation légale.',
        young:
          'C’est le [[droit-a-l-effacement|droit à l’effacement]] des mineurs. En général, tu peux le demander toi-même, sans l’accord de tes parents. Le site peut invoquer des exceptions, comme la liberté d’information.',
        parent:
          'C’est le [[droit-a-l-effacement|droit à l’effacement]] des données publiées pendant la minorité. En général, votre enfant peut aussi le demander lui-même. Le site peut invoquer des exceptions, comme la liberté d’expression et d’information.',
      },
    },
    // fact: erasure.delay-and-cnil
    'cnil-after-one-month': {
      text: {
        default: 'Sans effacement ni réponse au bout d’un mois, saisissez la [[cnil|CNIL]].',
        parent:
          'Sans effacement ni réponse au bout d’un mois, vous pouvez saisir la [[cnil|CNIL]].',
        professional:
          'Sans effacement ni réponse au bout d’un mois, la personne ou sa famille peut saisir la [[cnil|CNIL]].',
        young: 'Sans effacement ni réponse au bout d’un mois, tu peux saisir la [[cnil|CNIL]].',
      },
      detail:
        'Plainte en ligne sur cnil.fr, ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07. La CNIL s’occupe des données, pas de l’infraction : la plainte pénale reste une autre démarche.',
    },
    // fact: platform.takeitdown.home, platform.choice-by-age
    'take-it-down': {
      text: {
        default:
          'Utilisez Take It Down pour aider à bloquer la diffusion d’images intimes prises avant 18 ans.',
        young: 'Utilise Take It Down pour aider à bloquer la diffusion de tes images intimes.',
        parent:
          'Utilisez Take It Down, avec votre enfant, pour aider à bloquer la diffusion de ces images.',
        professional:
          'Proposez Take It Down à la personne pour aider à bloquer la diffusion de ces images.',
      },
      detail: {
        default:
          'Service gratuit et anonyme d’une association américaine (NCMEC). Une empreinte de l’image est calculée sur l’appareil : l’image ne part pas et personne ne la voit. Les plateformes participantes peuvent alors retirer les copies. Ne téléchargez et n’envoyez rien. Site : takeitdown.ncmec.org.',
        young:
          'C’est gratuit et anonyme. Une empreinte de l’image est calculée sur ton téléphone : l’image ne part pas et personne ne la voit. Les plateformes participantes peuvent alors retirer les copies. Un adulte de confiance peut t’aider. Site : takeitdown.ncmec.org.',
      },
    },
    // fact: platform.stopncii.home, platform.stopncii.who
    stopncii: {
      text: {
        default: 'Utilisez StopNCII.org pour aider à bloquer la diffusion de vos images intimes.',
        parent:
          'Proposez StopNCII.org à votre enfant pour aider à bloquer la diffusion de ses images intimes.',
        professional:
          'Proposez StopNCII.org à la personne pour aider à bloquer la diffusion de ses images intimes.',
      },
      detail:
        'Outil gratuit pour les personnes majeures sur l’image. Une empreinte est calculée sur l’appareil : l’image n’est pas envoyée. Les plateformes partenaires peuvent alors retirer les copies. Déjà en ligne ? Signalez-la aussi. Gardez le numéro de dossier et le code PIN : ils ne sont pas récupérables. Image prise avant 18 ans : utilisez plutôt Take It Down.',
    },
    // fact: removal.search-delisting
    'search-delisting': {
      text: {
        default:
          'Demandez aux moteurs de recherche de ne plus afficher la page quand on tape votre nom.',
        young:
          'Demande aux moteurs de recherche de ne plus afficher la page quand on tape ton nom.',
        parent:
          'Demandez aux moteurs de recherche de ne plus afficher la page sur le nom de votre enfant.',
        professional:
          'Aidez la personne à demander aux moteurs de recherche de ne plus afficher la page sur son nom.',
      },
      detail: {
        default:
          'C’est le [[dereferencement|déréférencement]] : la page reste en ligne, mais on la trouve moins. Utilisez le formulaire du moteur, avec vos preuves et une pièce d’identité. Sans réponse sous un mois, ou si elle ne convient pas, vous pouvez saisir la CNIL.',
        professional:
          'C’est le [[dereferencement|déréférencement]] : la page reste en ligne, mais on la trouve moins. Le formulaire du moteur demande les preuves et une pièce d’identité. Sans réponse sous un mois, la CNIL peut être saisie.',
        young:
          'C’est le [[dereferencement|déréférencement]] : la page reste en ligne, mais on la trouve moins. Il faut remplir le formulaire du moteur, avec tes preuves et une pièce d’identité. Sans réponse sous un mois, tu peux saisir la CNIL.',
      },
    },
    // fact: dsa.decision-and-appeals
    'wait-for-platform-decision': {
      text: {
        default: 'Attendez la réponse : la plateforme doit vous dire ce qu’elle a décidé.',
        young: 'Attends la réponse : la plateforme doit te dire ce qu’elle a décidé.',
      },
      detail: {
        default:
          'Elle doit accuser réception, puis donner sa décision et les recours possibles. La loi ne fixe pas de délai précis : elle demande d’agir « dans les meilleurs délais ». Gardez tous ses messages.',
        young:
          'Elle doit accuser réception, puis donner sa décision et les recours possibles. La loi ne fixe pas de délai précis. Garde tous ses messages.',
      },
    },
    // fact: dsa.decision-and-appeals, dsa.small-platforms-exempt
    'platform-internal-appeal': {
      text: {
        default: 'Contestez la décision avec l’outil de réclamation de la plateforme.',
        young: 'Conteste la décision avec l’outil de réclamation de la plateforme.',
      },
      detail: {
        default:
          'La plupart des grandes plateformes doivent avoir un système interne de réclamation (les très petites n’y sont pas tenues). Cherchez « contester » ou « faire appel » dans sa réponse. Sans réponse, relancez-la avec une notification écrite.',
        young:
          'La plupart des grandes plateformes doivent avoir un système interne de réclamation (les très petites n’y sont pas tenues). Cherche « contester » ou « faire appel » dans sa réponse. Sans réponse, relance-la avec une notification écrite.',
      },
    },
    // fact: dsa.decision-and-appeals, dsa.small-platforms-exempt
    'out-of-court-body': {
      text: {
        default:
          'Vous pouvez aussi saisir un [[reglement-extrajudiciaire|organisme de règlement des litiges]] certifié.',
        young:
          'Tu peux aussi saisir un [[reglement-extrajudiciaire|organisme de règlement des litiges]] certifié.',
      },
      detail:
        'Par exemple Appeals Centre Europe, pour Facebook, TikTok ou YouTube. Les frais sont très faibles. La plupart des grandes plateformes doivent jouer le jeu ; les très petites n’y sont pas tenues. Son avis n’oblige pas la plateforme, mais le juge reste toujours possible.',
    },
    // fact: removal.accelerated-procedure, removal.lawyer-required
    'judge-through-lawyer': {
      text: {
        default: 'Un juge peut ordonner le retrait : il faut en pratique passer par un avocat.',
        young: 'Avec tes parents, tu peux demander à un juge d’ordonner le retrait, par un avocat.',
      },
      detail:
        'Le président du tribunal judiciaire peut ordonner à la plateforme ou à l’hébergeur de faire cesser le dommage, par la [[procedure-acceleree-au-fond|procédure accélérée au fond]] ou par un [[refere|référé]]. Dans les deux cas, il faut en pratique un avocat : il choisit la voie. L’[[aide-juridictionnelle|aide juridictionnelle]] peut payer tout ou partie des frais, selon les revenus.',
    },

    // File a complaint (complaint.*, minors.* and school.* facts).
    // fact: complaint.any-station-contre-x
    'file-at-police-or-gendarmerie': {
      text: {
        default: 'Portez plainte dans n’importe quel commissariat ou gendarmerie.',
        young: 'Tu peux porter plainte dans n’importe quel commissariat ou gendarmerie.',
        parent: 'La plainte se dépose dans n’importe quel commissariat ou gendarmerie.',
        professional: 'La plainte se dépose dans n’importe quel commissariat ou gendarmerie.',
      },
      detail: {
        default:
          'Apportez vos preuves et le nom des témoins. On vous remet un [[recepisse|récépissé]] : gardez-le.',
        young:
          'Apporte tes preuves et le nom des témoins. On te remet un [[recepisse|récépissé]] : garde-le.',
      },
    },
    // fact: complaint.must-be-registered
    'police-must-register': {
      text: {
        default:
          'La police et la gendarmerie doivent enregistrer votre plainte : elles ne peuvent pas la refuser.',
        young: 'La police et la gendarmerie doivent enregistrer ta plainte, quel que soit ton âge.',
        parent:
          'La police et la gendarmerie doivent enregistrer la plainte : elles ne peuvent pas la refuser.',
        professional:
          'La police et la gendarmerie doivent enregistrer la plainte : elles ne peuvent pas la refuser.',
      },
      detail: {
        default:
          'C’est l’article 15-3 du Code de procédure pénale. Si on vous propose une [[main-courante|main courante]], vous pouvez demander une vraie plainte. La main courante ne lance pas d’enquête.',
        young:
          'C’est l’article 15-3 du Code de procédure pénale. Si on te propose une [[main-courante|main courante]], tu peux demander une vraie plainte. La main courante ne lance pas d’enquête.',
      },
    },
    // fact: complaint.any-station-contre-x
    'complaint-against-named-author': {
      text: {
        default: 'Donnez le nom de l’auteur dans la plainte.',
        young: 'Donne le nom de l’auteur dans ta plainte.',
      },
      detail: {
        default:
          'Ajoutez ses pseudos et les liens vers ses comptes. La plainte peut aussi viser l’hébergeur du contenu.',
        young:
          'Ajoute ses pseudos et les liens vers ses comptes. La plainte peut aussi viser l’hébergeur du contenu.',
      },
    },
    // fact: complaint.any-station-contre-x
    'complaint-against-x': {
      text: {
        default:
          'Sans connaître l’auteur, vous pouvez porter une [[plainte-contre-x|plainte contre X]].',
        young:
          'Même sans connaître l’auteur, tu peux porter une [[plainte-contre-x|plainte contre X]].',
        parent:
          'Sans connaître l’auteur, il est possible de porter une [[plainte-contre-x|plainte contre X]].',
        professional:
          'Sans connaître l’auteur, il est possible de porter une [[plainte-contre-x|plainte contre X]].',
      },
      detail: {
        default: 'Donnez tout ce que vous savez : pseudos, liens des comptes, captures.',
        young: 'Donne tout ce que tu sais : pseudos, liens des comptes, captures.',
      },
    },
    // fact: complaint.no-online-complaint-for-harassment, fact: complaint.visioplainte-uncertain.
    'online-complaint-not-possible': {
      text: {
        default:
          'Pour du harcèlement, des menaces ou des injures, la plainte en ligne n’est pas possible à ce jour.',
        young:
          'Pour du harcèlement, des menaces ou des insultes, tu ne peux pas porter plainte en ligne à ce jour.',
      },
      detail: {
        default:
          'Il faut aller au commissariat ou à la gendarmerie, ou écrire au procureur. Renseignez-vous sur [[ma-securite|Ma Sécurité]] : un dépôt de plainte en vidéo a été expérimenté.',
        young:
          'Il faut aller au commissariat ou à la gendarmerie, ou écrire au procureur. Renseigne-toi sur [[ma-securite|Ma Sécurité]] : un dépôt de plainte en vidéo a été expérimenté.',
      },
    },
    // fact: complaint.thesee-adults-only (CPP D8-2-1).
    'thesee-online-complaint': {
      text: 'Pour un chantage en ligne, vous pouvez porter plainte en ligne sur THESEE.',
      detail:
        'THESEE reçoit en ligne les plaintes pour escroquerie, chantage et certaines extorsions liées à internet, avec une connexion FranceConnect. Pour le harcèlement, les menaces ou les injures, la plainte en ligne n’est pas possible à ce jour.',
    },
    // fact: complaint.letter-to-procureur, complaint.letter-contents, complaint.letter-sending
    'letter-to-procureur': {
      text: {
        default: 'Vous pouvez aussi écrire au [[procureur|procureur de la République]].',
        young: 'Tu peux aussi écrire au [[procureur|procureur de la République]].',
      },
      detail: {
        default:
          'Envoyez-la au tribunal judiciaire du lieu des faits ou du domicile de l’auteur. Le recommandé avec accusé de réception est conseillé. En cas de doute sur le tribunal, portez plutôt plainte au commissariat : il transmet.',
        young:
          'Envoie-la au tribunal judiciaire du lieu des faits ou du domicile de l’auteur, de préférence en recommandé. En cas de doute, va plutôt au commissariat : il transmet.',
      },
    },
    // fact: minors.can-file-alone
    'minor-may-file-alone': {
      text: {
        default: 'Un mineur peut porter plainte seul, quel que soit son âge.',
        young: 'Tu peux porter plainte seul·e, quel que soit ton âge.',
        parent: 'Votre enfant peut porter plainte seul, quel que soit son âge.',
        professional: 'La personne peut porter plainte seule, quel que soit son âge.',
      },
      detail: {
        default:
          'Il peut venir accompagné d’un parent, d’un adulte de confiance ou d’une association d’aide aux victimes.',
        parent:
          'Il peut venir avec vous, un autre adulte de confiance ou une association d’aide aux victimes. On ne peut pas refuser sa plainte à cause de son âge.',
        professional:
          'Elle peut venir accompagnée d’un parent, d’un adulte de confiance ou d’une association d’aide aux victimes.',
        young:
          'Tu peux venir avec un parent, un adulte de confiance ou une association. Des questions ? Le tchat Espace Mineurs de Ma Sécurité répond 24 h/24.',
      },
    },
    // fact: minors.parents-can-file
    'parents-may-file-for-child': {
      text: {
        default: 'Les parents peuvent aussi porter plainte au nom de l’enfant.',
        young: 'Tes parents peuvent aussi porter plainte en ton nom.',
        parent: 'Vous pouvez porter plainte au nom de votre enfant.',
      },
      detail: {
        default:
          'Ils peuvent le faire même sans l’accord de l’enfant. Mieux vaut en parler avec lui avant.',
        young: 'Tu peux en parler avec eux, ou avec un adulte de confiance.',
        parent: 'C’est possible même sans son accord. Mieux vaut en parler avec lui avant.',
      },
    },
    // fact: minors.partie-civile-representation
    'civil-party-through-parents': {
      text: {
        default:
          'Pour être indemnisé, le mineur est représenté par ses parents : c’est la [[partie-civile|constitution de partie civile]].',
        young:
          'Pour demander réparation, tes parents doivent agir pour toi : c’est la [[partie-civile|partie civile]].',
        parent:
          'Pour que votre enfant soit indemnisé, vous le représentez : c’est la [[partie-civile|constitution de partie civile]].',
      },
      detail: {
        default:
          'C’est possible jusqu’à l’audience. Si les parents sont en cause, le juge désigne un [[administrateur-ad-hoc|administrateur ad hoc]] pour représenter l’enfant.',
        young:
          'Réparation veut dire de l’argent pour le tort subi. Si tes parents sont en cause, le juge désigne un autre adulte pour te représenter.',
      },
    },
    // fact: minors.espace-mineurs (Ma Sécurité, 20/11/2025).
    'espace-mineurs-chat': {
      text: {
        default:
          'Un policier ou un gendarme répond aussi par tchat aux mineurs : c’est l’Espace Mineurs de [[ma-securite|Ma Sécurité]].',
        young:
          'Tu peux écrire à un policier ou un gendarme sur le tchat Espace Mineurs de [[ma-securite|Ma Sécurité]].',
        parent:
          'Votre enfant peut écrire à un policier ou un gendarme sur le tchat Espace Mineurs de [[ma-securite|Ma Sécurité]].',
        professional:
          'La personne peut écrire à un policier ou un gendarme sur le tchat Espace Mineurs de [[ma-securite|Ma Sécurité]].',
      },
      detail: {
        default:
          'Réservé aux moins de 18 ans, 24 h/24 et 7 j/7, y compris pour la sextorsion. C’est confidentiel, mais l’anonymat peut être levé en cas de grand danger. Le tchat n’est pas une plainte.',
        young:
          'Réservé aux moins de 18 ans, 24 h/24 et 7 j/7, y compris pour la sextorsion. C’est confidentiel, mais l’anonymat peut être levé si tu es en grand danger. Le tchat n’est pas une plainte.',
      },
    },
    // fact: minors.police-inform-parents
    'police-usually-inform-parents': {
      text: {
        default: 'Quand un mineur porte plainte, la police informe en général ses parents.',
        young: 'Si tu portes plainte, la police préviendra en général tes parents.',
        parent: 'Si votre enfant porte plainte seul, la police vous informera en général.',
        professional:
          'Si la personne porte plainte seule, la police informera en général ses parents.',
      },
      detail: {
        default: 'Mieux vaut en parler avec l’enfant avant, pour qu’il ne soit pas surpris.',
        young:
          'Si c’est difficile pour toi, parles-en avant avec un adulte de confiance ou avec le 3018.',
        parent: 'Mieux vaut en parler avec lui avant, pour qu’il ne soit pas surpris.',
      },
    },
    // fact: minors.hearing-filmed (CPP 706-52)
    'hearing-is-filmed': {
      text: {
        default:
          'Pour des faits sexuels, l’audition d’un mineur par la police ou la gendarmerie est filmée.',
        young: 'Pour des faits sexuels, ton audition par la police ou la gendarmerie sera filmée.',
        parent:
          'Pour des faits sexuels, l’audition de votre enfant par la police ou la gendarmerie sera filmée.',
      },
      detail: {
        default:
          'C’est la règle pour tous les mineurs (article 706-52 du Code de procédure pénale). Le dire à l’avance évite une surprise.',
        young:
          'C’est la règle pour tous les mineurs, pas un signe qu’on doute de toi. On te le dit pour que tu ne sois pas surpris·e.',
        parent:
          'C’est la règle pour tous les mineurs (article 706-52 du Code de procédure pénale). Dites-le-lui à l’avance pour qu’il ne soit pas surpris.',
      },
    },
    // fact: complaint.must-be-registered, complaint.letter-to-procureur
    'registration-refused-send-letter': {
      text: {
        default: 'On a refusé la plainte : écrivez directement au procureur de la République.',
        young: 'On a refusé ta plainte : tu peux écrire directement au procureur de la République.',
      },
      detail: {
        default:
          'Ce refus n’est pas permis. Notez le jour, l’heure et le lieu. Vous pouvez aussi essayer un autre commissariat ou une autre gendarmerie.',
        young:
          'Ce refus n’est pas permis. Note le jour, l’heure et le lieu. Tu peux aussi essayer un autre commissariat ou une autre gendarmerie.',
      },
    },
    // fact: complaint.lawyer-and-legal-aid
    'lawyer-and-legal-aid': {
      text: {
        default: 'Un avocat peut vous aider, du dépôt de plainte jusqu’au procès.',
        young: 'Un avocat peut t’aider, du dépôt de plainte jusqu’au procès.',
        professional: 'Un avocat peut aider la personne, du dépôt de plainte jusqu’au procès.',
      },
      detail:
        'Sous conditions de ressources, l’[[aide-juridictionnelle|aide juridictionnelle]] paie tout ou partie des frais. France Victimes aide à la demander.',
    },
    // fact: complaint.france-victimes-help, emergency.116006-france-victimes
    'france-victimes-help': {
      text: {
        default: 'Appelez France Victimes au 116 006 : une aide gratuite pour vos démarches.',
        young: 'Tu peux appeler France Victimes au 116 006 : une aide gratuite pour tes démarches.',
      },
      detail: {
        default:
          'Écoute, conseils, et orientation vers une association près de chez vous. 7 j/7 de 9 h à 19 h, gratuit ; les horaires peuvent changer. En dehors, laissez un message : on vous rappelle.',
        young:
          'Écoute, conseils, et orientation vers une association près de chez toi. 7 j/7 de 9 h à 19 h, gratuit ; les horaires peuvent changer. En dehors, laisse un message : on te rappelle.',
      },
    },
    // fact: complaint.account-suspension-penalty (loi SREN, C. pén. 131-35-1)
    'author-accounts-can-be-suspended': {
      text: 'Bon à savoir : pour certains délits, le tribunal peut suspendre les comptes en ligne de l’auteur condamné.',
      detail: {
        default:
          'Jusqu’à 6 mois (1 an en cas de récidive), avec l’interdiction d’en créer d’autres. C’est le procureur qui la demande et le tribunal qui la décide : vous n’avez rien à demander dans la plainte.',
        young:
          'Jusqu’à 6 mois (1 an en cas de récidive), avec l’interdiction d’en créer d’autres. C’est le procureur qui la demande et le tribunal qui la décide : tu n’as rien à demander dans ta plainte.',
      },
    },
    // fact: time-limits.press-3-months, time-limits.press-discriminatory-1-year
    'act-within-three-months': {
      text: {
        default:
          'Pour des insultes ou des rumeurs, agissez vite : le délai peut être de 3 mois seulement après la publication.',
        young:
          'Pour des insultes ou des rumeurs, il faut agir vite : le délai peut être de 3 mois seulement après la publication.',
      },
      detail: {
        default:
          'Pour l’[[injure-et-diffamation|injure et la diffamation]], le délai est de 3 mois. C’est 1 an si les propos sont publics et visent l’origine, la religion, le sexe, l’orientation sexuelle, l’identité de genre ou le handicap. Une simple plainte ne suffit pas toujours à l’arrêter : demandez vite conseil à un avocat ou à France Victimes.',
        young:
          'Pour l’[[injure-et-diffamation|injure et la diffamation]], le délai est de 3 mois. C’est 1 an si les propos sont publics et visent l’origine, la religion, le sexe, l’orientation sexuelle, l’identité de genre ou le handicap. Une simple plainte ne suffit pas toujours à l’arrêter : demande vite conseil à un avocat ou à France Victimes.',
      },
    },
    // fact: time-limits.harassment-from-last-act
    'six-years-from-last-act': {
      text: {
        default:
          'Pour du harcèlement, le délai pour porter plainte est de 6 ans après le dernier message.',
        young: 'Pour du harcèlement, tu as 6 ans après le dernier message pour porter plainte.',
      },
      detail:
        'Tous les messages d’avant comptent, même les plus anciens. Attention : une main courante n’arrête pas ce délai.',
    },
    // Never "6 years after the last message" to a minor when a sexual offence is in play
    // (fact: time-limits.minor-sexual-offences).
    'longer-time-limit-for-minor': {
      text: {
        default:
          'Si la personne visée est mineure, le délai pour porter plainte est plus long pour des faits sexuels.',
        young:
          'Tu es mineur·e et les faits sont sexuels : le délai pour porter plainte est plus long.',
        parent:
          'Votre enfant est mineur et les faits sont sexuels : le délai pour porter plainte est plus long.',
        professional:
          'La personne est mineure et les faits sont sexuels : le délai pour porter plainte est plus long.',
      },
      detail: {
        default:
          'Un avocat ou le 3018 peut vous dire jusqu’à quand. Mieux vaut ne pas attendre : les contenus en ligne disparaissent vite.',
        young:
          'Un avocat ou le 3018 peut te dire jusqu’à quand. Mieux vaut ne pas attendre : les contenus en ligne disparaissent vite.',
      },
    },
    // fact: time-limits.offences-6-years
    'ask-lawyer-about-time-limit': {
      text: {
        default:
          'Demandez à un avocat ou à une association d’aide aux victimes si vous pouvez encore agir.',
        young:
          'Demande à un avocat ou à une association d’aide aux victimes si tu peux encore agir.',
      },
      detail: {
        default:
          'Les délais dépendent des faits et de leur date. Certains sont plus longs, par exemple pour des faits sexuels subis avant 18 ans. France Victimes (116 006) peut vous aider gratuitement.',
        young:
          'Les délais dépendent des faits et de leur date. Certains sont plus longs, par exemple pour des faits sexuels subis avant 18 ans. France Victimes (116 006) peut t’aider gratuitement.',
      },
    },
    // fact: school.protocol, school.alert-order
    'professional-inform-head': {
      text: 'Informez le chef d’établissement ou le directeur d’école.',
      detail:
        'Il lance le protocole de l’établissement ([[phare|programme pHARe]]) : écoute de l’élève, entretiens, mesures de protection. La loi oblige les établissements à agir contre le harcèlement.',
    },
    // fact: school.article-40-public-agents, school.private-school-staff
    'professional-article-40': {
      text: 'Agent public : signalez le délit au procureur de la République ([[article-40|article 40]]).',
      detail:
        'Un agent public qui apprend un délit dans son travail doit en aviser le procureur sans délai. Les enseignants du privé sous contrat sont des agents publics : cela vaut pour eux. Les autres personnels du privé (CPE, surveillants, direction) n’y sont pas tenus, mais peuvent toujours signaler les faits au procureur. Cela passe souvent par le chef d’établissement ou la permanence du parquet des mineurs. N’enquêtez pas vous-même.',
    },
    // fact: school.information-preoccupante
    'professional-information-preoccupante': {
      text: 'Si la personne est mineure et en danger, ou risque de l’être, transmettez une [[information-preoccupante|information préoccupante]].',
      detail:
        'Elle va à la [[crip|CRIP]] de votre département (article L. 226-2-1 du Code de l’action sociale et des familles). Tout professionnel peut la transmettre. Informez les parents, sauf si c’est contraire à l’intérêt de l’enfant. Le 119 peut aussi vous conseiller.',
    },
    // fact: minors.grave-danger-procureur (CASF L. 226-4)
    'professional-grave-danger-procureur': {
      text: 'En cas de danger grave, saisissez directement le [[procureur|procureur de la République]].',
      detail:
        'C’est l’article L. 226-4 du Code de l’action sociale et des familles. En cas d’urgence, appelez d’abord le 17.',
    },
    // fact: minors.health-staff-secrecy (C. pén. 226-14)
    'health-staff-secrecy': {
      text: 'Professionnel de santé : vous êtes tenu au secret, mais la loi prévoit des cas où vous pouvez signaler.',
      detail:
        'Ces cas sont prévus par l’article 226-14 du Code pénal. En cas de doute, le 119 peut vous conseiller.',
    },
    // fact: school.move-harassing-pupil (décret 2023-782)
    'ask-to-move-harassing-pupil': {
      text: 'Demandez au chef d’établissement les mesures prises : l’élève qui harcèle peut être changé d’école.',
      detail:
        'Depuis le décret du 16 août 2023, c’est l’élève harceleur qui peut être changé d’école, plutôt que la victime, quand il met en danger la sécurité ou la santé d’autres élèves. C’est possible dès l’école primaire, et aussi pour du cyberharcèlement venant d’un élève d’un autre établissement.',
    },
    // fact: minors.parents-civil-liability (C. civ. 1242)
    'authors-parents-liable': {
      text: 'Les parents d’un auteur mineur répondent du tort qu’il cause : ils peuvent devoir indemniser votre enfant.',
      detail:
        'C’est la responsabilité civile des parents (article 1242 du Code civil), quel que soit l’âge de l’enfant auteur. L’indemnisation se demande en se constituant [[partie-civile|partie civile]] ; un avocat ou France Victimes (116 006) peut vous aider.',
    },
    // Work (fact: work.employer-duties, fact: work.harassment-222-33-2).
    'tell-employer': {
      text: {
        default: 'Signalez les faits par écrit à votre employeur ou aux ressources humaines.',
        young: 'Signale les faits par écrit à ton employeur ou à ton responsable.',
        parent: 'Les faits peuvent être signalés par écrit à l’employeur de votre enfant.',
        professional: 'Aidez la personne à signaler les faits par écrit à son employeur.',
      },
      detail: {
        default:
          'Le harcèlement moral au travail est un délit (article 222-33-2 du Code pénal). L’employeur doit l’empêcher (article L. 1152-1 du Code du travail) et protéger la santé de ses salariés (article L. 4121-1). Gardez une copie de votre message.',
        young:
          'Le harcèlement moral au travail est un délit (article 222-33-2 du Code pénal). L’employeur doit l’empêcher (article L. 1152-1 du Code du travail) et protéger la santé de ses salariés (article L. 4121-1). Garde une copie de ton message.',
      },
    },
    // fact: work.contacts
    'occupational-doctor': {
      text: {
        default: 'Parlez-en au médecin du travail.',
        young: 'Parles-en au médecin du travail.',
        parent: 'Votre enfant peut en parler au médecin du travail.',
        professional: 'La personne peut en parler au médecin du travail.',
      },
    },
    // fact: work.contacts
    'staff-representatives': {
      text: {
        default: 'Vous pouvez aussi alerter le CSE, les représentants du personnel.',
        young: 'Tu peux aussi alerter le CSE, les représentants du personnel.',
        parent: 'Le CSE, les représentants du personnel, peut aussi être alerté.',
        professional: 'Le CSE, les représentants du personnel, peut aussi être alerté.',
      },
    },
    // fact: work.contacts
    'labour-inspectorate': {
      text: {
        default: 'Vous pouvez aussi contacter l’inspection du travail.',
        young: 'Tu peux aussi contacter l’inspection du travail.',
        parent: 'L’inspection du travail peut aussi être contactée.',
        professional: 'L’inspection du travail peut aussi être contactée.',
      },
    },
    // fact: work.contacts
    'defenseur-des-droits': {
      text: {
        default:
          'Si c’est lié à une discrimination (origine, sexe, handicap…), le Défenseur des droits peut vous aider.',
        young:
          'Si c’est lié à une discrimination (origine, sexe, handicap…), le Défenseur des droits peut t’aider.',
        parent:
          'Si c’est lié à une discrimination (origine, sexe, handicap…), le Défenseur des droits peut aider votre enfant.',
        professional:
          'Si c’est lié à une discrimination (origine, sexe, handicap…), le Défenseur des droits peut aider la personne.',
      },
    },

    // 3919, violence from a partner or former partner, including online (fact: emergency.3919-violences-femmes).
    // A line first for women: never the first contact of a boy (fact: partners.3919-for-women).
    'call-3919': {
      text: {
        default:
          'Pour une femme victime de violences d’un partenaire ou d’un ex, le 3919 écoute et conseille.',
        young:
          'Si tu es une fille, le 3919 écoute aussi les violences d’un copain ou d’un ex. Pour tout le monde, il y a le 3018.',
        parent:
          'Si votre enfant est une fille, le 3919 écoute aussi les violences d’un copain ou d’un ex.',
        professional:
          'Pour une femme victime de violences d’un partenaire ou d’un ex, le 3919 écoute et conseille.',
      },
      detail: {
        default:
          'Violences Femmes Info s’adresse d’abord aux femmes victimes de violences, y compris en ligne. Gratuit, anonyme, 24 h/24 et 7 j/7. Ce n’est pas un numéro d’urgence : en cas de danger, appelez le 17. France Victimes (116 006) aide toutes les victimes.',
        young:
          'Violences Femmes Info s’adresse d’abord aux filles et aux femmes victimes de violences, y compris en ligne. Gratuit, anonyme, 24 h/24 et 7 j/7. Ce n’est pas un numéro d’urgence : en cas de danger, appelle le 17.',
      },
    },
    // fact: adults.protection-order (C. civ. 515-9)
    'protection-order': {
      text: {
        default: 'Vous pouvez demander au juge une ordonnance de protection.',
        young: 'Tu peux demander au juge une ordonnance de protection.',
        parent: 'Votre enfant peut demander au juge une ordonnance de protection.',
        professional: 'La personne peut demander au juge une ordonnance de protection.',
      },
      detail: {
        default:
          'Elle est possible quand l’auteur est votre conjoint, concubin ou partenaire de PACS, ou l’a été (article 515-9 du Code civil). Un avocat, France Victimes (116 006) ou le 3919 peuvent vous aider à la demander.',
        young:
          'Elle est possible quand l’auteur est ton conjoint, concubin ou partenaire de PACS, ou l’a été (article 515-9 du Code civil). Un avocat ou France Victimes (116 006) peuvent t’aider à la demander.',
      },
    },

    // PHAROS (pharos.* facts).
    // fact: pharos.address, pharos.categories
    'report-on-pharos': {
      text: {
        default: 'Signalez le contenu sur [[pharos|PHAROS]] : internet-signalement.gouv.fr.',
        young: 'Signale le contenu sur [[pharos|PHAROS]] : internet-signalement.gouv.fr.',
      },
      detail: {
        default:
          'C’est gratuit et ouvert aussi aux mineurs. Choisissez la catégorie, puis donnez la date, l’heure et l’adresse du contenu. PHAROS ne répond pas toujours à chaque signalement.',
        young:
          'C’est gratuit et ouvert aux mineurs. Choisis la catégorie, puis donne la date, l’heure et l’adresse du contenu. PHAROS ne répond pas toujours à chaque signalement.',
      },
    },
    // fact: emergency.pharos-not-emergency
    'pharos-not-for-emergencies': {
      text: {
        default: 'En cas de danger maintenant, appelez d’abord le 17 ou le 112, pas PHAROS.',
        young: 'En cas de danger maintenant, appelle d’abord le 17 ou le 112, pas PHAROS.',
      },
      detail:
        'PHAROS ne traite pas les urgences. Si quelqu’un annonce son suicide ou est menacé maintenant, les secours passent avant le signalement.',
    },
  },

  reasons: {
    'no-immediate-danger': {
      default:
        'Vous avez dit qu’il n’y a pas de danger maintenant. Si cela change, les numéros d’urgence restent ici.',
      young:
        'Tu as dit qu’il n’y a pas de danger maintenant. Si ça change, les numéros d’urgence restent ici.',
    },
    'danger-not-answered': {
      default:
        'La question du danger n’a pas encore de réponse. Si quelqu’un est en danger maintenant, les numéros d’urgence sont ici.',
      young:
        'Tu n’as pas encore répondu à la question du danger. Si quelqu’un est en danger maintenant, les numéros d’urgence sont ici.',
    },
    'immediate-danger': {
      default:
        'Vous avez dit que vous êtes en danger maintenant : votre sécurité passe avant tout.',
      young: 'Tu as dit que tu es en danger maintenant : ta sécurité passe avant tout.',
      parent:
        'Vous avez dit que votre enfant est en danger maintenant : sa sécurité passe avant tout.',
      professional:
        'Vous avez dit que la personne est en danger maintenant : sa sécurité passe avant tout.',
      witness:
        'Vous avez dit que la personne visée est en danger maintenant : sa sécurité passe avant tout.',
    },
    'self-harm-risk': {
      default:
        'Vous avez parlé de pensées de vous faire du mal : vous n’avez pas à rester seul·e avec ça.',
      young: 'Tu as parlé de pensées de te faire du mal : tu n’as pas à rester seul·e avec ça.',
      parent:
        'Vous avez dit que votre enfant pense à se faire du mal : des gens formés peuvent vous aider tous les deux.',
      professional:
        'Vous avez dit que la personne pense à se faire du mal : des soignants formés peuvent vous conseiller.',
      witness:
        'Vous craignez que la personne se fasse du mal : des soignants formés peuvent vous conseiller.',
    },
    // fact: emergency.119-child-in-danger
    'minor-in-danger': {
      default: 'La personne est mineure et en danger : le 119 répond jour et nuit.',
      young: 'Tu es mineur·e et en danger : le 119 est là pour toi, jour et nuit.',
      parent: 'Votre enfant est mineur et en danger : le 119 répond jour et nuit.',
    },
    // fact: sextortion.first-actions
    'blackmail-first-moves': {
      default:
        'Vous avez parlé de chantage : payer ou envoyer plus ne l’arrête en général pas, et la conversation est une preuve.',
      young:
        'Tu as parlé de chantage : payer ou envoyer plus ne l’arrête en général pas, et la conversation est une preuve.',
    },
    // fact: sextortion.first-actions, minors.3018-when-age-unknown
    'not-alone-with-blackmail': {
      default:
        'Si la personne visée a moins de 18 ans, elle n’a pas à gérer ce chantage seule : un adulte de confiance et le 3018 peuvent l’aider.',
      young:
        'Tu es mineur·e : tu n’as pas à gérer ce chantage seul·e. Un adulte de confiance et le 3018 peuvent t’aider.',
      parent:
        'Votre enfant n’a pas à gérer ce chantage seul : le 3018 vous conseille tous les deux.',
    },
    // fact: sextortion.adult-thesee-17cyber, complaint.17cyber
    'cyber-help-for-adults':
      'Vous avez parlé de chantage en ligne : 17Cyber et Cybermalveillance.gouv.fr aident à faire le point et orientent vers les bonnes démarches.',
    'replying-feeds-harassment':
      'Répondre ou partager relance souvent le harcèlement et le montre à plus de monde.',
    // fact: witness.joining-in-is-a-raid
    'joining-in-can-be-harassment':
      'Vous êtes témoin : quand plusieurs personnes s’y mettent, même un « j’aime » peut compter comme une participation.',
    // fact: adults.secure-accounts
    'accounts-can-be-secured': 'Un compte mal protégé peut être piraté ou usurpé.',
    'child-needs-support':
      'Vous êtes parent : se sentir cru et soutenu aide votre enfant à parler et à agir.',
    // fact: platform.common.capture-first
    'capture-then-block':
      'Bloquer protège, mais certaines applis effacent alors la conversation : les preuves d’abord.',
    // fact: step1.do-not-reply, step1.restrict-audience
    'block-and-restrict': {
      default:
        'Bloquer l’auteur et limiter qui voit vos comptes coupe le contact et réduit l’exposition.',
      young:
        'Bloquer l’auteur et limiter qui voit tes comptes coupe le contact et réduit l’exposition.',
      parent:
        'Bloquer l’auteur et limiter qui voit les comptes de votre enfant coupe le contact et réduit l’exposition.',
      professional:
        'Bloquer l’auteur et limiter qui voit ses comptes coupe le contact avec la personne accompagnée.',
    },
    'evidence-complete': {
      default: 'Vous avez dit que les preuves sont complètes : cette étape est faite.',
      young: 'Tu as dit que tes preuves sont complètes : cette étape est faite.',
    },
    'evidence-needed-for-removal-and-complaint':
      'Les preuves servent à faire retirer le contenu et à porter plainte. Il faut les garder avant qu’elles disparaissent.',
    // fact: evidence.gather-dated-evidence
    'private-messages-count': {
      default: 'Vous avez dit que des messages sont privés : ils comptent aussi comme preuves.',
      young: 'Tu as dit que des messages sont privés : ils comptent aussi comme preuves.',
    },
    // fact: offences.group-harassment-raid
    'several-authors': {
      default:
        'Vous avez dit que plusieurs personnes s’y mettent : chaque compte compte, même pour un seul message.',
      young:
        'Tu as dit que plusieurs personnes s’y mettent : chaque compte compte, même pour un seul message.',
    },
    // fact: offences.child-sexual-images-227-23, sextortion.copy-ban-images-only
    'content-must-not-be-copied': {
      default:
        'Vous avez parlé d’images sexuelles qui peuvent montrer un mineur : la loi interdit de les copier.',
      young:
        'Tu as parlé d’images intimes et tu es mineur·e : on ne les copie pas, même pour prouver. Ce n’est pas ta faute.',
      parent:
        'Vous avez parlé d’images intimes d’un mineur : la loi interdit de les copier, même pour prouver.',
    },
    'keep-address-of-images':
      'Ces images se signalent par leur adresse : c’est elle qu’il faut garder, avec le pseudo du compte.',
    // fact: sextortion.what-to-capture
    'blackmail-evidence-without-images':
      'Le chantage se prouve par les messages, le profil de l’auteur et ses demandes de paiement, sans les images intimes.',
    // fact: evidence.gather-dated-evidence
    'other-evidence-helps':
      'Témoignages et certificat médical renforcent le dossier, en plus des captures.',
    'witness-can-testify':
      'Vous êtes témoin : votre attestation peut beaucoup aider la personne visée.',
    // fact: witness.no-complaint-for-victim, witness.report-to-procureur
    'witness-can-report':
      'Vous ne pouvez pas porter plainte à sa place, mais vous pouvez signaler les faits.',
    // fact: witness.routes
    'witness-child-in-danger':
      'La personne visée est mineure, ou vous ne savez pas son âge : des numéros existent pour les enfants.',
    // fact: parents.do-not-transfer-images
    'parent-must-not-hold-images':
      'Vous avez parlé d’images intimes d’un mineur : personne ne doit les copier, pas même ses parents.',
    // fact: evidence.screenshot-is-a-start
    'official-report-is-stronger':
      'Une capture est un début de preuve ; le constat d’un commissaire de justice est en général plus solide.',
    'content-removed': {
      default:
        'Vous avez dit que le contenu a été retiré : cette étape est faite. Gardez quand même les preuves.',
      young:
        'Tu as dit que le contenu a été retiré : cette étape est faite. Garde quand même tes preuves.',
    },
    // fact: removal.host-must-offer-reporting, dsa.art16-notice
    'platform-must-act-on-notice':
      'Premier recours : le signalement. Une plateforme doit agir quand on lui signale un contenu illégal.',
    'report-by-address-only':
      'Ces images ne doivent pas circuler : on les signale par leur lien, sans les joindre.',
    // fact: dsa.decision-and-appeals
    'platform-must-answer': {
      default: 'Vous attendez une réponse : la plateforme doit vous informer de sa décision.',
      young: 'Tu attends une réponse : la plateforme doit t’informer de sa décision.',
    },
    // fact: dsa.decision-and-appeals
    'refusal-can-be-challenged': {
      default:
        'Vous avez dit que la plateforme a refusé ou n’a pas répondu : ce n’est pas fini, des recours existent.',
      young:
        'Tu as dit que la plateforme a refusé ou n’a pas répondu : ce n’est pas fini, des recours existent.',
    },
    // fact: dsa.e-enfance-trusted-flagger, dsa.3018-fast-removal
    'trusted-flagger-for-minors': {
      default: 'La personne visée est mineure : le 3018 peut demander le retrait en priorité.',
      young: 'Tu es mineur·e : le 3018 peut demander le retrait en priorité.',
      parent: 'Votre enfant est mineur : le 3018 peut demander le retrait en priorité.',
    },
    // fact: erasure.any-age-for-data-published-while-minor
    'minor-right-to-erasure': {
      default:
        'La personne est mineure : la loi lui donne le droit de faire effacer ses données en ligne.',
      young: 'Tu es mineur·e : la loi te donne le droit de faire effacer tes données en ligne.',
      parent:
        'Votre enfant est mineur : la loi lui donne le droit de faire effacer ses données en ligne.',
    },
    // fact: erasure.any-age-for-data-published-while-minor
    'published-while-minor': {
      default:
        'Vous avez dit que vous aviez moins de 18 ans quand c’était publié : le droit à l’effacement vaut aussi une fois adulte.',
      parent:
        'Votre enfant avait moins de 18 ans quand c’était publié : le droit à l’effacement vaut aussi une fois adulte.',
      professional:
        'La personne avait moins de 18 ans quand c’était publié : le droit à l’effacement vaut aussi une fois adulte.',
    },
    // fact: platform.choice-by-age
    'intimate-images-of-a-minor': {
      default:
        'Vous avez parlé d’images intimes prises peut-être avant 18 ans : Take It Down peut aider à bloquer leur diffusion.',
      young:
        'Tu as parlé d’images intimes : Take It Down peut aider à bloquer leur diffusion, sans que personne ne les voie.',
      parent:
        'Vous avez parlé d’images intimes de votre enfant : Take It Down peut aider à bloquer leur diffusion.',
      professional:
        'Vous avez parlé d’images intimes d’une personne peut-être mineure : Take It Down peut aider à bloquer leur diffusion.',
    },
    // fact: platform.stopncii.who
    'intimate-images-of-an-adult': {
      default:
        'Vous avez parlé d’images intimes : StopNCII peut aider à bloquer leur diffusion sans que l’image quitte votre appareil.',
      parent:
        'Vous avez parlé d’images intimes de votre enfant majeur : StopNCII peut aider à bloquer leur diffusion.',
      professional:
        'Vous avez parlé d’images intimes de la personne : StopNCII peut aider à bloquer leur diffusion.',
    },
    // fact: removal.search-delisting
    'search-results-can-be-delisted': {
      default:
        'Vous avez parlé de rumeurs ou d’informations personnelles : elles peuvent disparaître des recherches sur votre nom.',
      young:
        'Tu as parlé de rumeurs ou d’infos personnelles : elles peuvent disparaître des recherches sur ton nom.',
      parent:
        'Vous avez parlé de rumeurs ou d’informations personnelles : elles peuvent disparaître des recherches sur son nom.',
      professional:
        'Vous avez parlé de rumeurs ou d’informations personnelles : elles peuvent disparaître des recherches sur son nom.',
    },
    // fact: witness.no-complaint-for-victim
    'only-target-files-complaint':
      'Vous êtes témoin : c’est la personne visée, ou ses parents, qui porte plainte. Votre attestation peut l’aider, et vous pouvez signaler les faits (étape « Garder une trace et signaler »).',
    'complaint-filed': {
      default:
        'Vous avez dit que la plainte est déposée : cette étape est faite. Gardez le récépissé.',
      young: 'Tu as dit que la plainte est déposée : cette étape est faite. Garde le récépissé.',
    },
    // fact: offences.harassment-222-33-2-2
    'harassment-is-an-offence': {
      default:
        'Ce que vous décrivez peut être puni par la loi : vous avez le droit de porter plainte.',
      young: 'Ce que tu décris peut être puni par la loi, et tu as le droit de porter plainte.',
      parent: 'Ce que vit votre enfant peut être puni par la loi : une plainte est possible.',
      professional:
        'Ce que vous décrivez peut être puni par la loi : la personne a le droit de porter plainte.',
    },
    'author-known': {
      default: 'Vous avez dit connaître l’auteur : la plainte peut le nommer.',
      young: 'Tu as dit connaître l’auteur : ta plainte peut le nommer.',
    },
    // fact: complaint.any-station-contre-x
    'author-unknown': {
      default:
        'Vous ne connaissez pas l’auteur, ou seulement son pseudo : la plainte peut viser « X ».',
      young: 'Tu ne connais pas l’auteur, ou seulement son pseudo : ta plainte peut viser « X ».',
    },
    // fact: complaint.no-online-complaint-for-harassment
    'online-complaint-not-open':
      'La plainte en ligne n’est ouverte que pour certains faits, pas pour le harcèlement.',
    // fact: complaint.thesee-adults-only
    'online-complaint-for-blackmail':
      'Vous êtes majeur·e et vous avez parlé de chantage en ligne : pour ces faits, la plainte en ligne est ouverte.',
    // fact: minors.espace-mineurs
    'police-chat-for-minors': {
      default:
        'La personne visée est mineure : un tchat de la police et de la gendarmerie lui est réservé, jour et nuit.',
      young:
        'Tu es mineur·e : un tchat de la police et de la gendarmerie t’est réservé, jour et nuit.',
      parent:
        'Votre enfant est mineur : un tchat de la police et de la gendarmerie lui est réservé, jour et nuit.',
    },
    // fact: minors.can-file-alone, minors.parents-can-file
    'minor-can-file': {
      default: 'La personne visée est mineure : elle a le droit de porter plainte, même seule.',
      young: 'Tu es mineur·e : tu as le droit de porter plainte, même seul·e.',
      parent:
        'Votre enfant est mineur : il a le droit de porter plainte, même seul, et vous aussi en son nom.',
    },
    // fact: complaint.must-be-registered
    'registration-refused': {
      default:
        'Vous avez dit qu’on a refusé la plainte : ce refus n’est pas permis, d’autres voies existent.',
      young:
        'Tu as dit qu’on a refusé ta plainte : ce refus n’est pas permis, d’autres voies existent.',
    },
    // fact: minors.hearing-filmed
    'minor-hearing-is-filmed': {
      default: 'Des faits sexuels peuvent être en cause, et la personne visée est mineure.',
      young: 'Des faits sexuels peuvent être en cause, et tu es mineur·e.',
      parent: 'Des faits sexuels peuvent être en cause, et votre enfant est mineur.',
    },
    // fact: complaint.account-suspension-penalty
    'court-can-suspend-accounts':
      'Depuis 2024, la justice peut priver l’auteur condamné de ses comptes en ligne.',
    // fact: complaint.france-victimes-help
    'help-is-free': {
      default: 'Vous n’avez pas à faire ces démarches seul·e : des aides gratuites existent.',
      young: 'Tu n’as pas à faire ces démarches seul·e : des aides gratuites existent.',
    },
    // fact: time-limits.press-3-months
    'press-deadline-running': {
      default:
        'Vous avez parlé d’insultes ou de rumeurs récentes : pour ces faits, le délai peut être de 3 mois seulement.',
      young:
        'Tu as parlé d’insultes ou de rumeurs récentes : pour ces faits, le délai peut être de 3 mois seulement.',
    },
    // fact: time-limits.minor-sexual-offences
    'minor-sexual-time-limit': {
      default:
        'Vous avez parlé de faits sexuels et la personne visée est peut-être mineure : le délai est alors plus long.',
      young: 'Tu as parlé de faits sexuels et tu es mineur·e : le délai est plus long.',
      parent: 'Vous avez parlé de faits sexuels subis par votre enfant : le délai est plus long.',
    },
    // fact: time-limits.harassment-from-last-act
    'harassment-time-limit': {
      default:
        'Vous avez dit que c’est arrivé plusieurs fois : pour du harcèlement, le délai part du dernier message.',
      young:
        'Tu as dit que c’est arrivé plusieurs fois : pour du harcèlement, le délai part du dernier message.',
    },
    'time-limit-may-have-passed': {
      default:
        'D’après la date que vous avez donnée, un délai est peut-être dépassé. Seul un avocat ou une association peut le vérifier.',
      young:
        'D’après la date que tu as donnée, un délai est peut-être dépassé. Seul un avocat ou une association peut le vérifier.',
    },
    // fact: school.article-40-public-agents
    'professional-duties':
      'Vous êtes professionnel·le : la loi vous donne un rôle pour protéger la personne que vous accompagnez.',
    // fact: school.information-preoccupante
    'professional-child-protection':
      'La personne que vous accompagnez est mineure : si elle est en danger ou risque de l’être, la cellule départementale doit être informée.',
    // fact: emergency.3919-violences-femmes
    'partner-violence': {
      default:
        'Vous avez dit que l’auteur est un ou une partenaire, ou un ex : ce sont des violences dans le couple.',
      young:
        'Tu as dit que l’auteur est ton copain, ta copine, ou un ex : ce sont des violences dans le couple.',
      parent:
        'L’auteur est le copain, la copine ou le ou la partenaire de votre enfant, ou un ex : ce sont des violences dans le couple.',
    },
    // fact: adults.protection-order, partners.who-is-a-partner
    'protection-order-possible': {
      default:
        'Vous avez dit que l’auteur est ou a été votre conjoint, concubin ou partenaire de PACS.',
      young: 'Tu as dit que l’auteur est ou a été ton conjoint, concubin ou partenaire de PACS.',
      parent:
        'L’auteur est ou a été le conjoint, le concubin ou le partenaire de PACS de votre enfant.',
      professional:
        'L’auteur est ou a été le conjoint, le concubin ou le partenaire de PACS de la personne.',
    },
    // fact: work.employer-duties
    'employer-must-protect': {
      default: 'L’auteur est quelqu’un du travail : l’employeur doit agir pour protéger.',
      young: 'L’auteur est quelqu’un du travail : l’employeur doit agir pour te protéger.',
    },
    // fact: school.l111-6-duty, school.move-harassing-pupil
    'school-must-protect-pupil':
      'L’auteur est à l’école : l’établissement doit agir, et la loi prévoit des mesures contre l’élève qui harcèle.',
    // fact: pharos.categories
    'pharos-category-not-covered': {
      default:
        'PHAROS traite des contenus précis, comme les menaces ou la haine. D’après vos réponses, ce n’est sans doute pas le bon outil.',
      young:
        'PHAROS traite des contenus précis, comme les menaces ou la haine. D’après tes réponses, ce n’est sans doute pas le bon outil.',
    },
    // fact: pharos.public-illegal-content
    'pharos-not-for-private-matters': {
      default:
        'Vous avez dit que c’est en privé : PHAROS traite surtout les contenus publics. Le commissariat ou le tchat [[ma-securite|Ma Sécurité]] peuvent aider.',
      young:
        'Tu as dit que c’est en privé : PHAROS traite surtout les contenus publics. Le commissariat ou le tchat [[ma-securite|Ma Sécurité]] peuvent t’aider.',
    },
    // fact: pharos.categories
    'pharos-handles-this-content': {
      default:
        'Vous avez parlé de menaces, de haine, de terrorisme ou d’atteintes à un mineur : PHAROS traite ce type de contenu.',
      young:
        'Tu as parlé de menaces, de haine, de terrorisme ou d’atteintes à un mineur : PHAROS traite ce type de contenu.',
    },
    // fact: emergency.pharos-not-emergency
    'pharos-is-not-an-emergency-service': {
      default: 'Vous avez signalé un danger : PHAROS n’est pas un service d’urgence.',
      young: 'Tu as signalé un danger : PHAROS n’est pas un service d’urgence.',
    },
    'marked-done': {
      default: 'Vous avez marqué cette étape comme faite.',
      young: 'Tu as marqué cette étape comme faite.',
    },
  },

  warnings: {
    'do-not-copy-child-sexual-content': {
      title: { default: 'Ne copiez pas ces images', young: 'Ne copie pas ces images' },
      text: {
        // The images only: messages and profiles stay evidence (fact: sextortion.copy-ban-images-only).
        default:
          'Pas de capture, pas de téléchargement, pas de transfert des images sexuelles, même pour prouver ou pour aider. Le reste (messages, menaces, profil de l’auteur) se capture, en recadrant pour qu’aucune image ni vignette n’apparaisse.',
        young:
          'Ne fais pas de capture de ces images et ne les envoie à personne. Ce n’est pas ta faute. Les messages et le profil de l’auteur, eux, tu peux les capturer, en recadrant pour qu’aucune image n’apparaisse.',
      },
    },
    // fact: time-limits.press-3-months, time-limits.press-discriminatory-1-year
    'press-time-limit': {
      title: 'Insultes et rumeurs : un délai court',
      text: {
        default:
          'Pour une injure ou une diffamation publique, le délai est de 3 mois (1 an si elle est discriminatoire). Il est peut-être dépassé : demandez conseil. Le harcèlement, lui, a un délai plus long.',
        young:
          'Pour des insultes ou des rumeurs publiques, le délai est de 3 mois (1 an si c’est discriminatoire). Il est peut-être dépassé : demande conseil. Pour du harcèlement, le délai est plus long.',
      },
    },
    // fact: time-limits.offences-6-years
    'time-limit-passed': {
      title: {
        default: 'Des faits anciens : faites vérifier le délai',
        young: 'Des faits anciens : fais vérifier le délai',
      },
      text: {
        default:
          'Les faits datent de plus de 6 ans. Il existe des exceptions : avant de renoncer, demandez à un avocat ou à France Victimes (116 006).',
        young:
          'Les faits datent de plus de 6 ans. Il existe des exceptions : avant de renoncer, demande à un avocat ou à France Victimes (116 006).',
      },
    },
    // fact: pharos.not-a-complaint
    'pharos-does-not-replace-complaint': {
      title: 'PHAROS ne remplace pas la plainte',
      text: {
        default:
          'Signaler sur PHAROS, ce n’est pas porter plainte. Si vous êtes la personne visée, portez aussi plainte.',
        young:
          'Signaler sur PHAROS, ce n’est pas porter plainte. Comme c’est toi qui es visé·e, tu peux aussi porter plainte.',
        parent:
          'Signaler sur PHAROS, ce n’est pas porter plainte. Votre enfant étant visé, la plainte reste utile.',
        professional:
          'Signaler sur PHAROS, ce n’est pas porter plainte. La personne visée peut aussi porter plainte.',
      },
    },
  },

  documents: {
    'platform-notice': {
      title: 'Signalement à la plateforme',
      description: {
        default:
          'Un message prêt à envoyer au réseau social ou au site, selon l’article 16 du DSA. Il contient la raison, l’adresse exacte du contenu, vos coordonnées et une déclaration de bonne foi.',
        young:
          'Un message prêt à envoyer au réseau social ou au site, selon l’article 16 du DSA. Il contient la raison, l’adresse exacte du contenu, tes coordonnées et une déclaration de bonne foi.',
      },
    },
    'erasure-request': {
      title: 'Demande d’effacement des données',
      description: {
        default:
          'Une lettre au site pour faire effacer des données publiées quand vous aviez moins de 18 ans (loi Informatique et Libertés, article 51). Elle rappelle qu’après un mois sans effacement, la CNIL peut être saisie.',
        parent:
          'Une lettre au site pour faire effacer les données de votre enfant mineur (loi Informatique et Libertés, article 51). Elle rappelle qu’après un mois sans effacement, la CNIL peut être saisie.',
        professional:
          'Une lettre au site, que la personne ou sa famille signe, pour faire effacer des données publiées pendant sa minorité (loi Informatique et Libertés, article 51). Après un mois sans effacement, la CNIL peut être saisie.',
        young:
          'Une lettre au site pour faire effacer tes données, parce que tu es mineur·e (loi Informatique et Libertés, article 51). Sans effacement après un mois, tu pourras saisir la CNIL.',
      },
    },
    'complaint-letter': {
      title: 'Lettre de plainte au procureur',
      description: {
        default:
          'Une plainte par courrier. Elle contient votre identité, le récit daté des faits, l’auteur ou « X », les témoins, le préjudice et les preuves. À envoyer de préférence en recommandé avec accusé de réception.',
        young:
          'Une plainte par courrier. Elle contient ton identité, le récit daté des faits, l’auteur ou « X », les témoins, le tort subi et les preuves. À envoyer de préférence en recommandé.',
        parent:
          'Une plainte par courrier pour votre enfant. Elle contient son identité, le récit daté des faits, l’auteur ou « X », les témoins et les preuves. À envoyer de préférence en recommandé avec accusé de réception.',
      },
    },
    'front-desk-sheet': {
      title: 'Fiche pour le guichet (plainte sur place)',
      description: {
        default:
          'Une page à remettre au commissariat ou à la gendarmerie : les faits en quelques lignes, les pièces avec leurs empreintes, et les droits de la personne qui porte plainte.',
        young:
          'Une page à donner au commissariat ou à la gendarmerie : les faits en quelques lignes, les preuves avec leurs empreintes, et tes droits quand tu portes plainte.',
      },
    },
    'school-report': {
      title: 'Signalement à l’établissement scolaire',
      description: {
        default:
          'Un message au chef d’établissement qui décrit les faits et demande d’appliquer le protocole contre le harcèlement.',
        parent:
          'Un message au chef d’établissement qui décrit ce que vit votre enfant et demande d’appliquer le protocole contre le harcèlement.',
        professional:
          'Une note au chef d’établissement qui décrit les faits rapportés par l’élève et demande d’appliquer le protocole contre le harcèlement.',
      },
    },
    'action-plan': {
      title: 'Mon plan d’action',
      description: {
        default:
          'Un résumé de vos réponses et des étapes à suivre, avec les numéros utiles et les sources. Il reste sur votre appareil.',
        young:
          'Un résumé de tes réponses et des étapes à suivre, avec les numéros utiles et les sources. Il reste sur ton appareil.',
      },
    },
  },

  /** The link to each service an action names: where it goes, with the address spelled out. */
  services: {
    pharos: 'Ouvrir PHAROS : internet-signalement.gouv.fr',
    'take-it-down': 'Ouvrir Take It Down : takeitdown.ncmec.org',
    stopncii: 'Ouvrir StopNCII : stopncii.org',
    'chat-3018': 'Ouvrir le tchat du 3018 : 3018.fr',
    'point-de-contact': 'Ouvrir Point de Contact : pointdecontact.net',
  },

  glossary: {
    // fact: minors.partie-civile-representation
    'administrateur-ad-hoc': {
      term: 'Administrateur ad hoc',
      definition:
        'Adulte désigné par le juge pour représenter un mineur à la place de ses parents, par exemple s’ils sont en cause.',
    },
    // fact: complaint.lawyer-and-legal-aid
    'aide-juridictionnelle': {
      term: 'Aide juridictionnelle',
      definition:
        'Aide de l’État qui paie tout ou partie des frais d’avocat et de justice, selon les revenus et le patrimoine.',
    },
    // fact: dsa.arcom-coordinator
    arcom: {
      term: 'Arcom',
      definition:
        'Autorité publique qui veille en France à l’application du DSA. Elle désigne les signaleurs de confiance.',
    },
    // fact: school.article-40-public-agents
    'article-40': {
      term: 'Article 40 du Code de procédure pénale',
      definition:
        'Un agent public qui apprend un crime ou un délit dans son travail doit en aviser le procureur sans délai.',
    },
    // fact: evidence.gather-dated-evidence
    'attestation-de-temoin': {
      term: 'Attestation de témoin',
      definition:
        'Récit écrit et daté d’un témoin, sur le formulaire officiel (cerfa), avec son identité complète. C’est une preuve.',
    },
    // fact: removal.search-delisting, erasure.delay-and-cnil
    cnil: {
      term: 'CNIL',
      definition:
        'Commission nationale de l’informatique et des libertés. Elle protège les données personnelles et reçoit les plaintes quand un site ne les efface pas.',
    },
    // fact: evidence.huissier-renamed, evidence.commissaire-de-justice
    'commissaire-de-justice': {
      term: 'Commissaire de justice',
      definition:
        'Nouveau nom de l’huissier de justice depuis le 1er juillet 2022. Il peut constater un contenu en ligne ; son constat est payant.',
    },
    // fact: school.information-preoccupante
    crip: {
      term: 'CRIP',
      definition:
        'Cellule de recueil des informations préoccupantes : le service du département qui reçoit les inquiétudes au sujet d’un enfant en danger.',
    },
    // fact: removal.search-delisting
    dereferencement: {
      term: 'Déréférencement',
      definition:
        'Demande faite à un moteur de recherche pour qu’une page n’apparaisse plus quand on tape le nom et le prénom d’une personne. La page reste en ligne.',
    },
    // fact: erasure.any-age-for-data-published-while-minor
    'droit-a-l-effacement': {
      term: 'Droit à l’effacement des mineurs',
      definition:
        'Droit de faire effacer les données personnelles collectées en ligne quand on était mineur, à tout âge (loi Informatique et Libertés, article 51). Le site peut invoquer des exceptions, comme la liberté d’information. Sans réponse en un mois, on peut saisir la CNIL.',
    },
    // fact: dsa.art16-notice, dsa.decision-and-appeals
    dsa: {
      term: 'DSA (règlement européen sur les services numériques)',
      definition:
        'Règlement européen qui oblige les plateformes à permettre de signaler en ligne un contenu illicite, à répondre et à proposer des recours.',
    },
    // fact: offences.harassment-222-33-2-2, offences.group-harassment-raid
    harcelement: {
      term: 'Harcèlement',
      definition:
        'Des messages ou des actes répétés contre une personne. Plusieurs personnes qui agissent chacune une fois, ensemble, ou l’une après l’autre en sachant que d’autres l’ont fait, c’est aussi du harcèlement.',
    },
    // fact: removal.host-must-offer-reporting
    hebergeur: {
      term: 'Hébergeur',
      definition:
        'Entreprise qui stocke et diffuse un contenu en ligne : un réseau social, ou la société qui héberge un site. Ses coordonnées figurent dans les mentions légales.',
    },
    // fact: school.information-preoccupante
    'information-preoccupante': {
      term: 'Information préoccupante',
      definition:
        'Alerte transmise à la CRIP par un professionnel inquiet pour un mineur en danger ou en risque de l’être. Elle concerne sa santé, sa sécurité, son éducation ou son développement.',
    },
    // fact: offences.public-insult-defamation-1881, offences.private-insult-defamation
    'injure-et-diffamation': {
      term: 'Injure et diffamation',
      definition:
        'Délits prévus par la loi de 1881 sur la presse quand les propos sont publics ; en privé, ce sont des contraventions. Pour des propos publics, le délai pour agir est de 3 mois, 1 an s’ils sont discriminatoires. La procédure est très formelle : un avocat est conseillé.',
    },
    // fact: evidence.main-courante
    'main-courante': {
      term: 'Main courante',
      definition:
        'Déclaration à la police ou à la gendarmerie pour dater des faits. Ce n’est pas une plainte : elle ne lance pas d’enquête et n’arrête pas le délai pour agir.',
    },
    // fact: emergency.masecurite-chat, minors.espace-mineurs
    'ma-securite': {
      term: 'Ma Sécurité',
      definition:
        'Site et appli du ministère de l’Intérieur. On peut y parler par tchat à un policier ou un gendarme, 24 h/24. Un espace est réservé aux moins de 18 ans. Le tchat n’est pas une plainte.',
    },
    // fact: minors.partie-civile-representation, complaint.partie-civile-until-hearing
    'partie-civile': {
      term: 'Partie civile',
      definition:
        'Se constituer partie civile, c’est demander réparation dans le procès pénal. Pour un mineur, ce sont ses parents qui le font pour lui.',
    },
    // fact: school.phare-programme
    phare: {
      term: 'Programme pHARe',
      definition:
        'Programme de l’Éducation nationale contre le harcèlement. Chaque établissement a une équipe formée et un protocole présenté aux familles.',
    },
    // fact: pharos.address, pharos.public-illegal-content
    pharos: {
      term: 'PHAROS',
      definition:
        'Portail officiel du ministère de l’Intérieur pour signaler les contenus illicites publics en ligne. Des policiers et gendarmes le traitent. Signaler n’est pas porter plainte.',
    },
    // fact: complaint.any-station-contre-x
    'plainte-contre-x': {
      term: 'Plainte contre X',
      definition:
        'Plainte déposée quand on ne connaît pas l’auteur, par exemple quand on n’a qu’un pseudo.',
    },
    // fact: time-limits.offences-6-years, time-limits.minor-sexual-offences
    prescription: {
      term: 'Prescription',
      definition:
        'Délai au-delà duquel l’auteur ne peut plus être poursuivi. En général, 6 ans pour un délit, comptés depuis le dernier message pour le harcèlement. Pour des faits sexuels subis avant 18 ans, il est plus long. Pour l’injure et la diffamation publiques : 3 mois (1 an si elles sont discriminatoires).',
    },
    // fact: removal.accelerated-procedure
    'procedure-acceleree-au-fond': {
      term: 'Procédure accélérée au fond',
      definition:
        'Procédure devant le président du tribunal judiciaire pour faire cesser un dommage causé par un contenu en ligne. Un avocat est en pratique nécessaire.',
    },
    // fact: complaint.letter-to-procureur
    procureur: {
      term: 'Procureur de la République',
      definition:
        'Magistrat qui décide des poursuites pénales. On peut lui écrire pour porter plainte, au tribunal judiciaire.',
    },
    // fact: removal.refere-835
    refere: {
      term: 'Référé',
      definition:
        'Procédure rapide devant le président du tribunal judiciaire (article 835 du Code de procédure civile), à côté de la procédure accélérée au fond. Un avocat est en pratique nécessaire.',
    },
    // fact: complaint.must-be-registered
    recepisse: {
      term: 'Récépissé',
      definition:
        'Document remis quand une plainte est enregistrée. Il prouve la date de la plainte : il faut le garder.',
    },
    // fact: dsa.decision-and-appeals
    'reglement-extrajudiciaire': {
      term: 'Organisme de règlement extrajudiciaire des litiges',
      definition:
        'Organisme certifié dans l’Union européenne qui examine un désaccord avec une plateforme, pour des frais faibles. Sa décision n’oblige pas la plateforme.',
    },
    // fact: dsa.arcom-coordinator, dsa.e-enfance-trusted-flagger
    'signaleur-de-confiance': {
      term: 'Signaleur de confiance',
      definition:
        'Organisme désigné par l’Arcom dont les signalements doivent être traités en priorité par les plateformes. e-Enfance (3018) a été le premier en France.',
    },
    url: {
      term: 'Adresse URL',
      definition:
        'L’adresse exacte d’une page ou d’un message, qui commence souvent par « https:// ». Dans une appli, on l’obtient avec « Copier le lien ».',
    },
    // fact: complaint.visioplainte-uncertain: an experiment, current status uncertain.
    visioplainte: {
      term: 'Visioplainte',
      definition:
        'Dépôt de plainte par visioconférence avec un policier ou un gendarme, qui a été expérimenté. Le site Ma Sécurité indique s’il existe encore.',
    },
  },
};
