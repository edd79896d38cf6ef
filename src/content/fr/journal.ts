import type { Counted } from '../types.ts';

/**
 * Words of the evidence journal ("Journal des preuves"). Facts: evidence.capture-date-and-url,
 * evidence.commissaire-de-justice, platform.common.never-copy-child-sexual-images and
 * sextortion.journal-accepts-text-captures (docs/facts). `{name}` marks a value filled in by the
 * interface.
 *
 * A sentence that speaks to the reader is a `Voiced` text (src/content/types.ts): `young` says "tu"
 * to a minor who uses Balise themself; `parent`, `professional` and `witness` exist only where the
 * default would be wrong for them. Labels that speak to no one stay plain strings, and so does
 * `export`: the exported files are read by adults (police, lawyer) in the default voice.
 */
export const journalText = {
  title: 'Journal des preuves',
  lead: {
    default:
      'Notez ici chaque message, publication ou appel, avec vos captures. Tout reste sur cet appareil.',
    young:
      'Note ici chaque message, publication ou appel, avec tes captures. Tout reste sur cet appareil.',
    parent:
      'Notez ici chaque message, publication ou appel visant votre enfant, avec vos captures. Tout reste sur cet appareil.',
    professional:
      'Notez ici chaque message, publication ou appel visant la personne que vous aidez, avec vos captures. Tout reste sur cet appareil.',
    witness:
      'Notez ici chaque message, publication ou appel que vous avez vu, avec vos captures. Tout reste sur cet appareil.',
  },
  privacy: {
    default:
      'Rien n’est envoyé : le journal est gardé dans ce navigateur, sur cet appareil. Pensez à l’exporter pour ne pas le perdre en changeant de téléphone.',
    young:
      'Rien n’est envoyé : le journal est gardé dans ce navigateur, sur cet appareil. Pense à l’exporter pour ne pas le perdre si tu changes de téléphone.',
  },
  add: 'Noter ce qui s’est passé',
  dismiss: 'J’ai compris',
  empty: {
    default: 'Aucun acte noté pour l’instant. Commencez par le plus récent : une minute suffit.',
    young: 'Aucun acte noté pour l’instant. Commence par le plus récent : une minute suffit.',
  },
  counts: {
    none: 'Aucun acte noté.',
    summary: '{acts}, {accounts}, du {from} au {to}',
    summaryOneDay: '{acts}, {accounts}, le {from}',
    acts: { one: '{count} acte', other: '{count} actes' } satisfies Counted,
    accounts: { one: '{count} compte', other: '{count} comptes' } satisfies Counted,
  },
  filters: {
    title: 'Filtrer',
    platform: 'Plateforme',
    kind: 'Type d’acte',
    author: 'Auteur',
    all: 'Tous',
    shown: {
      one: '{count} acte affiché sur {total}',
      other: '{count} actes affichés sur {total}',
    } satisfies Counted,
    clear: 'Effacer les filtres',
    more: 'Afficher les {count} actes suivants',
  },
  entry: {
    occurredAt: 'Quand ?',
    date: 'Date',
    time: { default: 'Heure (si vous la connaissez)', young: 'Heure (si tu la connais)' },
    approximate: 'Date ou heure approximative',
    capturedAt: 'Noté le {date}',
    modifiedAt: 'modifié le {date}',
    /** The act's place in the journal's hash chain (the verifier of the export checks it). */
    record: 'Enregistrement n° {seq} du journal, empreinte {hash}',
    /** On a picture of the act: the way to a copy with zones masked, to share. */
    maskLink: 'Masquer des zones avant de partager « {name} »',
    /** On a masked copy: the image it was made from. */
    maskedFrom: 'Copie masquée de l’image d’empreinte {hash}',
    maskAdded: 'La copie masquée est ajoutée à l’acte ; l’image d’origine reste inchangée.',
    versions: {
      title: 'Versions précédentes',
      intro:
        'Chaque modification garde ce que l’acte disait avant, avec sa date : rien n’est réécrit en silence.',
      change: 'Modifié le {date} : {fields}',
      before: 'Avant :',
      fields: {
        occurredAt: 'date',
        approximate: 'date approximative',
        platform: 'réseau',
        where: 'précision',
        url: 'adresse',
        conversation: 'conversation',
        author: 'auteur',
        kinds: 'type',
        description: 'description',
        attachments: 'fichiers',
        checks: 'capture vérifiée',
      },
      empty: '(vide)',
    },
    platform: 'Où ?',
    where: 'Précision (story, groupe, commentaire…)',
    url: 'Adresse (URL) du contenu',
    urlHint: {
      default:
        'Copiez le lien du contenu (bouton « Partager » puis « Copier le lien »). Pour un message privé, décrivez la conversation ci-dessous.',
      young:
        'Copie le lien du contenu (bouton « Partager » puis « Copier le lien »). Pour un message privé, décris la conversation ci-dessous.',
    },
    conversation: 'Conversation (pour un message privé)',
    author: 'Auteur : pseudo ou adresse du profil',
    authorHint: {
      default: 'Notez le pseudo et, si possible, l’identifiant qui ne change pas (lien du profil).',
      young: 'Note le pseudo et, si possible, l’identifiant qui ne change pas (lien du profil).',
    },
    kinds: 'Ce que c’est',
    description: 'Ce qui s’est passé',
    descriptionHint:
      'Les mots exacts si possible, sans les recopier s’il s’agit d’images sexuelles.',
    attachments: 'Captures et fichiers',
    attachmentsHint:
      'Captures d’écran, photos, PDF, discussions exportées, audio, vidéo. Plusieurs fichiers possibles.',
    noAttachment: 'Aucun fichier joint.',
    filesCount: { one: '{count} fichier', other: '{count} fichiers' } satisfies Counted,
    hash: 'Empreinte SHA-256',
    verify: 'Vérifier le fichier',
    verifying: 'Vérification…',
    verified: 'Le fichier n’a pas changé depuis son ajout.',
    changed: 'Attention : le fichier ne correspond plus à son empreinte.',
    missing: 'Ce fichier est introuvable sur cet appareil : il a été effacé ou n’a pas pu être lu.',
    unreadable: {
      default: 'Ce fichier n’a pas pu être lu pour l’instant. Réessayez plus tard.',
      young: 'Ce fichier n’a pas pu être lu pour l’instant. Réessaie plus tard.',
    },
    missingWhat: {
      default:
        'Si vous avez gardé l’original (galerie, téléchargements, autre appareil), ajoutez-le de nouveau avec « Modifier ». Sinon, retirez-le de l’acte : sa description et son empreinte restent une trace utile.',
      young:
        'Si tu as gardé l’original (galerie, téléchargements, autre appareil), ajoute-le de nouveau avec « Modifier ». Sinon, retire-le de l’acte : sa description et son empreinte restent une trace utile.',
    },
    show: 'Afficher l’image',
    hide: 'Masquer l’image',
    blurred: {
      default: 'Image masquée pour vous éviter de la revoir.',
      young: 'Image masquée pour t’éviter de la revoir.',
    },
    open: 'Ouvrir le fichier',
    removeFile: 'Retirer ce fichier',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Acte enregistré.',
    cancel: 'Annuler',
    edit: 'Modifier',
    delete: 'Supprimer',
    deleteConfirm: 'Supprimer cet acte et ses fichiers ? Cette action est définitive.',
    deleteYes: 'Oui, supprimer',
    deleteFailed: 'L’acte n’a pas été supprimé : il est toujours dans le journal.',
    deleted: 'Acte supprimé.',
    newTitle: 'Noter un acte',
    editTitle: 'Modifier un acte',
    detailTitle: 'Acte du {date}',
    back: 'Retour au journal',
    required: 'Champ obligatoire',
    errorsTitle: 'Il manque des informations',
    errorOccurredAt: { default: 'Indiquez au moins la date.', young: 'Indique au moins la date.' },
    errorKinds: {
      default: 'Choisissez au moins un type d’acte.',
      young: 'Choisis au moins un type d’acte.',
    },
    conflict: {
      default:
        'Cet acte a été modifié ailleurs (dans un autre onglet ?) depuis l’ouverture de ce formulaire. Rien n’a été enregistré et aucun fichier n’a été retiré. Vos modifications sont toujours ci-dessous.',
      young:
        'Cet acte a été modifié ailleurs (dans un autre onglet ?) depuis l’ouverture de ce formulaire. Rien n’a été enregistré et aucun fichier n’a été retiré. Tes modifications sont toujours ci-dessous.',
    },
    conflictDeleted: {
      default:
        'Cet acte a été supprimé ailleurs (dans un autre onglet ?), avec ses fichiers, depuis l’ouverture de ce formulaire. Rien n’a été enregistré. Vos modifications sont toujours ci-dessous.',
      young:
        'Cet acte a été supprimé ailleurs (dans un autre onglet ?), avec ses fichiers, depuis l’ouverture de ce formulaire. Rien n’a été enregistré. Tes modifications sont toujours ci-dessous.',
    },
    conflictMerge: 'Garder mes modifications et reprendre les fichiers de la version enregistrée',
    conflictRecreate: 'Noter de nouveau cet acte avec mes modifications',
    conflictReload: 'Abandonner mes modifications et voir la version enregistrée',
    conflictMerged: {
      default:
        'Les fichiers de la version enregistrée sont repris ci-dessous, avec les vôtres. Vérifiez, puis enregistrez.',
      young:
        'Les fichiers de la version enregistrée sont repris ci-dessous, avec les tiens. Vérifie, puis enregistre.',
    },
    errorSaveFailed: {
      default:
        'L’acte n’a pas pu être enregistré : un fichier n’a pas pu être lu (déplacé ou supprimé ?). Rien n’a été modifié ; retirez-le ou choisissez-le à nouveau.',
      young:
        'L’acte n’a pas pu être enregistré : un fichier n’a pas pu être lu (déplacé ou supprimé ?). Rien n’a été modifié ; retire-le ou choisis-le à nouveau.',
    },
    errorFileTooBig: 'Le fichier « {name} » dépasse {max} : il n’a pas été ajouté.',
    // Sextortion: the blackmail itself is evidence to keep; the image never is.
    confirmNoIntimateImage:
      'Je confirme que ces captures ne montrent aucune image intime, pas même une vignette.',
    confirmNoIntimateImageHint: {
      default:
        'Gardez les messages de chantage, le profil (pseudo, identifiant, lien) et les demandes de paiement. Recadrez chaque capture pour qu’aucune image intime ni vignette n’apparaisse.',
      young:
        'Garde les messages de chantage, le profil (pseudo, identifiant, lien) et les demandes de paiement. Recadre chaque capture pour qu’aucune image intime ni vignette n’apparaisse.',
    },
    errorConfirmNoIntimateImage: {
      default:
        'Cochez la case de confirmation si vos captures ne montrent aucune image intime ; sinon, retirez les fichiers.',
      young:
        'Coche la case de confirmation si tes captures ne montrent aucune image intime ; sinon, retire les fichiers.',
      parent:
        'Cochez la case de confirmation si les captures ne montrent aucune image intime ; sinon, retirez les fichiers.',
      professional:
        'Cochez la case de confirmation si les captures ne montrent aucune image intime ; sinon, retirez les fichiers.',
    },
    notFoundTitle: 'Cet acte n’existe pas',
    notFoundText:
      'Il a peut-être été supprimé, ou le lien est incomplet. Le reste du journal est intact.',
    platformOther: 'Autre',
    // fact: evidence.capture-date-and-url, fact: evidence.capture-author-handle
    captureTips: {
      titleOn: 'Pour une capture utile sur {platform}',
    },
    captureChecks: {
      legend: {
        default: 'Ce que votre capture montre',
        young: 'Ce que ta capture montre',
      },
      hint: {
        default:
          'Cochez ce qui est vrai : c’est gardé avec l’acte et écrit dans la chronologie, pour qui la lira.',
        young:
          'Coche ce qui est vrai : c’est gardé avec l’acte et écrit dans la chronologie, pour qui la lira.',
      },
      items: {
        'date-shown': 'La date et l’heure se voient.',
        'address-noted':
          'L’adresse (URL) du contenu est notée, ou à défaut le réseau et la conversation.',
        'author-id':
          'Le pseudo ou l’identifiant de l’auteur se voit, pas seulement son nom affiché.',
        context: 'Le contenu est entier, avec ce qui l’entoure.',
        'own-data-hidden':
          'Les données privées sans lien avec les faits sont cachées (numéro, adresse, autres conversations).',
      },
      ephemeral: {
        default:
          'Une story, un snap ou un message éphémère peut disparaître vite : faites la capture maintenant, avant de remplir le reste.',
        young:
          'Une story, un snap ou un message éphémère peut disparaître vite : fais la capture maintenant, avant de remplir le reste.',
      },
    },
  },
  refused: {
    title: 'Pas de fichier pour ce contenu',
    text: {
      default:
        'Copier, ajouter ici ou envoyer une image sexuelle d’un mineur est interdit, même pour prouver. Notez seulement l’adresse (URL), le pseudo, la date et l’heure, puis signalez-la (PHAROS, 3018).',
      young:
        'Copier, ajouter ici ou envoyer une image sexuelle d’un mineur est interdit, même pour prouver. Ce n’est pas ta faute. Note seulement l’adresse (URL), le pseudo, la date et l’heure, puis signale-la (PHAROS, 3018).',
    },
  },
  checklist: {
    title: 'Ce qu’une capture doit montrer',
    items: [
      'La date et l’heure du message ou de la publication.',
      'L’adresse (URL) du contenu, ou le nom de la conversation.',
      'Le pseudo de l’auteur et, si possible, son identifiant stable (lien du profil).',
      'Le contenu en entier, avec ce qui l’entoure (réponses, réactions).',
    ],
    limitsTitle: 'Les limites, honnêtement',
    limits: [
      'L’empreinte (SHA-256) prouve qu’un fichier n’a pas changé depuis son ajout au journal, pas qu’il est authentique.',
      {
        default:
          'Une capture faite par vous est un commencement de preuve ; le constat d’un commissaire de justice est plus solide, mais payant (demandez un devis).',
        young:
          'Une capture faite par toi est un début de preuve ; le constat d’un commissaire de justice est plus solide, mais payant (il faut demander un devis, avec un adulte).',
      },
    ],
    platformTitle: 'Sur {platform}',
  },
  suggestion: {
    group: {
      default:
        'Votre journal compte {accounts} comptes différents. Si plusieurs personnes s’y mettent, ensemble ou l’une après l’autre, cela peut aussi être du harcèlement : voulez-vous indiquer dans vos réponses qu’il s’agit d’un groupe ?',
      young:
        'Ton journal compte {accounts} comptes différents. Si plusieurs personnes s’y mettent, ensemble ou l’une après l’autre, ça peut aussi être du harcèlement. Tu veux indiquer dans tes réponses que c’est un groupe ?',
    },
    accept: 'Oui, mettre à jour ma réponse',
  },
  storage: {
    title: 'Où est gardé le journal',
    space: 'Espace utilisé : {used} sur {quota} disponibles.',
    persisted: 'Le navigateur s’est engagé à ne pas effacer le journal pour manquer de place.',
    notPersisted: {
      default:
        'Le navigateur peut effacer le journal s’il manque de place. Exportez-le régulièrement.',
      young:
        'Le navigateur peut effacer le journal s’il manque de place. Exporte-le régulièrement.',
    },
    memory: {
      default:
        'Ce navigateur ne permet pas de garder le journal (navigation privée ou stockage bloqué). Vous pouvez l’utiliser, mais tout sera perdu à la fermeture de l’onglet : exportez-le avant.',
      young:
        'Ce navigateur ne permet pas de garder le journal (navigation privée ou stockage bloqué). Tu peux l’utiliser, mais tout sera perdu quand tu fermeras l’onglet : exporte-le avant.',
    },
    full: {
      default:
        'L’espace de stockage est plein : le dernier acte n’a pas été enregistré. Exportez le journal, puis libérez de la place.',
      young:
        'L’espace de stockage est plein : le dernier acte n’a pas été enregistré. Exporte le journal, puis libère de la place.',
    },
    failed: {
      default: 'L’enregistrement a échoué ; rien n’a été modifié. Réessayez.',
      young: 'L’enregistrement a échoué ; rien n’a été modifié. Réessaie.',
    },
  },
  lock: {
    title: 'Verrouiller le journal',
    explain: {
      default:
        'Avec une phrase secrète, les actes et fichiers sont chiffrés sur cet appareil. Sans elle, personne ne peut les lire — vous non plus : elle n’est gardée nulle part.',
      young:
        'Avec une phrase secrète, les actes et fichiers sont chiffrés sur cet appareil. Sans elle, personne ne peut les lire — toi non plus : elle n’est gardée nulle part.',
    },
    passphrase: 'Phrase secrète',
    passphraseHint: {
      default:
        'Au moins 12 caractères. Le plus sûr : cinq mots tirés au hasard, que vous pouvez demander ci-dessous.',
      young:
        'Au moins 12 caractères. Le plus sûr : cinq mots tirés au hasard, que tu peux demander ci-dessous.',
    },
    passphraseWhy:
      'Pourquoi : une personne qui prend ce téléphone peut copier le journal et essayer des phrases sans limite, avec un ordinateur puissant. Un mot, un prénom ou une date se devinent en quelques minutes ; cinq mots tirés au hasard demanderaient des années.',
    suggest: 'Proposer cinq mots au hasard',
    suggestion: 'Phrase proposée :',
    suggestionKeep: {
      default:
        'Apprenez-la par cœur, ou notez-la sur papier en lieu sûr. Personne ne pourra la retrouver pour vous.',
      young:
        'Apprends-la par cœur, ou note-la sur papier en lieu sûr. Personne ne pourra la retrouver pour toi.',
    },
    useSuggestion: 'Utiliser cette phrase',
    weak: 'Cette phrase se devine facilement (un seul mot, une date, une phrase courte). Elle est acceptée, mais cinq mots au hasard protègent bien mieux.',
    strong: 'Phrase solide.',
    confirm: { default: 'Répétez la phrase secrète', young: 'Répète la phrase secrète' },
    set: 'Verrouiller avec cette phrase',
    setting: 'Chiffrement en cours…',
    done: 'Journal verrouillé.',
    lockNow: 'Verrouiller maintenant',
    unlockTitle: 'Journal verrouillé',
    unlockText: {
      default: 'Entrez votre phrase secrète pour ouvrir le journal.',
      young: 'Entre ta phrase secrète pour ouvrir le journal.',
    },
    unlock: 'Déverrouiller',
    wrong: 'Phrase secrète incorrecte. Rien n’a été modifié.',
    mismatch: 'Les deux phrases ne sont pas identiques.',
    tooShort: 'La phrase secrète doit faire au moins 12 caractères.',
    // Where the browser has storage buckets (Chromium), the lock copies the encrypted journal into
    // a fresh bucket and deletes the old one with its files (src/lib/journal/place.ts). Elsewhere
    // the records are encrypted in place, and the browser's files may keep the clear text a while.
    diskTraces: {
      default:
        'À savoir : une fois le journal chiffré, Balise le recopie chiffré dans un espace neuf et supprime l’ancien, avec ce qui y était écrit en clair, quand le navigateur le permet. Sinon, des morceaux écrits avant le verrou peuvent rester un temps dans ses fichiers internes. Pour qu’il n’en reste rien à coup sûr : exportez le journal chiffré, effacez les données du site dans les réglages du navigateur, puis importez cet export.',
      young:
        'À savoir : une fois le journal chiffré, Balise le recopie chiffré dans un espace neuf et supprime l’ancien, avec ce qui y était écrit en clair, quand le navigateur le permet. Sinon, des morceaux écrits avant le verrou peuvent rester un temps dans ses fichiers internes. Pour qu’il n’en reste rien à coup sûr : exporte le journal chiffré, efface les données du site dans les réglages du navigateur, puis importe cet export.',
    },
    autoLock: 'Verrouiller tout seul après',
    autoLockHint:
      'Sans activité sur Balise pendant ce temps, le journal se verrouille : il faudra la phrase secrète pour le rouvrir.',
    autoLockChoices: {
      0: 'Jamais',
      5: '5 minutes',
      15: '15 minutes',
      30: '30 minutes',
    },
    autoLockNotKept:
      'Ce choix vaut pour cet onglet, mais le navigateur refuse de le garder sur l’appareil.',
    remove: 'Retirer le verrou',
    removed: 'Verrou retiré : le journal n’est plus chiffré.',
  },
  // fact: evidence.screenshot-is-a-start, fact: evidence.commissaire-de-justice
  ladder: {
    title: 'Ce que vaut cette preuve',
    rungs: {
      capture: {
        label: 'Une capture ou un fichier',
        text: 'Un commencement de preuve : la justice le prend en compte, mais il peut être contesté.',
      },
      record: {
        label: 'Noté dans Balise, avec l’empreinte de chaque fichier',
        text: 'L’empreinte (SHA-256) permet de vérifier qu’un fichier n’a pas changé depuis son ajout, et chaque acte noté, modifié ou supprimé devient un enregistrement numéroté qui porte l’empreinte du précédent : un changement fait après coup hors de Balise se voit à la vérification, plus sûrement si une empreinte a été remise à quelqu’un (la fiche du commissariat). Cela ne change pas sa valeur en justice, qui reste celle d’un commencement de preuve, et ne prouve ni qui a fait la capture, ni quand, ni que le contenu est authentique : l’heure vient de l’horloge de cet appareil.',
      },
      constat: {
        label: 'Un constat de commissaire de justice',
        text: 'Le constat fait foi : c’est la preuve la plus solide. Il est payant : demander un devis. Utile surtout avant qu’un contenu disparaisse (story, message éphémère, compte supprimé).',
      },
    },
    reached: 'fait',
    next: 'étape suivante possible',
  },
  exchange: {
    title: 'Exporter ou importer',
    exportText: {
      default:
        'L’export crée un fichier ZIP avec vos fichiers, une chronologie imprimable, un tableau (CSV) et les empreintes. À garder en lieu sûr ou à remettre à un parent, un conseiller, un avocat.',
      young:
        'L’export crée un fichier ZIP avec tes fichiers, une chronologie imprimable, un tableau (CSV) et les empreintes. À garder en lieu sûr ou à donner à un parent, un adulte de confiance, un avocat.',
      parent:
        'L’export crée un fichier ZIP avec vos fichiers, une chronologie imprimable, un tableau (CSV) et les empreintes. À garder en lieu sûr ou à remettre à un conseiller, un avocat.',
    },
    export: 'Exporter le journal (ZIP)',
    exportEncrypted: 'Chiffrer l’export avec une phrase secrète',
    exportPassphraseHint:
      'Au moins 12 caractères, par exemple cinq mots tirés au hasard. Sans cette phrase, l’export ne pourra pas être ouvert.',
    exporting: 'Export en cours…',
    exported:
      'Export prêt : {name}. Le fichier porte un nom neutre (« archive » et la date), pour ne pas dire ce qu’il contient à qui verrait le dossier des téléchargements.',
    import: 'Importer un export',
    importFile: 'Fichier à importer',
    importHint: 'Un fichier exporté par Balise (.zip ou .zip.enc).',
    importPassphrase: 'Phrase secrète de l’export (s’il est chiffré)',
    importing: 'Import en cours…',
    confirmNoIntimateImage:
      'Je confirme que les captures de chantage de cet export ne montrent aucune image intime, pas même une vignette.',
    // Files of acts whose kind forbids copying are left out of an import; the acts come in.
    droppedOne:
      'Un fichier n’a pas été importé : il était joint à un acte d’images sexuelles d’un mineur (ou peut-être d’un mineur), qu’il est interdit de copier, même pour prouver. L’acte a été importé sans lui.',
    droppedMany:
      '{count} fichiers n’ont pas été importés : ils étaient joints à des actes d’images sexuelles d’un mineur (ou peut-être d’un mineur), qu’il est interdit de copier, même pour prouver. Ces actes ont été importés sans eux.',
    imported: '{added}, {skipped}.',
    added: { one: '{count} acte ajouté', other: '{count} actes ajoutés' } satisfies Counted,
    skipped: { one: '{count} déjà présent', other: '{count} déjà présents' } satisfies Counted,
    problems: {
      'not-a-zip': 'Ce fichier n’est pas un export de Balise (ce n’est pas un ZIP).',
      'encrypted-needs-passphrase': {
        default: 'Cet export est chiffré : indiquez sa phrase secrète.',
        young: 'Cet export est chiffré : indique sa phrase secrète.',
      },
      'wrong-passphrase': 'Phrase secrète incorrecte pour cet export. Rien n’a été modifié.',
      truncated: 'Le fichier est incomplet (téléchargement interrompu ?). Rien n’a été modifié.',
      corrupt:
        'Le fichier est abîmé : une partie ne se relit pas correctement. Rien n’a été modifié.',
      foreign: 'Ce ZIP ne vient pas de Balise. Rien n’a été modifié.',
      'newer-schema': {
        default:
          'Cet export vient d’une version plus récente de Balise. Mettez la page à jour puis réessayez.',
        young:
          'Cet export vient d’une version plus récente de Balise. Mets la page à jour puis réessaie.',
      },
      'invalid-manifest': 'Le contenu de l’export est abîmé ou modifié. Rien n’a été modifié.',
      'unsafe-path': 'Cet export contient des noms de fichiers dangereux. Il a été refusé.',
      'too-big': 'Cet export est trop volumineux ou anormal (archive piégée ?). Il a été refusé.',
      'hash-mismatch':
        'Un fichier de l’export ne correspond pas à l’empreinte notée quand il a été ajouté : il a été modifié ou abîmé depuis. Rien n’a été importé.',
      'missing-file': 'Un fichier annoncé manque dans l’export. Rien n’a été importé.',
      duplicate:
        'Cet export contient deux fois le même acte ou le même nom de fichier : il a été modifié. Rien n’a été importé.',
      conflict:
        'Un acte de cet export est déjà dans ce journal, avec d’autres fichiers. Rien n’a été importé ni remplacé.',
      'needs-confirmation': {
        default:
          'Cet export contient des captures d’un chantage (sextorsion). Si elles ne montrent aucune image intime, cochez la case de confirmation puis relancez l’import. Rien n’a été importé.',
        young:
          'Cet export contient des captures d’un chantage (sextorsion). Si elles ne montrent aucune image intime, coche la case de confirmation puis relance l’import. Rien n’a été importé.',
      },
      'journal-full': {
        default:
          'L’appareil n’a plus assez de place pour cet import. Les actes déjà écrits ont été retirés : le journal est exactement comme avant. Libérez de la place (photos, vidéos, applications), puis relancez l’import.',
        young:
          'L’appareil n’a plus assez de place pour cet import. Les actes déjà écrits ont été retirés : le journal est exactement comme avant. Libère de la place (photos, vidéos, applications), puis relance l’import.',
      },
      'write-failed': {
        default:
          'L’import a échoué pendant l’écriture. Les actes déjà écrits ont été retirés : le journal est exactement comme avant. Réessayez.',
        young:
          'L’import a échoué pendant l’écriture. Les actes déjà écrits ont été retirés : le journal est exactement comme avant. Réessaie.',
      },
      'partly-written': {
        default:
          'L’import s’est arrêté en cours de route et une partie des actes de l’export est restée dans le journal. Relancez le même import : il ajoutera seulement ce qui manque, sans doublon.',
        young:
          'L’import s’est arrêté en cours de route et une partie des actes de l’export est restée dans le journal. Relance le même import : il ajoutera seulement ce qui manque, sans doublon.',
      },
      other: 'L’import a échoué. Rien n’a été modifié.',
    },
  },
  wipe: {
    title: 'Tout effacer',
    text: 'Efface définitivement de cet appareil tout le journal : chaque fait noté, ses captures d’écran et autres fichiers, sa phrase secrète et la copie préparée pour un téléchargement. Les réponses aux questions restent.',
    button: 'Effacer tout le journal',
    confirm: {
      default:
        'Effacer tout le journal ? Les actes et fichiers seront perdus sauf si vous avez un export.',
      young:
        'Effacer tout le journal ? Les actes et fichiers seront perdus sauf si tu as un export.',
    },
    yes: 'Oui, tout effacer',
    done: 'Le journal a été effacé de cet appareil.',
    // Deleting a bucket removes its files (Chromium); deleting a plain IndexedDB database may not.
    diskTraces: {
      default:
        'Selon le navigateur, ses fichiers internes sont effacés avec le journal, ou peuvent en garder un temps des traces. Pour qu’il n’en reste rien à coup sûr, effacez les données du site dans les réglages du navigateur.',
      young:
        'Selon le navigateur, ses fichiers internes sont effacés avec le journal, ou peuvent en garder un temps des traces. Pour qu’il n’en reste rien à coup sûr, efface les données du site dans les réglages du navigateur.',
    },
    problem: {
      blocked: {
        default:
          'Le journal n’a pas pu être effacé : Balise est ouvert dans un autre onglet. Fermez les autres onglets de Balise, puis réessayez.',
        young:
          'Le journal n’a pas pu être effacé : Balise est ouvert dans un autre onglet. Ferme les autres onglets de Balise, puis réessaie.',
      },
      unavailable: {
        default:
          'Le navigateur a refusé d’effacer le journal. Réessayez ; si cela continue, effacez les données du site dans les réglages du navigateur.',
        young:
          'Le navigateur a refusé d’effacer le journal. Réessaie ; si ça continue, efface les données du site dans les réglages du navigateur.',
      },
    },
  },
  // Shown on the plan (src/features/plan), which reads plain strings: worded for every reader.
  plan: {
    count: {
      one: 'Le journal des preuves compte {count} acte.',
      other: 'Le journal des preuves compte {count} actes.',
    } satisfies Counted,
    empty: 'Le journal des preuves est vide.',
    open: 'Ouvrir le journal des preuves',
  },
  // Masking zones of a screenshot before sharing it (issue 14): /preuves/:id/masquer/:file.
  mask: {
    title: 'Masquer des zones de « {name} »',
    intro:
      'Les zones choisies sont recouvertes de noir opaque, jamais floutées : un flou ou une pixellisation peuvent être inversés. Une nouvelle image est créée, sans les informations cachées de l’originale (lieu, appareil, date) ; l’image d’origine reste dans le journal, inchangée, avec son empreinte. Ne pas masquer ce qui prouve : le message, le pseudo de l’auteur, la date, l’adresse.',
    draw: 'Pour masquer une zone : faire glisser le doigt ou la souris sur l’image, ou l’ajouter avec les champs ci-dessous.',
    imageLabel: 'Image à masquer, avec les zones choisies en noir',
    zonesTitle: 'Zones à masquer',
    none: 'Aucune zone pour l’instant.',
    zone: 'Zone {number}',
    x: 'Depuis la gauche (%)',
    y: 'Depuis le haut (%)',
    width: 'Largeur (%)',
    height: 'Hauteur (%)',
    add: 'Ajouter cette zone',
    addTitle: 'Ajouter une zone au clavier',
    removeZone: 'Retirer la zone {number}',
    invalid: 'Il faut quatre nombres entre 0 et 100, pour une zone d’au moins 1 % de côté.',
    tooMany: 'Pas plus de 50 zones sur une image.',
    create: 'Créer la copie masquée',
    creating: 'Création de la copie…',
    needZone: 'Il faut d’abord choisir au moins une zone à masquer.',
    failed: {
      unreadable:
        'Cette image n’a pas pu être lue par le navigateur : aucune copie n’a été créée. L’image d’origine reste dans le journal.',
      unsupported:
        'Ce navigateur ne sait pas créer la copie : aucune copie n’a été créée. Une version récente de Chrome, Firefox, Safari ou Edge le permet.',
    },
    notPicture: 'Ce fichier n’est pas une image : il ne peut pas être masqué ici.',
    back: 'Retour à l’acte',
  },
  export: {
    chronologyTitle: 'Chronologie des faits — Journal des preuves Balise',
    exportedAt: 'Exporté le {date}',
    columns: {
      date: 'Date',
      approximate: 'Approximatif',
      platform: 'Plateforme',
      where: 'Précision',
      url: 'Adresse',
      conversation: 'Conversation',
      author: 'Auteur',
      kinds: 'Type',
      description: 'Description',
      files: 'Fichiers (SHA-256)',
      checks: 'Capture vérifiée',
      capturedAt: 'Noté le',
    },
    /** In the chronology's "Noté le" cell, one line per edit. */
    modified: 'modifié le {date} ({fields})',
    /** Each act's place in the journal's hash chain, in its "Noté le" cell. */
    record: 'enregistrement n° {seq}',
    /** Under the title: the latest link, to compare with verifier.html or a fiche kept earlier. */
    seal: 'Empreinte du journal à ce jour : enregistrement n° {seq}, empreinte {hash}. Chaque acte noté, modifié ou supprimé ajoute un enregistrement qui porte l’empreinte du précédent ; verifier.html, dans l’export, vérifie la chaîne.',
    yes: 'oui',
    no: 'non',
  },
} as const;
