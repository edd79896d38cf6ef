/**
 * Per-platform guidance: how to report, keep evidence and block, in plain French.
 *
 * Source: the `platform.*` facts of docs/facts/platforms.yaml, compiled 2026-11-22 from stored
 * copies of the web. Each link carries its fact's confidence (a test checks it). Only « haute » and
 * « moyenne » URLs are listed; anything weaker is described as a path in the app instead.
 * Every URL must be reopened before each release (docs/facts/README.md, `npm run facts:stale`).
 */

import type { PlatformId } from '../platforms.ts';

/** What to do on one platform. Steps are short sentences, in order. */
export interface PlatformGuide {
  /** Name as the platform writes it, e.g. "Instagram". */
  readonly name: string;
  /** Steps to report in the app, in words. */
  readonly report: readonly string[];
  /** The DSA « contenu illicite » option or form, when the fact base gives one. */
  readonly illegalContent?: string;
  /** What to capture and how on this platform, including its traps. */
  readonly evidence: readonly string[];
  /** How to block, restrict or mute, and what the other person sees. */
  readonly block: readonly string[];
  /** Platform-specific route for intimate images, when the fact base gives one. */
  readonly intimateImages?: string;
  /** The link text of each official page, in the order of `PLATFORM_LINKS` (src/content/platforms.ts). */
  readonly links: readonly string[];
}

// fact: platform.common.no-dsa-form — no public « contenu illicite » form was found for these platforms,
// so the fallback is the in-app report plus a written notice under article 16 of the DSA.
const NO_DSA_FORM =
  'Aucun formulaire « contenu illicite » trouvé : en cas d’échec, envoyer une notification écrite (article 16 du DSA).';

/** Per-platform guidance, keyed by stable id. */
export const PLATFORMS: Readonly<Record<PlatformId, PlatformGuide>> = {
  // fact: platform.instagram.report-path, platform.instagram.vanish-mode, platform.instagram.restrict-and-block
  instagram: {
    name: 'Instagram',
    report: [
      'Publication, Reel ou Story : appuyer sur « ⋯ », puis « Signaler », puis choisir le motif (par exemple harcèlement ou intimidation).',
      'Commentaire : appui long (Android) ou glisser le commentaire (iPhone), puis « Signaler ».',
      'Message privé : appui long sur le message, puis « Signaler ».',
      'Compte : ouvrir le profil, appuyer sur « ⋯ », puis « Signaler ».',
      'Faux compte à son nom : depuis le profil, « Signaler », puis le motif « se fait passer pour quelqu’un ».',
      'Sans compte Instagram : un proche qui en a un peut signaler à sa place.',
      'Les libellés changent selon la version de l’application.',
      'Instagram ne dit pas à la personne signalée qui l’a signalée.',
      NO_DSA_FORM,
    ],
    evidence: [
      'Lien d’une publication : « ⋯ », puis « Copier le lien ».',
      'Noter l’adresse du profil, le pseudo, le nom affiché et la photo : le pseudo peut changer.',
      'Les messages privés n’ont pas de lien : faire une capture qui montre le pseudo et la date.',
      'Mode éphémère : les messages disparaissent une fois lus et la conversation quittée.',
      'En mode éphémère, l’autre personne est prévenue des captures d’écran.',
      'Dans ce mode, signaler tout de suite depuis la conversation, avant de la quitter.',
      'Export : Espace comptes, « Vos informations et autorisations », puis « Télécharger vos informations ».',
      'Choisir la période et le format (HTML ou JSON), puis récupérer le lien dans les 4 jours.',
      'L’effet du blocage sur les messages n’est pas connu : faire les captures avant de bloquer.',
    ],
    block: [
      'Restreindre : la personne n’est pas prévenue ; ses commentaires ne sont visibles que par elle, sauf approbation.',
      'Ses messages arrivent dans les demandes, sans accusé de lecture ; elle ne voit plus quand le compte est en ligne.',
      'Restreindre permet de garder un œil sur le harceleur sans provoquer d’escalade.',
      'Bloquer : la personne n’est pas prévenue ; elle ne peut plus voir le profil ni écrire.',
      'Elle peut encore citer le pseudo ailleurs : en changer si besoin.',
    ],
    intimateImages:
      'Images intimes ou menace de les diffuser : utiliser les pages d’aide dédiées ci-dessous. Meta retire les images signalées et bloque leur republication sur Instagram, Facebook et Messenger. Pour un adulte, la page Meta renvoie vers StopNCII. Moins de 18 ans : en parler à un adulte de confiance ; Instagram participe à Take It Down.',
    links: [
      'Conflits et abus : aide Instagram',
      'Signaler du harcèlement',
      'Signaler un faux compte à son nom (formulaire)',
      'Images intimes partagées sans accord',
      'Menaces de diffuser des images ou des infos privées',
      'Images intimes sans accord : l’aide de Meta',
    ],
  },

  // fact: platform.tiktok.report-path, platform.tiktok.export, platform.tiktok.block
  tiktok: {
    name: 'TikTok',
    report: [
      'Vidéo : appui long sur la vidéo ou bouton Partager, puis « Signaler », puis le motif.',
      'Commentaire : appui long, puis « Signaler ».',
      'Message : appui long sur le message, puis « Signaler ».',
      'Compte : profil, bouton Partager (« ⋯ » sur le web), « Signaler », puis « Signaler le compte ».',
      'Faux compte à son nom : même chemin, puis « Se faire passer pour quelqu’un », puis « Moi ».',
      'TikTok ne dit pas à l’auteur qui l’a signalé.',
    ],
    illegalContent:
      'Dans le même menu, choisir « Signaler un contenu illicite ». Indiquer la catégorie, le pays (la France) et pourquoi c’est illégal ; citer la loi est facultatif mais conseillé. TikTok vérifie d’abord ses règles (retrait partout), sinon la loi (blocage en France). La personne qui signale et l’auteur reçoivent la décision, avec un recours possible.',
    evidence: [
      // fact: platform.tiktok.evidence
      'Lien d’une vidéo : Partager, puis « Copier le lien » ; il contient en général le pseudo et le numéro de la vidéo.',
      'Noter l’adresse du profil (tiktok.com/@pseudo) : le pseudo peut changer.',
      'Pas de messages éphémères ni d’alerte de capture d’écran connus sur TikTok.',
      'Export : Profil, menu, « Paramètres et confidentialité », « Compte », puis « Télécharger vos données ».',
      'Choisir TXT ou JSON ; l’export contient les messages. Il est prêt en quelques jours, puis disponible quelques jours.',
      'L’effet du blocage sur les messages n’est pas connu : faire les captures avant de bloquer.',
    ],
    block: [
      'Bloquer : profil, bouton Partager ou « ⋯ », puis « Bloquer ».',
      'La personne n’est pas prévenue ; elle ne peut plus écrire, voir les publications ni trouver le profil.',
      'Exceptions : LIVE à plusieurs, duos et groupes en commun.',
    ],
    intimateImages:
      'Images intimes, deepfake sexuel ou mineur concerné : formulaire web dédié de TikTok, avec réponse par SMS ou courriel. TikTok participe à StopNCII (adultes) et à Take It Down (images prises avant 18 ans).',
    links: [
      'Centre d’aide : signaler un problème',
      'Signaler un contenu illicite (UE)',
      'Signaler un faux compte à son nom',
      'Prévenir le harcèlement : centre de sécurité',
    ],
  },

  // fact: platform.snapchat.report-path, platform.snapchat.disappearing, platform.snapchat.block-removes-chat
  snapchat: {
    name: 'Snapchat',
    report: [
      'Snap, Story ou message : appui long sur le contenu, puis « Signaler », puis le motif.',
      'Signaler un média dans l’appli y joint une copie automatiquement : utile s’il disparaît ensuite.',
      'Compte : appui long sur le nom, ou ouvrir le profil, puis « ⋯ » et « Signaler ».',
      'Sans compte, ou de façon anonyme : passer par le formulaire du site d’assistance.',
      'Snap ne dit jamais à la personne signalée qui l’a signalée ; elle est prévenue seulement si Snap agit.',
      'Parent avec le Centre parental : signaler un ami de l’ado depuis « Discussions récentes » ou la liste d’amis.',
      'Dans ce cas, ni l’ado ni le compte signalé ne sont prévenus.',
      NO_DSA_FORM,
    ],
    evidence: [
      'Les Snaps disparaissent après visionnage ; les discussions après lecture ou au bout de 24 h, selon le réglage.',
      'Un message enregistré dans la discussion reste, mais l’autre voit qu’il a été enregistré.',
      'La capture d’écran est signalée à l’expéditeur, pour les Snaps comme pour les discussions : l’auteur le saura.',
      'Pour éviter l’alerte : photographier l’écran avec un autre appareil. Jamais pour une image intime d’un mineur.',
      'Noter le nom d’utilisateur, le nom affiché et le Bitmoji.',
      'Bloquer fait disparaître la discussion : tout capturer avant de bloquer.',
      'Export : Paramètres, « Mes données », faire la demande ; un lien arrive par courriel (fichier ZIP).',
      'L’export ne contient pas les conversations déjà effacées.',
    ],
    block: [
      'Bloquer : l’autre ne peut plus envoyer de Snaps ni de messages, ni voir les Stories.',
      'Il n’est pas prévenu, mais le compte lui paraît introuvable.',
      'La discussion disparaît de la liste au blocage : capturer avant.',
      'Plus discret : supprimer l’ami ; selon les réglages, il peut encore écrire, sous forme de demande.',
    ],
    intimateImages:
      'Signaler dans l’appli : une copie est jointe au signalement, inutile de capturer l’image. Snap participe à StopNCII (adultes) et à Take It Down (images prises avant 18 ans).',
    links: [
      'Signaler un problème de sécurité',
      'Parents : signaler un ami de son ado (Centre parental)',
      'Guide pour les parents et les éducateurs',
    ],
  },

  // fact: platform.facebook.report-path, platform.facebook.export, platform.facebook.block
  facebook: {
    name: 'Facebook et Messenger',
    report: [
      'Publication, commentaire, profil, Page ou groupe : « ⋯ », puis « Obtenir de l’aide ou signaler », puis le motif.',
      'Le libellé peut varier : chercher l’option de signalement dans ce menu.',
      'Message : dans la conversation, appuyer sur le nom ou « ⋯ », puis « Signaler ».',
      'Faux profil à son nom : profil, « ⋯ », « Signaler », « se fait passer pour quelqu’un », puis « Moi ».',
      'Une pièce d’identité peut être demandée.',
      'Facebook ne dit pas à la personne signalée qui l’a signalée.',
      'Signaler ne garantit pas le retrait ; suivre la réponse dans la « boîte de réception de l’assistance ».',
      'En cas de refus, contester la décision, puis saisir un organisme de règlement extrajudiciaire des litiges.',
      NO_DSA_FORM,
    ],
    evidence: [
      // fact: platform.facebook.evidence
      'Noter l’adresse du profil ; si elle contient « profile.php?id= », le nombre qui suit est en général l’identifiant stable.',
      'Lien d’une publication : « ⋯ », puis « Copier le lien ».',
      'L’effet du blocage sur la conversation n’est pas connu : faire les captures avant de bloquer.',
      'Export : Paramètres, Espace comptes, « Vos informations et autorisations », puis « Télécharger vos informations ».',
      'L’export contient notamment les publications, les messages et les adresses IP de connexion.',
      'Les conversations Messenger chiffrées n’y figurent peut-être pas : garder aussi des captures.',
    ],
    block: [
      'Bloquer : la personne n’est pas avertie.',
      'Elle ne peut plus voir le profil, identifier, inviter ni écrire.',
      'Bloquer un ami le retire aussi de la liste d’amis.',
      'Plus discret : masquer un commentaire ; son auteur le voit encore, les autres non.',
    ],
    intimateImages:
      'Utiliser le formulaire Meta dédié aux images intimes (lien ci-dessous). Meta retire les images signalées et bloque leur republication sur Facebook, Instagram et Messenger. Pour un adulte, Meta conseille de garder une trace des pages avant le retrait, et renvoie vers StopNCII. Pour un mineur, ne rien capturer : noter l’adresse et le pseudo, puis utiliser Take It Down.',
    links: [
      'Signaler un contenu : aide Facebook',
      'Un profil se fait passer pour moi',
      'Images intimes : formulaire de signalement',
      'Images intimes sans accord : l’aide de Meta',
      'Ressources « Not Without My Consent »',
      'Télécharger ses informations',
    ],
  },

  // fact: platform.x.report-path, platform.x.export, platform.x.block-and-mute
  x: {
    name: 'X (ex-Twitter)',
    report: [
      'Post : « ⋯ », puis « Signaler », puis dire pour qui (moi, quelqu’un d’autre, tout le monde sur X) et décrire.',
      'X peut proposer d’ajouter d’autres posts du même compte.',
      'Profil : « ⋯ », puis « Signaler ».',
      'Message privé : appui long sur le message, puis « Signaler » ; sur ordinateur, par l’icône info de la conversation.',
      'Faux compte à son nom : formulaire d’usurpation (lien ci-dessous).',
      'Les courriels de suivi reprennent le texte des posts signalés : attention si la boîte mail est partagée.',
      'Cette reprise du texte peut être désactivée.',
    ],
    illegalContent:
      'Dans le menu « ⋯ », choisir « Signaler un contenu illicite dans l’UE », ou remplir le formulaire DSA en ligne (lien ci-dessous).',
    evidence: [
      // fact: platform.x.evidence
      'Copier le lien de chaque post : le numéro après « status » reste en général le même si le pseudo change.',
      'Pas de messages éphémères ni d’alerte de capture d’écran connus sur X.',
      'Le blocage ne fait pas disparaître la conversation.',
      'Export : « Paramètres et confidentialité », « Votre compte », puis « Télécharger une archive de vos données ».',
      'Il faut le mot de passe et un code ; l’archive (posts, messages privés, médias) peut prendre plusieurs jours.',
    ],
    block: [
      'Depuis novembre 2024, un compte bloqué peut encore voir les posts publics.',
      'Il ne peut plus interagir, suivre, écrire en privé ni identifier ; sur le profil, il voit qu’il est bloqué.',
      'Pour qu’il ne voie plus rien : passer le compte en « posts protégés ».',
      'Masquer (mute) est invisible pour l’autre personne.',
    ],
    intimateImages:
      'Signaler le post avec le motif « Contenu privé ou non consenti ». La procédure « Take It Down Act » de X vaut seulement aux États-Unis : elle ne s’applique pas en France.',
    links: [
      'Signaler un comportement abusif',
      'Signaler un contenu illicite (UE) : formulaire',
      'Signaler un faux compte à son nom (formulaire)',
      'Règle sur les infos privées et la nudité sans accord',
    ],
  },

  // fact: platform.youtube.report-path, platform.youtube.hide-user
  youtube: {
    name: 'YouTube',
    report: [
      'Vidéo : sous le lecteur, « ⋯ » (Plus), puis « Signaler », puis le motif ; indiquer le moment précis aide.',
      'Short ou miniature : « ⋯ », puis « Signaler ».',
      'Commentaire : « ⋯ », puis « Signaler ».',
      'Chaîne : page de la chaîne, « À propos » ou « ⋯ », puis « Signaler l’utilisateur ».',
      'Signaler la chaîne permet de regrouper plusieurs vidéos ou commentaires.',
      'Faux compte à son nom : signaler la chaîne avec le motif usurpation.',
      'Le signalement est anonyme.',
      'Un contenu signalé n’est pas retiré automatiquement ; le nombre de signalements ne change rien si la règle est respectée.',
      'Vidéo de soi sans accord, infos personnelles, ou IA qui imite son visage ou sa voix : plainte pour atteinte à la vie privée.',
      'YouTube conseille de contacter l’auteur d’abord : ne pas le faire, aller directement à la plainte.',
      'Pour un mineur, un parent ou représentant légal peut faire cette plainte.',
      'Diffamation ou décision de justice : passer par les formulaires juridiques (liens ci-dessous).',
      'Une copie expurgée des demandes juridiques peut être publiée par Google (base Lumen).',
    ],
    illegalContent:
      'Pas de formulaire DSA distinct : pour un contenu illégal, utiliser la page Google « Signaler un contenu pour des raisons juridiques » (lien ci-dessous).',
    evidence: [
      'Copier le lien de la vidéo : son identifiant suit « watch?v= ».',
      // fact: platform.youtube.evidence
      'Noter le lien de la chaîne : la forme « channel/UC… » est en principe stable, le « @pseudo » peut changer.',
      'Pour un commentaire, garder son lien horodaté.',
      'Pas de messages éphémères ni d’alerte de capture d’écran connus sur YouTube.',
    ],
    block: [
      'Pour un créateur : « Masquer l’utilisateur de la chaîne » l’empêche de commenter sur la chaîne.',
      'Ses anciens commentaires restent jusqu’à leur suppression : les capturer avant.',
    ],
    links: [
      'Signaler une vidéo, un commentaire ou une chaîne',
      'Règle sur le harcèlement et la cyberintimidation',
      'Protéger son identité et sa vie privée',
      'Plainte pour atteinte à la vie privée : les règles',
      'Autres plaintes juridiques et décisions de justice',
      'Google : signaler un contenu pour des raisons juridiques',
    ],
  },

  // fact: platform.discord.report-path, platform.discord.links-and-ids, platform.discord.block
  discord: {
    name: 'Discord',
    report: [
      'Message : clic droit ou appui long, puis « Signaler ».',
      'Dans un serveur : prévenir d’abord ses modérateurs, puis Discord.',
      'Message privé, ou modérateurs inactifs : formulaire web de Discord (lien ci-dessous).',
      'Parents ou personnes sans compte : même formulaire.',
      'Discord demande des liens de message et des identifiants (ID), pas seulement des captures.',
      'Un message supprimé avant d’être signalé est perdu comme preuve : signaler vite.',
    ],
    illegalContent:
      'Un formulaire web « contenu illicite » existe pour les utilisateurs de l’UE ; la page DSA de Discord y renvoie. Appel possible pendant 6 mois, puis organisme de règlement extrajudiciaire.',
    evidence: [
      'Activer le mode développeur : Paramètres utilisateur, « Avancés », puis « Mode développeur ».',
      'Sur les anciennes versions, cette option était dans « Apparence ».',
      'Puis clic droit : « Copier l’identifiant » de l’utilisateur, du serveur et de chaque message.',
      'Et « Copier le lien du message » pour chaque message.',
      'L’auteur peut supprimer ses messages à tout moment : copier les liens et capturer tout de suite.',
      'Pas d’export des messages des autres : garder liens, identifiants et captures.',
    ],
    block: [
      'Bloquer empêche les messages privés et les demandes d’ami.',
      'Ses messages dans les serveurs en commun sont masqués, mais peuvent être affichés.',
      'L’historique n’est pas effacé.',
      'La personne n’est pas prévenue, mais peut le deviner quand ses messages ne passent plus.',
    ],
    links: [
      'Signaler un comportement abusif (aussi sans compte)',
      'Formulaire web de signalement',
      'Contenu illicite et recours (DSA)',
      'Trouver les identifiants (mode développeur)',
      'Comment signaler à Discord : guide des modérateurs',
    ],
  },

  // fact: platform.whatsapp.report-path, platform.whatsapp.block-keeps-chat, platform.whatsapp.view-once
  whatsapp: {
    name: 'WhatsApp',
    report: [
      'Message : appui long sur le message, puis « Signaler ».',
      'Contact ou numéro : ouvrir la conversation, toucher le nom du contact, puis « Signaler le contact » ou « Signaler et bloquer ».',
      'Groupe : ouvrir les infos du groupe, puis « Signaler ».',
      'WhatsApp reçoit alors les 5 derniers messages de la personne ou du groupe, avec leur heure et leur type.',
      'La personne signalée n’est pas prévenue.',
    ],
    evidence: [
      'Noter le numéro complet avec l’indicatif, le nom du groupe, la date et l’heure de chaque message.',
      'Exporter la discussion sur Android : dans la conversation, « ⋮ », « Plus », puis « Exporter la discussion ».',
      'Sur iPhone : toucher le nom du contact, puis « Exporter la discussion ».',
      'Choisir « sans médias » ou « avec médias » ; toujours « sans médias » si la discussion contient une image intime d’un mineur.',
      'Le fichier exporté ne peut pas être réimporté dans WhatsApp : garder aussi la discussion.',
      'Messages éphémères : ils disparaissent 24 h, 7 jours ou 90 jours après l’envoi ; chacun des deux peut les activer.',
      'Exporter ou capturer dès réception, et « conserver » les messages importants : ils ne disparaîtront pas.',
      'Vue unique : capture et enregistrement d’écran sont bloqués ; le média ne peut être ni enregistré ni transféré.',
      'Noter alors la date, l’heure et le numéro. Photographier l’écran avec un autre appareil reste possible, jamais pour une image intime d’un mineur.',
      // fact: platform.whatsapp.delete-for-everyone
      'L’expéditeur peut « supprimer pour tous » un message : capturer vite.',
    ],
    block: [
      'Bloquer : plus d’appels, de messages ni de statuts de cette personne. Elle n’est pas prévenue.',
      'Elle ne voit plus « vu à », « en ligne », le statut ni les changements de photo.',
      'La discussion reste dans la liste : ne pas la supprimer, c’est une preuve.',
      'Le message « Vous avez bloqué ce contact » n’est visible que par la personne qui bloque.',
      'En bloquant, la case « Signaler à WhatsApp » est cochée par défaut.',
    ],
    links: [
      'Bloquer et signaler, pas à pas',
      'Ce qui se passe quand on bloque ou signale',
      'Exporter une discussion',
      'Messages éphémères',
    ],
  },

  // fact: platform.twitch.report-path, platform.twitch.block
  twitch: {
    name: 'Twitch',
    report: [
      'Chaîne ou diffusion : « ⋮ » sous le lecteur ou près du bouton Partager, puis « Signaler », le motif et une description.',
      'Utilisateur dans le chat : cliquer sur son pseudo, puis « ⋮ » et « Signaler ».',
      'Whisper (message privé) : engrenage de la conversation, puis l’option de signalement du harcèlement.',
      'Ajouter captures, clips, dates et heures.',
      'Ces libellés viennent d’une ancienne page d’aide : ils ont pu changer.',
      NO_DSA_FORM,
    ],
    evidence: [
      'Noter l’adresse de la chaîne (twitch.tv/pseudo).',
      'Garder les liens des clips et des rediffusions, avec le moment précis.',
      // fact: platform.twitch.evidence
      'Rediffusions et chat ne sont en général pas gardés indéfiniment : créer un clip ou capturer vite.',
      'Pas d’export du chat : faire des captures.',
    ],
    block: [
      'Bloquer empêche ses whispers, demandes d’ami, « hosts » et abonnements offerts sur la chaîne.',
      'Ses messages sont masqués dans les chats que l’on ne modère pas.',
      'Un créateur peut aussi empêcher un utilisateur connecté de regarder ses diffusions.',
    ],
    links: ['Signaler un utilisateur, une chaîne ou un whisper'],
  },

  // fact: platform.roblox.report-path
  roblox: {
    name: 'Roblox',
    report: [
      'Dans une expérience : Menu (≡), puis le drapeau près du joueur ou l’onglet « Signaler ».',
      'Choisir le joueur et le type d’abus, écrire une courte description, puis « Envoyer ».',
      'Un joueur déconnecté peut encore être signalé : écrire son pseudo dans le commentaire.',
      'Sur le site : bouton « Signaler un abus ».',
      'Signaler le message ou le contenu précis, pas seulement le profil : sinon les modérateurs ne voient pas la faute.',
    ],
    illegalContent:
      'Formulaire « contenu illicite » pour l’UE (lien ci-dessous) : adresse du contenu, pays, type d’illégalité, explication, nom et courriel. Roblox motive ses décisions ; appel possible pendant 6 mois, puis recours extrajudiciaire.',
    evidence: [
      // fact: platform.roblox.evidence
      'Noter le numéro dans l’adresse du profil (roblox.com/users/numéro/profile) : en principe, il ne change pas.',
      'Noter le nom de l’expérience, son adresse et l’heure.',
      'Pas d’export du chat : faire des captures.',
    ],
    block: [
      'Bloquer : profil, « ⋯ », puis « Bloquer », ou dans l’expérience depuis la liste des joueurs.',
      'Le compte bloqué ne peut plus contacter.',
      'Les paramètres de confidentialité permettent de limiter qui peut discuter.',
    ],
    links: [
      'Signaler une infraction et bloquer',
      'Signaler et bloquer dans une expérience',
      'Signaler un contenu illicite (UE)',
    ],
  },

  // fact: platform.telegram.report-path, platform.telegram.unsend-export, platform.telegram.block
  telegram: {
    name: 'Telegram',
    report: [
      'Message : appui long (iPhone) ou toucher (Android), puis « Signaler », puis le motif.',
      'Utilisateur : profil, « ⋮ », puis « Signaler ».',
      'Inconnu qui écrit : bandeau « Bloquer », avec la case « Signaler comme spam ».',
      'Aussi par courriel, à abuse@telegram.org.',
    ],
    illegalContent:
      'Formulaire DSA « contenu illicite » de Telegram (lien ci-dessous) : nom, coordonnées et explication claire. Des signalements abusifs répétés peuvent faire suspendre leur traitement. Un bot Telegram sert aussi de point de contact DSA.',
    evidence: [
      'Chaque participant d’une conversation privée peut effacer les messages des deux côtés, à tout moment.',
      'Un minuteur d’autodestruction peut aussi être activé : exporter ou capturer tout de suite.',
      'Un message transféré peut ne plus indiquer son auteur : capturer le message d’origine et le profil.',
      'Export : Telegram Desktop, Paramètres, « Avancés », puis « Exporter les données ».',
      'Ou, dans une conversation : « ⋮ », puis « Exporter l’historique » (HTML ou JSON, médias en option).',
      'Exporter sans médias si la conversation contient une image intime d’un mineur.',
      'Noter le @pseudo, qui peut changer, et le lien des messages publics (t.me/canal/numéro).',
    ],
    block: [
      'Bloquer : Paramètres, « Confidentialité et sécurité », « Utilisateurs bloqués », ou depuis le profil.',
      'La personne n’est pas prévenue ; elle voit « vu il y a longtemps ».',
      'Bloquer n’empêche pas l’autre d’effacer l’historique commun : exporter avant.',
    ],
    links: [
      'Contenu illicite : comment le faire retirer',
      'Guide DSA de Telegram (UE)',
      'Signaler un contenu illicite (UE) : formulaire',
      'Point de contact DSA (bot Telegram)',
      'Exporter l’historique des conversations',
    ],
  },

  // fact: platform.reddit.report-path, platform.reddit.evidence, platform.reddit.block
  reddit: {
    name: 'Reddit',
    report: [
      'Post ou commentaire : « ⋯ », puis « Signaler », puis le motif (règle du subreddit ou de Reddit).',
      'Chat : appui long sur le message (mobile) ou « ⋯ » (ordinateur), puis « Signaler ».',
      'Formulaire en ligne : harcèlement, menaces, médias intimes non consentis, abus de mineurs ; il demande le permalien.',
      NO_DSA_FORM,
    ],
    evidence: [
      'Copier le permalien : « Partager », puis « Copier le lien ».',
      'Noter le u/pseudo et le nom du subreddit.',
      'Un contenu supprimé par son auteur disparaît : capturer vite.',
      'Le blocage ne fait pas disparaître la conversation.',
    ],
    block: [
      'Bloquer est silencieux.',
      'La personne bloquée ne voit plus les posts et commentaires du compte qui l’a bloquée : ils lui paraissent supprimés.',
      'Exception : elle les voit encore si elle modère le subreddit.',
      'Elle ne peut plus écrire à ce compte.',
      'Ses contenus à elle restent visibles, repliés, pour pouvoir les signaler.',
    ],
    intimateImages:
      'Le formulaire de signalement de Reddit a une catégorie « médias intimes non consentis ». Reddit participe à StopNCII et à Take It Down.',
    links: ['Signaler un post ou un commentaire', 'Formulaire de signalement'],
  },
};

/** Rules common to every platform (`platform.common.*` facts), as short sentences. */
// fact: platform.common.capture-first, platform.common.never-copy-child-sexual-images, platform.common.reporter-not-revealed
// fact: platform.common.legal-forms-may-be-shared, platform.common.stable-id, platform.common.export-complements, dsa.art16-notice
export const COMMON_RULES: readonly string[] = [
  'Capturer d’abord, agir ensuite : garder les preuves avant de bloquer, signaler, quitter ou supprimer.',
  'Pour chaque contenu : une capture datée, son lien (URL), le pseudo et l’identifiant stable de l’auteur.',
  'Certaines applis effacent la conversation au blocage, après lecture, ou quand l’auteur supprime ses messages.',
  'Jamais d’image sexuelle d’un mineur : ne pas la capturer, ne pas la copier, ne pas la transférer, même pour prouver.',
  'Dans ce cas, noter seulement l’adresse (URL) et le pseudo, puis signaler à PHAROS, à Point de Contact ou au 3018.',
  'Sur la plupart des plateformes, la personne signalée ne sait pas qui l’a signalée.',
  'Elle est en général prévenue si son contenu est retiré, mais sans le nom de la personne qui a signalé.',
  'Exception : une demande juridique (droit d’auteur, diffamation, parfois usurpation) peut lui être transmise, en tout ou en partie.',
  'Pour un contenu illégal, choisir l’option « contenu illicite » quand elle existe.',
  'Y donner l’adresse exacte du contenu, expliquer pourquoi il est illégal, et déclarer signaler de bonne foi.',
  'Nom et courriel sont demandés, sauf pour un contenu pédocriminel.',
  'Les pseudos changent : noter aussi l’identifiant numérique ou le lien permanent quand il existe.',
  'L’export officiel des données complète les captures sans les remplacer.',
  'Il ne contient que ce que le compte voit encore.',
];
