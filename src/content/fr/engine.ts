import type { PlanCatalog } from '../types.ts';

/**
 * French words for the plan: steps, actions, reasons, warnings, documents, and the glossary
 * that inline links `[[id|mots]]` point to (questions and help lines: ./questions.ts).
 *
 * Every legal or practical statement comes from shared/legal-facts.md (section named in the
 * comments); points the sheet marks « basse » or open (section 11) are hedged or left out.
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
      title: 'Garder des preuves',
      summary: {
        default: 'Faites des captures datées avant que les contenus disparaissent.',
        young: 'Fais des captures datées avant que les contenus disparaissent.',
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
    // Emergency (section 0).
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
    'call-112': {
      text: {
        default: 'Vous pouvez aussi appeler le 112, le numéro d’urgence européen.',
        young: 'Tu peux aussi appeler le 112, le numéro d’urgence européen.',
      },
      detail:
        'Gratuit, 24 h/24, valable dans toute l’Union européenne. Il oriente vers le bon service.',
    },
    'sms-114': {
      text: {
        default: 'Si vous ne pouvez pas parler, envoyez un SMS au 114.',
        young: 'Si tu ne peux pas parler, envoie un SMS au 114.',
      },
      detail:
        'Gratuit, 24 h/24. Pour les personnes sourdes ou malentendantes, ou qui ne peuvent pas parler, par exemple si l’agresseur est à côté. L’appli « Urgence 114 » permet aussi la visio ou le tchat.',
    },
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

    // Don't reply (section 1).
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
    'capture-before-blocking': {
      text: {
        default: 'Avant de bloquer ou de supprimer quoi que ce soit, gardez des preuves.',
        young: 'Avant de bloquer ou de supprimer quoi que ce soit, garde des preuves.',
        parent:
          'Avant de bloquer ou de supprimer quoi que ce soit, gardez des preuves avec votre enfant.',
        professional:
          'Avant de bloquer ou de supprimer quoi que ce soit, aidez la personne à garder des preuves.',
      },
      detail: {
        parent:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. Par prudence, évitez aussi de supprimer son compte. Images intimes d’un mineur : pas de capture, notez seulement le lien et le pseudo.',
        professional:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. Par prudence, mieux vaut ne pas supprimer son compte. Images intimes d’un mineur : pas de capture, seulement le lien et le pseudo.',
        default:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. Par prudence, ne supprimez pas non plus votre compte. Images intimes d’un mineur : pas de capture, notez seulement le lien et le pseudo.',
        young:
          'Sur certaines applis, comme Snapchat, bloquer fait disparaître la conversation. Par prudence, ne supprime pas non plus ton compte. Images intimes : pas de capture, note seulement le lien et le pseudo.',
      },
    },
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

    // Keep evidence (section 2).
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
    'do-not-capture-sexual-content-of-minor': {
      text: {
        default:
          'Ne faites pas de capture de ces images, ne les copiez pas et ne les envoyez à personne.',
        young:
          'Ne fais pas de capture de ces images, ne les copie pas et ne les envoie à personne.',
      },
      detail: {
        default:
          'Copier ou envoyer des images sexuelles d’un mineur est interdit, même pour prouver ou pour aider.',
        young:
          'C’est interdit, même pour prouver, même vers un adulte qui t’aide. Ce n’est pas ta faute : le lien suffit.',
      },
    },
    'keep-url-and-handle-only': {
      text: {
        default: 'Notez seulement le lien (adresse URL) et le pseudo du compte.',
        young: 'Note seulement le lien (adresse URL) et le pseudo du compte.',
      },
      detail: {
        default:
          'Ajoutez la date et l’heure où vous l’avez vu, et le nom du réseau. C’est ce que demandent les formulaires de signalement.',
        young:
          'Ajoute la date et l’heure où tu l’as vu, et le nom du réseau. C’est ce que demandent les formulaires de signalement.',
      },
    },

    // Request removal (sections 3.1 to 3.5).
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
    'send-dsa-notice': {
      text: {
        default:
          'Si cela ne suffit pas, envoyez une notification complète, prévue par le [[dsa|règlement européen DSA]].',
        young:
          'Si ça ne suffit pas, envoie une notification complète, prévue par le [[dsa|règlement européen DSA]].',
      },
      detail: {
        default:
          'Ce message doit contenir : pourquoi c’est illégal, l’adresse exacte, votre nom et courriel, une phrase de bonne foi. Bien informée, la plateforme engage sa responsabilité si elle ne retire pas vite un contenu illégal.',
        young:
          'Ce message doit contenir : pourquoi c’est illégal, l’adresse exacte, ton nom et courriel, une phrase de bonne foi. Bien informée, la plateforme engage sa responsabilité si elle ne retire pas vite un contenu illégal.',
      },
    },
    'call-3018-fast-removal': {
      text: {
        default: 'Appelez le 3018 : il peut demander le retrait plus vite.',
        young: 'Appelle le 3018 : il peut demander le retrait plus vite.',
        witness: 'Appelez le 3018 : il aide aussi les témoins.',
      },
      detail: {
        default:
          'Gratuit, anonyme et confidentiel, 7 j/7 de 9 h à 23 h. Son association, e-Enfance, est [[signaleur-de-confiance|signaleur de confiance]] : les plateformes doivent traiter ses demandes en priorité. Tchat sur 3018.fr et appli 3018.',
        young:
          'Gratuit, anonyme et confidentiel, 7 j/7 de 9 h à 23 h. Son association, e-Enfance, est [[signaleur-de-confiance|signaleur de confiance]] : les plateformes doivent traiter ses demandes en priorité. Tu peux aussi écrire sur le tchat de 3018.fr.',
      },
    },
    'request-erasure-minor-data': {
      text: {
        default: 'Demandez au site d’effacer les données publiées sur la personne mineure.',
        young: 'Demande au site d’effacer tes données : c’est un droit quand on est mineur·e.',
        parent:
          'Demandez au site d’effacer les données de votre enfant : c’est un droit des mineurs.',
        professional:
          'Aidez la personne à demander au site d’effacer ses données : c’est un droit des mineurs.',
      },
      detail: {
        default:
          'C’est le [[droit-a-l-effacement|droit à l’effacement]] des mineurs. Le site doit effacer dans les meilleurs délais.',
        young:
          'C’est le [[droit-a-l-effacement|droit à l’effacement]] des mineurs. En général, tu peux le demander toi-même, sans l’accord de tes parents.',
        parent:
          'C’est le [[droit-a-l-effacement|droit à l’effacement]] des mineurs. En général, votre enfant peut aussi le demander lui-même.',
      },
    },
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
    'platform-internal-appeal': {
      text: {
        default: 'Contestez la décision avec l’outil de réclamation de la plateforme.',
        young: 'Conteste la décision avec l’outil de réclamation de la plateforme.',
      },
      detail: {
        default:
          'Chaque plateforme doit avoir un système interne de réclamation. Cherchez « contester » ou « faire appel » dans sa réponse. Sans réponse, relancez-la avec une notification écrite.',
        young:
          'Chaque plateforme doit avoir un système interne de réclamation. Cherche « contester » ou « faire appel » dans sa réponse. Sans réponse, relance-la avec une notification écrite.',
      },
    },
    'out-of-court-body': {
      text: {
        default:
          'Vous pouvez aussi saisir un [[reglement-extrajudiciaire|organisme de règlement des litiges]] certifié.',
        young:
          'Tu peux aussi saisir un [[reglement-extrajudiciaire|organisme de règlement des litiges]] certifié.',
      },
      detail:
        'Par exemple Appeals Centre Europe, pour Facebook, TikTok ou YouTube. Les frais sont très faibles. Son avis n’oblige pas la plateforme, mais le juge reste toujours possible.',
    },
    'judge-through-lawyer': {
      text: {
        default: 'Un juge peut ordonner le retrait : il faut en pratique passer par un avocat.',
        young: 'Avec tes parents, tu peux demander à un juge d’ordonner le retrait, par un avocat.',
      },
      detail:
        'Le président du tribunal judiciaire peut ordonner à la plateforme ou à l’hébergeur de faire cesser le dommage. C’est la [[procedure-acceleree-au-fond|procédure accélérée au fond]]. L’[[aide-juridictionnelle|aide juridictionnelle]] peut payer tout ou partie des frais, selon les revenus.',
    },

    // File a complaint (section 4, minors section 6, school section 7).
    'file-at-police-or-gendarmerie': {
      text: {
        default: 'Portez plainte dans n’importe quel commissariat ou gendarmerie.',
        young: 'Tu peux porter plainte dans n’importe quel commissariat ou gendarmerie.',
        parent: 'La plainte se dépose dans n’importe quel commissariat ou gendarmerie.',
        professional: 'La plainte se dépose dans n’importe quel commissariat ou gendarmerie.',
      },
      detail: {
        default:
          'Apportez vos preuves et le nom des témoins. On vous remet un [[recepisse|récépissé]] : gardez-le. La plainte en ligne n’est pas possible pour du harcèlement.',
        young:
          'Apporte tes preuves et le nom des témoins. On te remet un [[recepisse|récépissé]] : garde-le. La plainte en ligne n’est pas possible pour du harcèlement.',
      },
    },
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
    visioplainte: {
      text: 'Vous pouvez aussi porter plainte en vidéo avec un policier ou un gendarme : c’est la [[visioplainte|visioplainte]].',
      detail:
        'Prenez rendez-vous sur le site [[ma-securite|Ma Sécurité]], avec FranceConnect. Le cyberharcèlement fait partie des faits acceptés.',
    },
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
    'lawyer-and-legal-aid': {
      text: {
        default: 'Un avocat peut vous aider, du dépôt de plainte jusqu’au procès.',
        young: 'Un avocat peut t’aider, du dépôt de plainte jusqu’au procès.',
        professional: 'Un avocat peut aider la personne, du dépôt de plainte jusqu’au procès.',
      },
      detail:
        'Sous conditions de ressources, l’[[aide-juridictionnelle|aide juridictionnelle]] paie tout ou partie des frais. France Victimes aide à la demander.',
    },
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
    'six-years-from-last-act': {
      text: {
        default:
          'Pour du harcèlement, le délai pour porter plainte est de 6 ans après le dernier message.',
        young: 'Pour du harcèlement, tu as 6 ans après le dernier message pour porter plainte.',
      },
      detail:
        'Tous les messages d’avant comptent, même les plus anciens. Attention : une main courante n’arrête pas ce délai.',
    },
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
    'professional-inform-head': {
      text: 'Informez le chef d’établissement ou le directeur d’école.',
      detail:
        'Il lance le protocole de l’établissement ([[phare|programme pHARe]]) : écoute de l’élève, entretiens, mesures de protection. La loi oblige les établissements à agir contre le harcèlement.',
    },
    'professional-article-40': {
      text: 'Agent public : signalez le délit au procureur de la République ([[article-40|article 40]]).',
      detail:
        'Un agent public qui apprend un délit dans son travail doit en aviser le procureur sans délai. Cela passe souvent par le chef d’établissement ou la permanence du parquet des mineurs. N’enquêtez pas vous-même. Personnel du privé : renseignez-vous sur vos obligations.',
    },
    'professional-information-preoccupante': {
      text: 'Si la personne est mineure et en danger, ou risque de l’être, transmettez une [[information-preoccupante|information préoccupante]].',
      detail:
        'Elle va à la [[crip|CRIP]] de votre département. En cas de danger grave et immédiat, signalez directement au procureur. Le 119 peut aussi vous conseiller.',
    },

    // Section 0: 3919, violence from a partner or former partner, including online.
    'call-3919': {
      text: {
        default: 'Appelez le 3919 si l’auteur est un ou une partenaire, ou un ex.',
        young: 'Tu peux appeler le 3919 si l’auteur est ton ou ta partenaire, ou un ex.',
        parent: 'Appelez le 3919 si l’auteur est le ou la partenaire de votre enfant, ou un ex.',
        professional:
          'Orientez la personne vers le 3919 si l’auteur est un ou une partenaire, ou un ex.',
      },
      detail: {
        default:
          'Violences Femmes Info écoute et conseille pour les violences dans le couple, y compris en ligne. Gratuit, anonyme, 24 h/24 et 7 j/7. Ce n’est pas un numéro d’urgence : en cas de danger, appelez le 17.',
        young:
          'Violences Femmes Info écoute et conseille pour les violences dans le couple, y compris en ligne. Gratuit, anonyme, 24 h/24 et 7 j/7. Ce n’est pas un numéro d’urgence : en cas de danger, appelle le 17.',
      },
    },

    // PHAROS (section 5).
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
    'minor-in-danger': {
      default: 'La personne est mineure et en danger : le 119 répond jour et nuit.',
      young: 'Tu es mineur·e et en danger : le 119 est là pour toi, jour et nuit.',
      parent: 'Votre enfant est mineur et en danger : le 119 répond jour et nuit.',
    },
    'replying-feeds-harassment':
      'Répondre ou partager relance souvent le harcèlement et le montre à plus de monde.',
    'capture-then-block':
      'Bloquer protège, mais certaines applis effacent alors la conversation : les preuves d’abord.',
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
    'private-messages-count': {
      default: 'Vous avez dit que des messages sont privés : ils comptent aussi comme preuves.',
      young: 'Tu as dit que des messages sont privés : ils comptent aussi comme preuves.',
    },
    'several-authors': {
      default:
        'Vous avez dit que plusieurs personnes s’y mettent : chaque compte compte, même pour un seul message.',
      young:
        'Tu as dit que plusieurs personnes s’y mettent : chaque compte compte, même pour un seul message.',
    },
    'content-must-not-be-copied': {
      default:
        'Vous avez parlé d’images sexuelles qui peuvent montrer un mineur : la loi interdit de les copier.',
      young:
        'Tu as parlé d’images intimes et tu es mineur·e : on ne les copie pas, même pour prouver. Ce n’est pas ta faute.',
      parent:
        'Vous avez parlé d’images intimes d’un mineur : la loi interdit de les copier, même pour prouver.',
    },
    'other-evidence-helps':
      'Témoignages et certificat médical renforcent le dossier, en plus des captures.',
    'witness-can-testify':
      'Vous êtes témoin : votre attestation peut beaucoup aider la personne visée.',
    'official-report-is-stronger':
      'Une capture est un début de preuve ; le constat d’un commissaire de justice est en général plus solide.',
    'content-removed': {
      default:
        'Vous avez dit que le contenu a été retiré : cette étape est faite. Gardez quand même les preuves.',
      young:
        'Tu as dit que le contenu a été retiré : cette étape est faite. Garde quand même tes preuves.',
    },
    'platform-must-act-on-notice':
      'Premier recours : le signalement. Une plateforme doit agir quand on lui signale un contenu illégal.',
    'report-by-address-only':
      'Ces images ne doivent pas circuler : on les signale par leur lien, sans les joindre.',
    'platform-must-answer': {
      default: 'Vous attendez une réponse : la plateforme doit vous informer de sa décision.',
      young: 'Tu attends une réponse : la plateforme doit t’informer de sa décision.',
    },
    'refusal-can-be-challenged': {
      default:
        'Vous avez dit que la plateforme a refusé ou n’a pas répondu : ce n’est pas fini, des recours existent.',
      young:
        'Tu as dit que la plateforme a refusé ou n’a pas répondu : ce n’est pas fini, des recours existent.',
    },
    'trusted-flagger-for-minors': {
      default: 'La personne visée est mineure : le 3018 peut demander le retrait en priorité.',
      young: 'Tu es mineur·e : le 3018 peut demander le retrait en priorité.',
      parent: 'Votre enfant est mineur : le 3018 peut demander le retrait en priorité.',
    },
    'minor-right-to-erasure': {
      default:
        'La personne est mineure : la loi lui donne le droit de faire effacer ses données en ligne.',
      young: 'Tu es mineur·e : la loi te donne le droit de faire effacer tes données en ligne.',
      parent:
        'Votre enfant est mineur : la loi lui donne le droit de faire effacer ses données en ligne.',
    },
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
    'intimate-images-of-an-adult': {
      default:
        'Vous avez parlé d’images intimes : StopNCII peut aider à bloquer leur diffusion sans que l’image quitte votre appareil.',
      parent:
        'Vous avez parlé d’images intimes de votre enfant majeur : StopNCII peut aider à bloquer leur diffusion.',
      professional:
        'Vous avez parlé d’images intimes de la personne : StopNCII peut aider à bloquer leur diffusion.',
    },
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
    'only-target-files-complaint':
      'Vous êtes témoin : c’est la personne visée, ou ses parents, qui porte plainte. Votre attestation peut l’aider.',
    'complaint-filed': {
      default:
        'Vous avez dit que la plainte est déposée : cette étape est faite. Gardez le récépissé.',
      young: 'Tu as dit que la plainte est déposée : cette étape est faite. Garde le récépissé.',
    },
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
    'author-unknown': {
      default:
        'Vous ne connaissez pas l’auteur, ou seulement son pseudo : la plainte peut viser « X ».',
      young: 'Tu ne connais pas l’auteur, ou seulement son pseudo : ta plainte peut viser « X ».',
    },
    'video-complaint-available':
      'Vous êtes majeur·e : vous pouvez porter plainte en vidéo, sans vous déplacer.',
    'minor-can-file': {
      default: 'La personne visée est mineure : elle a le droit de porter plainte, même seule.',
      young: 'Tu es mineur·e : tu as le droit de porter plainte, même seul·e.',
      parent:
        'Votre enfant est mineur : il a le droit de porter plainte, même seul, et vous aussi en son nom.',
    },
    'registration-refused': {
      default:
        'Vous avez dit qu’on a refusé la plainte : ce refus n’est pas permis, d’autres voies existent.',
      young:
        'Tu as dit qu’on a refusé ta plainte : ce refus n’est pas permis, d’autres voies existent.',
    },
    'help-is-free': {
      default: 'Vous n’avez pas à faire ces démarches seul·e : des aides gratuites existent.',
      young: 'Tu n’as pas à faire ces démarches seul·e : des aides gratuites existent.',
    },
    'press-deadline-running': {
      default:
        'Vous avez parlé d’insultes ou de rumeurs récentes : pour ces faits, le délai peut être de 3 mois seulement.',
      young:
        'Tu as parlé d’insultes ou de rumeurs récentes : pour ces faits, le délai peut être de 3 mois seulement.',
    },
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
    'professional-duties':
      'Vous êtes professionnel·le : la loi vous donne un rôle pour protéger la personne que vous accompagnez.',
    'professional-child-protection':
      'La personne que vous accompagnez est mineure : si elle est en danger ou risque de l’être, la cellule départementale doit être informée.',
    'partner-violence': {
      default:
        'Vous avez dit que l’auteur est un ou une partenaire, ou un ex : le 3919 aide dans ces situations.',
      young:
        'Tu as dit que l’auteur est ton ou ta partenaire, ou un ex : le 3919 aide dans ces situations.',
      parent:
        'L’auteur est le ou la partenaire de votre enfant, ou un ex : le 3919 aide dans ces situations.',
    },
    'pharos-category-not-covered': {
      default:
        'PHAROS traite des contenus précis, comme les menaces ou la haine. D’après vos réponses, ce n’est sans doute pas le bon outil.',
      young:
        'PHAROS traite des contenus précis, comme les menaces ou la haine. D’après tes réponses, ce n’est sans doute pas le bon outil.',
    },
    'pharos-not-for-private-matters': {
      default:
        'Vous avez dit que c’est en privé : PHAROS traite surtout les contenus publics. Le commissariat ou le tchat [[ma-securite|Ma Sécurité]] peuvent aider.',
      young:
        'Tu as dit que c’est en privé : PHAROS traite surtout les contenus publics. Le commissariat ou le tchat [[ma-securite|Ma Sécurité]] peuvent t’aider.',
    },
    'pharos-handles-this-content': {
      default:
        'Vous avez parlé de menaces, de haine, de terrorisme ou d’atteintes à un mineur : PHAROS traite ce type de contenu.',
      young:
        'Tu as parlé de menaces, de haine, de terrorisme ou d’atteintes à un mineur : PHAROS traite ce type de contenu.',
    },
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
        default:
          'Pas de capture, pas de téléchargement, pas de transfert, même pour prouver ou pour aider. Notez seulement le lien et le pseudo, puis signalez.',
        young:
          'Ne fais pas de capture de ces images et ne les envoie à personne. Ce n’est pas ta faute. Note seulement le lien et le pseudo.',
      },
    },
    'press-time-limit': {
      title: 'Insultes et rumeurs : un délai court',
      text: {
        default:
          'Pour une injure ou une diffamation publique, le délai est de 3 mois (1 an si elle est discriminatoire). Il est peut-être dépassé : demandez conseil. Le harcèlement, lui, a un délai de 6 ans après le dernier message.',
        young:
          'Pour des insultes ou des rumeurs publiques, le délai est de 3 mois (1 an si c’est discriminatoire). Il est peut-être dépassé : demande conseil. Pour du harcèlement, le délai est de 6 ans après le dernier message.',
      },
    },
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
          'Une lettre au site pour faire effacer les données d’une personne mineure (loi Informatique et Libertés, article 51). Elle rappelle qu’après un mois sans effacement, la CNIL peut être saisie.',
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

  glossary: {
    'administrateur-ad-hoc': {
      term: 'Administrateur ad hoc',
      definition:
        'Adulte désigné par le juge pour représenter un mineur à la place de ses parents, par exemple s’ils sont en cause.',
    },
    'aide-juridictionnelle': {
      term: 'Aide juridictionnelle',
      definition:
        'Aide de l’État qui paie tout ou partie des frais d’avocat et de justice, selon les revenus et le patrimoine.',
    },
    arcom: {
      term: 'Arcom',
      definition:
        'Autorité publique qui veille en France à l’application du DSA. Elle désigne les signaleurs de confiance.',
    },
    'article-40': {
      term: 'Article 40 du Code de procédure pénale',
      definition:
        'Un agent public qui apprend un crime ou un délit dans son travail doit en aviser le procureur sans délai.',
    },
    'attestation-de-temoin': {
      term: 'Attestation de témoin',
      definition:
        'Récit écrit et daté d’un témoin, sur le formulaire officiel (cerfa), avec son identité complète. C’est une preuve.',
    },
    cnil: {
      term: 'CNIL',
      definition:
        'Commission nationale de l’informatique et des libertés. Elle protège les données personnelles et reçoit les plaintes quand un site ne les efface pas.',
    },
    'commissaire-de-justice': {
      term: 'Commissaire de justice',
      definition:
        'Nouveau nom de l’huissier de justice depuis le 1er juillet 2022. Il peut constater un contenu en ligne ; son constat est payant.',
    },
    crip: {
      term: 'CRIP',
      definition:
        'Cellule de recueil des informations préoccupantes : le service du département qui reçoit les inquiétudes au sujet d’un enfant en danger.',
    },
    dereferencement: {
      term: 'Déréférencement',
      definition:
        'Demande faite à un moteur de recherche pour qu’une page n’apparaisse plus quand on tape le nom et le prénom d’une personne. La page reste en ligne.',
    },
    'droit-a-l-effacement': {
      term: 'Droit à l’effacement des mineurs',
      definition:
        'Droit de faire effacer les données personnelles collectées en ligne quand on était mineur (loi Informatique et Libertés, article 51). Sans réponse en un mois, on peut saisir la CNIL.',
    },
    dsa: {
      term: 'DSA (règlement européen sur les services numériques)',
      definition:
        'Règlement européen qui oblige les plateformes à permettre de signaler en ligne un contenu illicite, à répondre et à proposer des recours.',
    },
    harcelement: {
      term: 'Harcèlement',
      definition:
        'Des messages ou des actes répétés contre une personne. Plusieurs personnes qui agissent chacune une fois, ensemble, ou l’une après l’autre en sachant que d’autres l’ont fait, c’est aussi du harcèlement.',
    },
    hebergeur: {
      term: 'Hébergeur',
      definition:
        'Entreprise qui stocke et diffuse un contenu en ligne : un réseau social, ou la société qui héberge un site. Ses coordonnées figurent dans les mentions légales.',
    },
    'information-preoccupante': {
      term: 'Information préoccupante',
      definition:
        'Alerte transmise à la CRIP par un professionnel inquiet pour un mineur en danger ou en risque de l’être. Elle concerne sa santé, sa sécurité, son éducation ou son développement.',
    },
    'injure-et-diffamation': {
      term: 'Injure et diffamation',
      definition:
        'Délits prévus par la loi de 1881 sur la presse quand les propos sont publics ; en privé, ce sont des contraventions. Pour des propos publics, le délai pour agir est de 3 mois, 1 an s’ils sont discriminatoires. La procédure est très formelle : un avocat est conseillé.',
    },
    'main-courante': {
      term: 'Main courante',
      definition:
        'Déclaration à la police ou à la gendarmerie pour dater des faits. Ce n’est pas une plainte : elle ne lance pas d’enquête et n’arrête pas le délai pour agir.',
    },
    'ma-securite': {
      term: 'Ma Sécurité',
      definition:
        'Site et appli du ministère de l’Intérieur. On peut y parler par tchat à un policier ou un gendarme, 24 h/24. Un espace est réservé aux moins de 18 ans. Le tchat n’est pas une plainte.',
    },
    'partie-civile': {
      term: 'Partie civile',
      definition:
        'Se constituer partie civile, c’est demander réparation dans le procès pénal. Pour un mineur, ce sont ses parents qui le font pour lui.',
    },
    phare: {
      term: 'Programme pHARe',
      definition:
        'Programme de l’Éducation nationale contre le harcèlement. Chaque établissement a une équipe formée et un protocole présenté aux familles.',
    },
    pharos: {
      term: 'PHAROS',
      definition:
        'Portail officiel du ministère de l’Intérieur pour signaler les contenus illicites publics en ligne. Des policiers et gendarmes le traitent. Signaler n’est pas porter plainte.',
    },
    'plainte-contre-x': {
      term: 'Plainte contre X',
      definition:
        'Plainte déposée quand on ne connaît pas l’auteur, par exemple quand on n’a qu’un pseudo.',
    },
    prescription: {
      term: 'Prescription',
      definition:
        'Délai au-delà duquel l’auteur ne peut plus être poursuivi. En général, 6 ans pour un délit, comptés depuis le dernier message pour le harcèlement. Pour l’injure et la diffamation publiques : 3 mois (1 an si elles sont discriminatoires).',
    },
    'procedure-acceleree-au-fond': {
      term: 'Procédure accélérée au fond',
      definition:
        'Procédure devant le président du tribunal judiciaire pour faire cesser un dommage causé par un contenu en ligne. Un avocat est en pratique nécessaire.',
    },
    procureur: {
      term: 'Procureur de la République',
      definition:
        'Magistrat qui décide des poursuites pénales. On peut lui écrire pour porter plainte, au tribunal judiciaire.',
    },
    recepisse: {
      term: 'Récépissé',
      definition:
        'Document remis quand une plainte est enregistrée. Il prouve la date de la plainte : il faut le garder.',
    },
    'reglement-extrajudiciaire': {
      term: 'Organisme de règlement extrajudiciaire des litiges',
      definition:
        'Organisme certifié dans l’Union européenne qui examine un désaccord avec une plateforme, pour des frais faibles. Sa décision n’oblige pas la plateforme.',
    },
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
    visioplainte: {
      term: 'Visioplainte',
      definition:
        'Plainte déposée par visioconférence avec un policier ou un gendarme, sur rendez-vous pris sur Ma Sécurité avec FranceConnect.',
    },
  },
};
