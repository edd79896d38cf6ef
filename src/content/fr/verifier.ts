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
  chain: {
    title: 'La chaîne des enregistrements',
    what: 'Chaque fois qu’un acte est noté, modifié ou supprimé dans Balise, un enregistrement numéroté est ajouté au journal avec l’empreinte du précédent : un acte changé après coup hors de Balise, ou un enregistrement retiré, rompt la chaîne.',
    intact:
      'La chaîne est intacte : {records} enregistrement(s) se suivent sans trou, du n° 1 au n° {last}.',
    checked:
      '{checked} d’entre eux ont été comparés à leur contenu (les actes et leurs versions gardées) ; les autres (actes supprimés, versions anciennes non gardées) ne sont contrôlés que par leur empreinte.',
    removals:
      '{removals} acte(s) supprimé(s) dans Balise : la suppression est notée dans la chaîne, leur contenu n’est plus dans l’export.',
    unsealed:
      '{unsealed} acte(s) noté(s) avant que la chaîne existe : ils ne sont pas couverts par elle.',
    broken:
      'Attention : la chaîne est rompue. Un acte ou un enregistrement a été modifié, retiré ou ajouté hors de Balise, ou le fichier a été abîmé.',
    none: 'Cet export ne porte pas de chaîne d’enregistrements (il a été fait avant qu’elle existe) : seuls les fichiers sont vérifiés.',
    problem: {
      altered: 'Enregistrement n° {seq} : le contenu ne correspond plus à son empreinte.',
      broken: 'Enregistrement n° {seq} : il ne suit pas le précédent, ou son empreinte est fausse.',
      missing: 'Enregistrement n° {seq} : absent.',
      duplicate: 'Enregistrement n° {seq} : en double.',
    },
    compare:
      'Une empreinte notée ailleurs (sur la fiche remise au commissariat, dans un message envoyé à quelqu’un) se compare au numéro du même enregistrement ci-dessous : si elle est la même, les enregistrements jusqu’à ce numéro n’ont pas changé depuis ; une modification ou une suppression faite ensuite dans Balise apparaît plus loin, comme un nouvel enregistrement.',
    limits:
      'Ce que la chaîne ne prouve pas : la date. Qui détient le journal entier pourrait réécrire toute la chaîne ; seule une empreinte gardée ailleurs le rend visible.',
    caption: 'Enregistrements de la chaîne',
    columns: { seq: 'N°', at: 'Écrit le (horloge de l’appareil)', hash: 'Empreinte (SHA-256)' },
  },
} as const;
