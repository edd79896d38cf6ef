import type { Catalogue } from '../catalogue.ts';

/**
 * English words of the evidence journal. French is the source of truth: src/content/fr/journal.ts
 * (`journalText`), same keys, same order, same audience variants. An "acte" of the French is an
 * "incident" here; "empreinte" is the file's "fingerprint" (SHA-256); "phrase secrète" is the
 * "passphrase".
 */
export const journal: Catalogue['journal'] = {
  title: 'Evidence journal',
  lead: {
    default:
      'Note here each message, post or call, with your screenshots. Everything stays on this device.',
    young:
      'Note here each message, post or call, with your screenshots. Everything stays on this device.',
    parent:
      'Note here each message, post or call aimed at your child, with your screenshots. Everything stays on this device.',
    professional:
      'Note here each message, post or call aimed at the person you support, with your screenshots. Everything stays on this device.',
    witness:
      'Note here each message, post or call that you saw, with your screenshots. Everything stays on this device.',
  },
  privacy: {
    default:
      'Nothing is sent: the journal is kept in this browser, on this device. Remember to export it, so you do not lose it when you change phone.',
    young:
      'Nothing is sent: the journal is kept in this browser, on this device. Remember to export it, so you don’t lose it if you change phone.',
  },
  add: 'Note what happened',
  dismiss: 'Got it',
  empty: {
    default: 'No incidents noted yet. Start with the most recent one: a minute is enough.',
    young: 'No incidents noted yet. Start with the most recent one: a minute is enough.',
  },
  counts: {
    none: 'No incidents noted.',
    summary: '{acts}, {accounts}, from {from} to {to}',
    summaryOneDay: '{acts}, {accounts}, on {from}',
    acts: { one: '{count} incident', other: '{count} incidents' },
    accounts: { one: '{count} account', other: '{count} accounts' },
  },
  filters: {
    title: 'Filter',
    platform: 'Platform',
    kind: 'Type of incident',
    author: 'Author',
    all: 'All',
    shown: {
      one: '{count} incident shown out of {total}',
      other: '{count} incidents shown out of {total}',
    },
    clear: 'Clear filters',
    more: 'Show {count} more',
  },
  entry: {
    occurredAt: 'When?',
    date: 'Date',
    time: { default: 'Time (if you know it)', young: 'Time (if you know it)' },
    approximate: 'Approximate date or time',
    capturedAt: 'Noted on {date}',
    modifiedAt: 'changed on {date}',
    record: 'Journal record no. {seq}, fingerprint {hash}',
    maskLink: 'Mask areas before sharing “{name}”',
    maskedFrom: 'Masked copy of the image with fingerprint {hash}',
    maskAdded: 'The masked copy is added to the incident; the original image stays unchanged.',
    versions: {
      title: 'Earlier versions',
      intro:
        'Every change keeps what the act said before, with its date: nothing is rewritten silently.',
      change: 'Changed on {date}: {fields}',
      before: 'Before:',
      fields: {
        occurredAt: 'date',
        approximate: 'approximate date',
        platform: 'network',
        where: 'details',
        url: 'address',
        conversation: 'conversation',
        author: 'author',
        kinds: 'type',
        description: 'description',
        attachments: 'files',
        checks: 'screenshot checked',
      },
      empty: '(empty)',
    },
    platform: 'Where?',
    where: 'Details (story, group, comment…)',
    url: 'Address (URL) of the content',
    urlHint: {
      default:
        'Copy the link to the content (the “Share” button, then “Copy link”). For a private message, describe the conversation below.',
      young:
        'Copy the link to the content (the “Share” button, then “Copy link”). For a private message, describe the conversation below.',
    },
    conversation: 'Conversation (for a private message)',
    author: 'Author: username or profile address',
    authorHint: {
      default: 'Note the username and, if possible, the ID that does not change (profile link).',
      young: 'Note the username and, if you can, the ID that doesn’t change (profile link).',
    },
    kinds: 'What it is',
    description: 'What happened',
    descriptionHint: 'The exact words if possible. If it involves sexual images, do not copy them.',
    attachments: 'Screenshots and files',
    attachmentsHint:
      'Screenshots, photos, PDFs, exported chats, audio, video. You can add several files.',
    noAttachment: 'No file attached.',
    filesCount: { one: '{count} file', other: '{count} files' },
    hash: 'SHA-256 fingerprint',
    verify: 'Check the file',
    verifying: 'Checking…',
    verified: 'The file has not changed since it was added.',
    changed: 'Warning: the file no longer matches its fingerprint.',
    missing: 'This file cannot be found on this device: it was deleted or could not be read.',
    unreadable: {
      default: 'This file could not be read for now. Try again later.',
      young: 'This file could not be read for now. Try again later.',
    },
    missingWhat: {
      default:
        'If you kept the original (gallery, downloads, another device), add it again with “Edit”. If not, remove it from the incident: its description and its fingerprint are still a useful record.',
      young:
        'If you kept the original (gallery, downloads, another device), add it again with “Edit”. If not, remove it from the incident: its description and its fingerprint are still a useful record.',
    },
    show: 'Show the image',
    hide: 'Hide the image',
    blurred: {
      default: 'Image hidden, so you do not have to see it again.',
      young: 'Image hidden, so you don’t have to see it again.',
    },
    open: 'Open the file',
    removeFile: 'Remove this file',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Incident saved.',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    deleteConfirm: 'Delete this incident and its files? This cannot be undone.',
    deleteYes: 'Yes, delete',
    deleteFailed: 'The incident was not deleted: it is still in the journal.',
    deleted: 'Incident deleted.',
    newTitle: 'Note an incident',
    editTitle: 'Edit an incident',
    detailTitle: 'Incident on {date}',
    back: 'Back to the journal',
    required: 'Required field',
    errorsTitle: 'Some information is missing',
    errorOccurredAt: { default: 'Give at least the date.', young: 'Give at least the date.' },
    errorKinds: {
      default: 'Choose at least one type of incident.',
      young: 'Choose at least one type of incident.',
    },
    conflict: {
      default:
        'This incident was changed somewhere else (in another tab?) after this form was opened. Nothing was saved and no file was removed. Your changes are still below.',
      young:
        'This incident was changed somewhere else (in another tab?) after this form was opened. Nothing was saved and no file was removed. Your changes are still below.',
    },
    conflictDeleted: {
      default:
        'This incident was deleted somewhere else (in another tab?), with its files, after this form was opened. Nothing was saved. Your changes are still below.',
      young:
        'This incident was deleted somewhere else (in another tab?), with its files, after this form was opened. Nothing was saved. Your changes are still below.',
    },
    conflictMerge: 'Keep my changes and take back the files of the saved version',
    conflictRecreate: 'Note this incident again with my changes',
    conflictReload: 'Drop my changes and see the saved version',
    conflictMerged: {
      default:
        'The files of the saved version are back below, together with yours. Check, then save.',
      young:
        'The files of the saved version are back below, together with yours. Check, then save.',
    },
    errorSaveFailed: {
      default:
        'The incident could not be saved: a file could not be read (moved or deleted?). Nothing was changed; remove the file or choose it again.',
      young:
        'The incident could not be saved: a file could not be read (moved or deleted?). Nothing was changed; remove the file or choose it again.',
    },
    errorFileTooBig: 'The file “{name}” is larger than {max}: it was not added.',
    // Sextortion: the blackmail itself is evidence to keep; the image never is.
    confirmNoIntimateImage:
      'I confirm that these screenshots show no intimate image, not even a thumbnail.',
    confirmNoIntimateImageHint: {
      default:
        'Keep the blackmail messages, the profile (username, ID, link) and the demands for payment. Crop each screenshot so that no intimate image and no thumbnail can be seen.',
      young:
        'Keep the blackmail messages, the profile (username, ID, link) and the demands for payment. Crop each screenshot so that no intimate image and no thumbnail can be seen.',
    },
    errorConfirmNoIntimateImage: {
      default:
        'Tick the confirmation box if your screenshots show no intimate image; if they do, remove the files.',
      young:
        'Tick the confirmation box if your screenshots show no intimate image; if they do, remove the files.',
      parent:
        'Tick the confirmation box if the screenshots show no intimate image; if they do, remove the files.',
      professional:
        'Tick the confirmation box if the screenshots show no intimate image; if they do, remove the files.',
    },
    notFoundTitle: 'This incident does not exist',
    notFoundText:
      'It may have been deleted, or the link is incomplete. The rest of the journal is intact.',
    platformOther: 'Other',
    // fact: evidence.capture-date-and-url, fact: evidence.capture-author-handle
    captureTips: {
      titleOn: 'For a useful screenshot on {platform}',
    },
    captureChecks: {
      legend: {
        default: 'What your screenshot shows',
        young: 'What your screenshot shows',
      },
      hint: {
        default:
          'Tick what is true: it is kept with the act and written in the chronology, for whoever reads it.',
        young:
          'Tick what is true: it is kept with the act and written in the chronology, for whoever reads it.',
      },
      items: {
        'date-shown': 'The date and time can be seen.',
        'address-noted':
          'The address (URL) of the content is noted, or if there is none, the network and the conversation.',
        'author-id': 'The author’s username or ID can be seen, not only their display name.',
        context: 'The content is complete, with what is around it.',
        'own-data-hidden':
          'Private details unrelated to the facts are hidden (phone number, address, other conversations).',
      },
      ephemeral: {
        default:
          'A story, a snap or a disappearing message can vanish quickly: take the screenshot now, before filling in the rest.',
        young:
          'A story, a snap or a disappearing message can vanish quickly: take the screenshot now, before filling in the rest.',
      },
    },
  },
  refused: {
    title: 'No file for this content',
    text: {
      default:
        'Copying, adding here or sending a sexual image of a minor is forbidden, even as evidence. Only note the address (URL), the username, the date and the time, then report it (PHAROS, the government platform for reporting illegal content online; 3018, the helpline for online violence and harassment).',
      young:
        'Copying, adding here or sending a sexual image of a minor is forbidden, even as evidence. It is not your fault. Only note the address (URL), the username, the date and the time, then report it (PHAROS, the government platform for reporting illegal content online; 3018, the helpline for online violence and harassment).',
    },
  },
  checklist: {
    title: 'What a screenshot must show',
    items: [
      'The date and time of the message or post.',
      'The address (URL) of the content, or the name of the conversation.',
      'The author’s username and, if possible, their permanent ID (profile link).',
      'The whole content, with what is around it (replies, reactions).',
    ],
    limitsTitle: 'The limits, honestly',
    limits: [
      'The fingerprint (SHA-256) proves that a file has not changed since it was added to the journal, not that it is authentic.',
      {
        default:
          'A screenshot you take yourself is a first piece of evidence; an official record (constat) by a commissaire de justice (a court officer, formerly « huissier ») is stronger, but you have to pay for it (ask for a quote).',
        young:
          'A screenshot you take yourself is a first piece of evidence; an official record (constat) by a commissaire de justice (a court officer, formerly « huissier ») is stronger, but it costs money (you need to ask for a quote, with an adult).',
      },
    ],
    platformTitle: 'On {platform}',
  },
  suggestion: {
    group: {
      default:
        'Your journal has {accounts} different accounts. When several people join in, together or one after another, this can also be harassment: do you want to say in your answers that it is a group?',
      young:
        'Your journal has {accounts} different accounts. When several people join in, together or one after another, that can also be harassment. Do you want to say in your answers that it’s a group?',
    },
    accept: 'Yes, update my answer',
  },
  storage: {
    title: 'Where the journal is kept',
    space: 'Space used: {used} of {quota} available.',
    persisted: 'The browser has promised not to delete the journal when it runs short of space.',
    notPersisted: {
      default: 'The browser may delete the journal if it runs short of space. Export it regularly.',
      young: 'The browser may delete the journal if it runs short of space. Export it regularly.',
    },
    memory: {
      default:
        'This browser does not allow the journal to be kept (private browsing or storage blocked). You can use it, but everything will be lost when the tab is closed: export it before then.',
      young:
        'This browser does not allow the journal to be kept (private browsing or storage blocked). You can use it, but everything will be lost when you close the tab: export it before then.',
    },
    full: {
      default:
        'The storage space is full: the last incident was not saved. Export the journal, then free up some space.',
      young:
        'The storage space is full: the last incident was not saved. Export the journal, then free up some space.',
    },
    failed: {
      default: 'Saving failed; nothing was changed. Try again.',
      young: 'Saving failed; nothing was changed. Try again.',
    },
  },
  lock: {
    title: 'Lock the journal',
    explain: {
      default:
        'With a passphrase, the incidents and files are encrypted on this device. Without it, nobody can read them — not even you: it is not kept anywhere.',
      young:
        'With a passphrase, the incidents and files are encrypted on this device. Without it, nobody can read them — not even you: it is not kept anywhere.',
    },
    passphrase: 'Passphrase',
    passphraseHint: {
      default:
        'At least 12 characters. The safest: five words picked at random, which you can ask for below.',
      young:
        'At least 12 characters. The safest: five words picked at random, which you can ask for below.',
    },
    passphraseWhy:
      'Why: someone who takes this phone can copy the journal and try passphrases with no limit, using a powerful computer. A word, a first name or a date can be guessed in a few minutes; five random words would take years.',
    suggest: 'Suggest five random words',
    suggestion: 'Suggested passphrase:',
    suggestionKeep: {
      default:
        'Learn it by heart, or write it on paper and keep it somewhere safe. Nobody will be able to find it again for you.',
      young:
        'Learn it by heart, or write it on paper and keep it somewhere safe. Nobody will be able to find it again for you.',
    },
    useSuggestion: 'Use this passphrase',
    weak: 'This passphrase is easy to guess (a single word, a date, a short phrase). It is accepted, but five random words give much better protection.',
    strong: 'Strong passphrase.',
    confirm: { default: 'Repeat the passphrase', young: 'Repeat the passphrase' },
    set: 'Lock with this passphrase',
    setting: 'Encrypting…',
    done: 'Journal locked.',
    lockNow: 'Lock now',
    unlockTitle: 'Journal locked',
    unlockText: {
      default: 'Enter your passphrase to open the journal.',
      young: 'Enter your passphrase to open the journal.',
    },
    unlock: 'Unlock',
    wrong: 'Wrong passphrase. Nothing has been changed.',
    mismatch: 'The two passphrases are not the same.',
    tooShort: 'The passphrase must be at least 12 characters long.',
    // Where the browser has storage buckets (Chromium), the lock copies the encrypted journal into
    // a fresh bucket and deletes the old one with its files (src/lib/journal/place.ts). Elsewhere
    // the records are encrypted in place, and the browser's files may keep the clear text a while.
    diskTraces: {
      default:
        'Good to know: once the journal is encrypted, Balise copies it, encrypted, into a new space and deletes the old one, with what was written there unencrypted, when the browser allows it. Otherwise, pieces written before the lock may stay in the browser’s internal files for a while. To be sure that nothing is left: export the encrypted journal, clear the site’s data in the browser settings, then import that export.',
      young:
        'Good to know: once the journal is encrypted, Balise copies it, encrypted, into a new space and deletes the old one, with what was written there unencrypted, when the browser allows it. Otherwise, pieces written before the lock may stay in the browser’s internal files for a while. To be sure that nothing is left: export the encrypted journal, clear the site’s data in the browser settings, then import that export.',
    },
    autoLock: 'Lock automatically after',
    autoLockHint:
      'If Balise is not used for this long, the journal locks itself: the passphrase will be needed to open it again.',
    autoLockChoices: {
      0: 'Never',
      5: '5 minutes',
      15: '15 minutes',
      30: '30 minutes',
    },
    autoLockNotKept:
      'This choice applies to this tab, but the browser refuses to keep it on the device.',
    remove: 'Remove the lock',
    removed: 'Lock removed: the journal is no longer encrypted.',
  },
  // fact: evidence.screenshot-is-a-start, fact: evidence.commissaire-de-justice
  ladder: {
    title: 'What this evidence is worth',
    rungs: {
      capture: {
        label: 'A screenshot or a file',
        text: 'A first piece of evidence: the courts take it into account, but it can be challenged.',
      },
      record: {
        label: 'Noted in Balise, with the fingerprint of each file',
        text: 'The fingerprint (SHA-256) lets anyone check that a file has not changed since it was added, and every incident noted, changed or deleted becomes a numbered record carrying the fingerprint of the one before: a change made afterwards outside Balise shows when checked, more surely if a fingerprint was handed to someone (the police station sheet). It does not change its weight in court, which stays that of a first element of proof, and proves neither who took the screenshot, nor when, nor that the content is authentic: the time comes from this device’s clock.',
      },
      constat: {
        label:
          'An official record (constat) by a commissaire de justice (a court officer, formerly « huissier »)',
        text: 'The constat is official proof: it is the strongest evidence. It is not free: ask for a quote. Most useful before content disappears (story, disappearing message, deleted account).',
      },
    },
    reached: 'done',
    next: 'possible next step',
  },
  exchange: {
    title: 'Export or import',
    exportText: {
      default:
        'Exporting creates a ZIP file with your files, a printable chronology, a spreadsheet (CSV) and the fingerprints. Keep it somewhere safe, or give it to a parent, an adviser or a lawyer.',
      young:
        'Exporting creates a ZIP file with your files, a printable chronology, a spreadsheet (CSV) and the fingerprints. Keep it somewhere safe, or give it to a parent, a trusted adult or a lawyer.',
      parent:
        'Exporting creates a ZIP file with your files, a printable chronology, a spreadsheet (CSV) and the fingerprints. Keep it somewhere safe, or give it to an adviser or a lawyer.',
    },
    export: 'Export the journal (ZIP)',
    exportEncrypted: 'Encrypt the export with a passphrase',
    exportPassphraseHint:
      'At least 12 characters, for example five words picked at random. Without this passphrase, the export cannot be opened.',
    exporting: 'Exporting…',
    exported:
      'Export ready: {name}. The file has a neutral name (“archive” and the date), so that it does not tell anyone who sees the downloads folder what it contains.',
    import: 'Import an export',
    importFile: 'File to import',
    importHint: 'A file exported by Balise (.zip or .zip.enc).',
    importPassphrase: 'Passphrase of the export (if it is encrypted)',
    importing: 'Importing…',
    confirmNoIntimateImage:
      'I confirm that the blackmail screenshots in this export show no intimate image, not even a thumbnail.',
    // Files of acts whose kind forbids copying are left out of an import; the acts come in.
    droppedOne:
      'One file was not imported: it was attached to an incident of sexual images of a minor (or possibly of a minor), which it is forbidden to copy, even as evidence. The incident was imported without it.',
    droppedMany:
      '{count} files were not imported: they were attached to incidents of sexual images of a minor (or possibly of a minor), which it is forbidden to copy, even as evidence. These incidents were imported without them.',
    imported: '{added}, {skipped}.',
    added: { one: '{count} incident added', other: '{count} incidents added' },
    skipped: { one: '{count} already there', other: '{count} already there' },
    problems: {
      'not-a-zip': 'This file is not a Balise export (it is not a ZIP).',
      'encrypted-needs-passphrase': {
        default: 'This export is encrypted: enter its passphrase.',
        young: 'This export is encrypted: enter its passphrase.',
      },
      'wrong-passphrase': 'Wrong passphrase for this export. Nothing has been changed.',
      truncated: 'The file is incomplete (interrupted download?). Nothing has been changed.',
      corrupt:
        'The file is damaged: part of it cannot be read correctly. Nothing has been changed.',
      foreign: 'This ZIP does not come from Balise. Nothing has been changed.',
      'newer-schema': {
        default:
          'This export comes from a newer version of Balise. Refresh the page, then try again.',
        young:
          'This export comes from a newer version of Balise. Refresh the page, then try again.',
      },
      'invalid-manifest':
        'The content of the export is damaged or has been altered. Nothing has been changed.',
      'unsafe-path': 'This export contains dangerous file names. It was refused.',
      'too-big': 'This export is too large or abnormal (a booby-trapped archive?). It was refused.',
      'hash-mismatch':
        'A file in the export does not match the fingerprint noted when it was added: it has been changed or damaged since. Nothing was imported.',
      'missing-file': 'A file listed in the export is missing from it. Nothing was imported.',
      duplicate:
        'This export contains the same incident or the same file name twice: it has been altered. Nothing was imported.',
      conflict:
        'An incident in this export is already in this journal, with different files. Nothing was imported or replaced.',
      'needs-confirmation': {
        default:
          'This export contains screenshots of blackmail (sextortion). If they show no intimate image, tick the confirmation box, then start the import again. Nothing was imported.',
        young:
          'This export contains screenshots of blackmail (sextortion). If they show no intimate image, tick the confirmation box, then start the import again. Nothing was imported.',
      },
      'journal-full': {
        default:
          'The device does not have enough space left for this import. The incidents already written have been removed: the journal is exactly as it was before. Free up some space (photos, videos, apps), then start the import again.',
        young:
          'The device does not have enough space left for this import. The incidents already written have been removed: the journal is exactly as it was before. Free up some space (photos, videos, apps), then start the import again.',
      },
      'write-failed': {
        default:
          'The import failed while writing. The incidents already written have been removed: the journal is exactly as it was before. Try again.',
        young:
          'The import failed while writing. The incidents already written have been removed: the journal is exactly as it was before. Try again.',
      },
      'partly-written': {
        default:
          'The import stopped partway, and some of the incidents from the export stayed in the journal. Start the same import again: it will only add what is missing, with no duplicates.',
        young:
          'The import stopped partway, and some of the incidents from the export stayed in the journal. Start the same import again: it will only add what is missing, with no duplicates.',
      },
      other: 'The import failed. Nothing has been changed.',
    },
  },
  wipe: {
    title: 'Erase everything',
    text: 'Permanently erases the whole journal from this device: every incident noted, its screenshots and other files, its passphrase and the copy prepared for a download. The answers to the questions are kept.',
    button: 'Erase the whole journal',
    confirm: {
      default:
        'Erase the whole journal? The incidents and files will be lost unless you have an export.',
      young:
        'Erase the whole journal? The incidents and files will be lost unless you have an export.',
    },
    yes: 'Yes, erase everything',
    done: 'The journal has been erased from this device.',
    // Deleting a bucket removes its files (Chromium); deleting a plain IndexedDB database may not.
    diskTraces: {
      default:
        'Depending on the browser, its internal files are erased with the journal, or they may keep traces of it for a while. To be sure that nothing is left, clear the site’s data in the browser settings.',
      young:
        'Depending on the browser, its internal files are erased with the journal, or they may keep traces of it for a while. To be sure that nothing is left, clear the site’s data in the browser settings.',
    },
    problem: {
      blocked: {
        default:
          'The journal could not be erased: Balise is open in another tab. Close the other Balise tabs, then try again.',
        young:
          'The journal could not be erased: Balise is open in another tab. Close the other Balise tabs, then try again.',
      },
      unavailable: {
        default:
          'The browser refused to erase the journal. Try again; if it keeps happening, clear the site’s data in the browser settings.',
        young:
          'The browser refused to erase the journal. Try again; if it keeps happening, clear the site’s data in the browser settings.',
      },
    },
  },
  // Shown on the plan (src/features/plan), which reads plain strings: worded for every reader.
  plan: {
    count: {
      one: 'The evidence journal has {count} incident.',
      other: 'The evidence journal has {count} incidents.',
    },
    empty: 'The evidence journal is empty.',
    open: 'Open the evidence journal',
  },
  mask: {
    title: 'Mask areas of “{name}”',
    intro:
      'The areas chosen are covered in solid black, never blurred: a blur or pixelation can be reversed. A new image is made, without the original’s hidden information (place, device, date); the original image stays in the journal, unchanged, with its fingerprint. Do not mask what proves: the message, the author’s handle, the date, the address.',
    draw: 'To mask an area, drag a finger or the mouse over the image, or add it with the fields below.',
    imageLabel: 'Image to mask, with the chosen areas in black',
    zonesTitle: 'Areas to mask',
    none: 'No area yet.',
    zone: 'Area {number}',
    x: 'From the left (%)',
    y: 'From the top (%)',
    width: 'Width (%)',
    height: 'Height (%)',
    add: 'Add this area',
    addTitle: 'Add an area with the keyboard',
    removeZone: 'Remove area {number}',
    invalid: 'Give four numbers between 0 and 100, for an area at least 1 % wide and high.',
    tooMany: 'No more than 50 areas on one image.',
    create: 'Make the masked copy',
    creating: 'Making the copy…',
    needZone: 'First choose at least one area to mask.',
    failed: {
      unreadable:
        'The browser could not read this image: no copy was made. The original image stays in the journal.',
      unsupported:
        'This browser cannot make the copy: no copy was made. Try a recent version of Chrome, Firefox, Safari or Edge.',
    },
    notPicture: 'This file is not an image: it cannot be masked here.',
    back: 'Back to the incident',
  },
  export: {
    chronologyTitle: 'Chronology of events — Balise evidence journal',
    exportedAt: 'Exported on {date}',
    columns: {
      date: 'Date',
      approximate: 'Approximate',
      platform: 'Platform',
      where: 'Details',
      url: 'Address (URL)',
      conversation: 'Conversation',
      author: 'Author',
      kinds: 'Type',
      description: 'Description',
      files: 'Files (SHA-256)',
      checks: 'Screenshot checked',
      capturedAt: 'Noted on',
    },
    modified: 'changed on {date} ({fields})',
    record: 'record no. {seq}',
    seal: 'Journal fingerprint to date: record no. {seq}, fingerprint {hash}. Every incident noted, changed or deleted adds a record carrying the fingerprint of the one before; verifier.html, in the export, checks the chain.',
    yes: 'yes',
    no: 'no',
  },
};
