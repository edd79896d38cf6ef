/*
 * Words of `verifier.html`, the page written into every plain export of the journal, for whoever
 * receives it (a lawyer, an officer, a parent): plain French, "vous", no Balise needed to read it.
 */

export const verifierWords = {
  lang: 'fr',
  title: 'Vérifier un export du journal des preuves',
  intro:
    'Cette page vérifie, sans connexion et sans installer quoi que ce soit, qu’un export du journal de Balise n’a pas été modifié depuis sa création : chaque fichier joint est comparé à son empreinte (SHA-256), notée dans le manifeste au moment de l’export, et chaque octet de l’archive est contrôlé.',
  how: 'Choisissez le fichier ZIP de l’export (celui qui contient cette page). Rien n’est envoyé : la vérification se fait dans ce navigateur.',
  // fact: evidence.screenshot-is-a-start, fact: evidence.commissaire-de-justice
  limits:
    'Ce que cela ne prouve pas : qui a fait les captures, ni quand, ni qu’elles montrent la réalité. Une capture reste un commencement de preuve ; le constat d’un commissaire de justice (payant, sur devis) fait foi.',
  choose: 'Fichier ZIP de l’export',
  checking: 'Vérification en cours…',
  allMatch:
    'Tout correspond. {entries} acte(s), {files} fichier(s) joint(s) : chaque empreinte est celle du manifeste, et l’archive est intacte.',
  someDiffer:
    'Attention : l’export ne correspond pas à ce qui a été exporté. Les lignes marquées ci-dessous ont changé ou manquent.',
  extra: 'Fichier présent dans l’archive mais absent du manifeste : {path}',
  damaged:
    'Ce fichier n’est pas un export de Balise intact : sa structure a été modifiée ou abîmée (première anomalie : {where}). Il ne faut pas s’y fier ; demandez un nouvel export.',
  noManifest:
    'Ce fichier ZIP ne contient pas de manifeste de Balise lisible : ce n’est pas un export du journal, ou il a été modifié.',
  unsupported:
    'Ce navigateur ne sait pas faire cette vérification. Ouvrez cette page dans une version récente de Firefox, Chrome, Edge ou Safari.',
  unreadable: 'Le fichier n’a pas pu être lu. Essayez de le choisir à nouveau.',
  exportedAt: 'Export créé le {date}.',
  tableCaption: 'Fichiers vérifiés',
  columns: { path: 'Fichier', expected: 'Empreinte notée (SHA-256)', result: 'Résultat' },
  status: { ok: 'identique', changed: 'MODIFIÉ', missing: 'MANQUANT' },
  textFile: 'texte de l’export (contrôlé par sa somme CRC-32)',
} as const;
