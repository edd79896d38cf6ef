import type { Catalogue } from '../catalogue.ts';

/**
 * English words of the documents' screens, pages and form fields. The letters themselves stay in
 * French (src/content/fr/documents.ts `documentsText`): they go to French authorities. Each page's
 * lead says so. The one exception is the DSA notice to a platform, which may also be written in
 * English (src/content/en/letter-notice.ts). Placeholders are `{name}`, as in the French.
 */
export const documents: Catalogue['documents'] = {
  ui: {
    back: 'Back to the plan',
    unknownTitle: 'This document does not exist',
    unknownText:
      'The link leads to a document that Balise does not know, perhaps from an older version. The useful documents are at the bottom of the plan.',
    notOfferedTitle: 'This document does not match the current answers',
    notOfferedBecause: 'It is not offered because of these answers:',
    notOfferedMissing: {
      default: 'It may be offered, depending on the answers to these questions, not asked yet:',
      young: 'It may be offered, depending on your answers to these questions, not asked yet:',
    },
    toAnswers: 'See and change the answers',
    toPlan: 'Back to the plan',
    howToTitle: 'How to use it',
    formTitle: 'To fill in',
    noForm: 'Nothing to fill in: this document comes from the answers and the journal.',
    required: '(required)',
    familyNote:
      'This letter is prepared to be signed by the person targeted if they are 18 or over, otherwise by their legal representatives: the information asked for here is theirs, not yours. It is best to fill it in together with them.',
    keptOnDevice:
      'This information is kept on this device, like the answers. “Erase everything” and “End the session” erase it along with them.',
    keptInTab: {
      default:
        'This information is kept in this tab only, like your answers: it stays if the page reloads (for example when you come back from another app) and disappears when the tab is closed. “Erase everything” and “End the session” erase it along with the answers. To keep it on this device, choose “Remember on this device” in “My answers”.',
      young:
        'This information is kept in this tab only, like your answers: it stays if the page reloads (for example when you come back from another app) and disappears when you close the tab. “Erase everything” and “End the session” erase it along with the answers. To keep it on this device, choose “Remember on this device” in “My answers”.',
    },
    saveProblem: {
      full: 'The browser has no space left: this information is not kept, and it will be lost if the page reloads or closes.',
      unavailable:
        'The browser’s storage is not available (private browsing?): this information will be lost if the page reloads or closes.',
      unreadable:
        'The information kept for the letters could not be read back (the data is damaged or was changed). It has been set aside on this device, not erased and not sent anywhere; the fields start empty again.',
    },
    dismiss: 'I understand',
    useJournalUrls: 'Use the addresses from the journal ({count})',
    journalLocked:
      'The evidence journal is locked: its chronology and its files are not in this document. Unlock it to add them.',
    journalToUnlock: 'Open the evidence journal',
    journalLoading: 'Reading the evidence journal…',
    journalError:
      'The evidence journal could not be read: its chronology and its files are not in this document.',
    journalEmpty: {
      default:
        'The evidence journal is empty: the chronology and the list of files will come from the incidents you note in it.',
      young:
        'Your evidence journal is empty: the chronology and the list of files will come from the incidents you note in it.',
    },
    journalCount: 'This document uses the evidence journal: {acts}, {files}.',
    journalActs: { one: '{count} incident', other: '{count} incidents' },
    journalFiles: { one: '{count} file', other: '{count} files' },
    journalLink: 'See the evidence journal',
    previewTitle: 'Preview of the document',
    previewHint:
      'Read it through before downloading. To change a passage, just change the matching field above, or the incident in the evidence journal.',
    missingTitle: 'Some information is missing',
    fieldMissing: 'Please fill in: {field}.',
    missingIntro: 'To download this document, you still need to fill in:',
    download: 'Download as PDF',
    downloading: 'Preparing the PDF…',
    downloaded: 'The PDF “{file}” is ready: it is in the Downloads folder.',
    downloadFailed:
      'The PDF could not be prepared ({reason}). Nothing has been lost: you can try again, or use “Print”, then “Save as PDF”.',
    pdfProblem: {
      code: 'the part of Balise that makes PDFs could not be loaded; the connection may be down',
      fonts: 'the PDF’s fonts could not be loaded; the connection may be down',
      unexpected: 'an unexpected error happened',
    },
    unsupported:
      'These characters cannot be written in the PDF, so they are replaced there by “�”: {chars}. If they matter, it is better to describe them in words.',
    print: 'Print',
    copy: 'Copy the text',
    copied: 'The text is copied: now paste it into the report form.',
    copyFailed:
      'The text could not be copied automatically. You can select it in the preview, then copy it.',
    fileStem: 'document',
    privacy:
      'The document is prepared on this device; nothing is sent. The file has a neutral name (“document” and the date).',
    sourcesTitle: 'Sources',
    noticeLanguage: {
      legend: 'Language of the notice',
      hint: 'The content is the same in both languages. English may help if the platform’s team that handles reports does not read French.',
      fr: 'Français',
      en: 'English',
    },
  },

  pages: {
    // fact: complaint.letter-to-procureur, complaint.must-be-registered, complaint.partie-civile-doyen
    'complaint-letter': {
      sources: ['sp-f1435', 'cpp-15-3', 'sp-f1567', 'masecurite-mineur-plainte', 'france-victimes'],
      lead: {
        default:
          'A written complaint (plainte) to the procureur de la République (the public prosecutor), ready to print and sign. You can also file a complaint (porter plainte) at the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns): they cannot refuse to register it. The letter itself is in French because it goes to a French authority; this page explains it in English.',
        young:
          'A written complaint (plainte) to the procureur de la République (the public prosecutor), ready to print and sign. You can also file a complaint (porter plainte) at the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns), alone or with an adult you trust: they cannot refuse your complaint. The letter is in French because it goes to a French authority; this page explains it in English.',
        parent:
          'A written complaint (plainte) to the procureur de la République (the public prosecutor), on behalf of your child. You can also file a complaint (porter plainte) at the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns): they cannot refuse to register it. The letter itself is in French because it goes to a French authority; this page explains it in English.',
        professional:
          'A written complaint (plainte) to the procureur de la République (the public prosecutor), prepared to be signed by the pupil if they are 18 or over, otherwise by their legal representatives. A pupil under 18 can also file a complaint (porter plainte) themself; the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns) cannot refuse to register it. The letter itself is in French because it goes to a French authority; this page explains it in English.',
      },
      howTo: [
        'Address it to the procureur de la République at the tribunal judiciaire (the court) for the place where it happened or where the author lives.',
        'It is best to send it by registered post with proof of delivery (« recommandé avec avis de réception »); an ordinary or tracked letter is also possible. You can also hand it in at the court’s reception desk. A receipt (récépissé) is sent once the complaint is registered.',
        'Attach copies of the evidence and keep the originals.',
        'If there is no reply within 3 months, or if the case is dropped (« classement sans suite »), it is possible to file a complaint as a civil party (« plainte avec constitution de partie civile ») with the senior investigating judge (doyen des juges d’instruction); for a minor, their legal representatives do it. A lawyer or France Victimes (116 006) can help.',
      ],
    },
    // fact: complaint.must-be-registered, complaint.refuse-main-courante, complaint.any-station-contre-x
    'front-desk-sheet': {
      sources: ['cpp-15-3', 'sp-f1435', 'france-victimes'],
      lead: {
        default:
          'A page to print and hand over when you file a complaint (porter plainte) at the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns): the facts in a few lines, the list of evidence files with their fingerprints, and the rights of the person filing the complaint, in case the front desk offers a main courante (a record of what happened; it is not a complaint) instead, or refuses the complaint. The sheet itself is in French because it goes to a French authority; this page explains it in English.',
        young:
          'A page to print and hand over when you file a complaint (porter plainte) at the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns): the facts in a few lines, the list of your evidence with its fingerprints, and your rights, in case they offer you a main courante (a record of what happened; it is not a complaint) or refuse your complaint. The sheet is in French because it goes to a French authority; this page explains it in English.',
      },
      howTo: [
        'Print the sheet, and if possible the journal’s chronology; bring the screenshots, or the phone that has them.',
        'Keep a copy, and keep the receipt (récépissé) you are given after the complaint.',
        {
          default:
            'A victim support association (France Victimes, 116 006) can help you prepare the complaint.',
          young:
            'An adult you trust can come with you; the 3018 helpline and France Victimes (116 006) can help you prepare the complaint.',
        },
      ],
    },
    // fact: dsa.art16-notice, removal.report-contents, removal.false-report-penalty, dsa.decision-and-appeals
    'platform-notice': {
      sources: ['dsa-art-16', 'dsa-ods', 'sp-f32239', 'lcen-6-3', 'arcom-e-enfance'],
      lead: {
        default:
          'A complete report under article 16 of the Digital Services Act (DSA): if it is clear that the content is illegal (« contenu illicite »), the host (the service that stores it) can no longer say it did not know once it receives the report. Paste the text into the social network’s report form, or send the PDF. The notice is in French by default; you can also have it in English (choose below), which a platform’s team often reads.',
        young:
          'A complete report under article 16 of the Digital Services Act (DSA): if the content is clearly illegal, the network that receives it can no longer say it did not know. Paste the text into its report form, or send the PDF. The notice is in French by default; you can also have it in English (choose below).',
      },
      howTo: [
        'The report is made online: through the social network’s form, or to the address given in the site’s legal notice (« mentions légales »).',
        'You do not have to contact the author first.',
        // fact: dsa.art16-notice — the notifier's name and e-mail are part of the notice.
        'Before sending: the report carries the name and e-mail address of the person reporting, and the platform receives them. An e-mail address created just for this is fine if the usual address should not be passed around.',
        'An attached screenshot shows everything in it: to hide a phone number, an address or other people, first make a masked copy from the incident’s page in the evidence journal (“Mask areas”), without masking the reported content, the author’s handle, the date or the address.',
        'Reporting content as illegal when you know it is legal is punished (up to 1 year in prison and a 15 000 € fine): just describe the facts as they are.',
      ],
      after: {
        title: 'What if the platform refuses?',
        steps: [
          // Articles 20 to 22 bind most large platforms, not micro and small ones (DSA art. 19;
          // fact: dsa.small-platforms-exempt); the judge: PAF or référé (fact: removal.refere-835).
          'Challenge the decision through the platform’s internal complaint-handling system (DSA, article 20): most large platforms must have one.',
          'Go to a certified out-of-court dispute settlement body (DSA, article 21): its decisions are not binding, and the costs for the user are low.',
          'Go to a judge, in practice with a lawyer: the president of the tribunal judiciaire (the court) can order the removal (through the accelerated procedure on the merits, « procédure accélérée au fond », or through an urgent application, « référé »).',
          'For a minor, the 3018 helpline (e-Enfance) can report the content: it is a trusted flagger, and most large platforms must deal with its reports first.',
        ],
      },
    },
    // fact: erasure.any-age-for-data-published-while-minor, erasure.minor-acts-alone, erasure.delay-and-cnil, erasure.cnil-not-criminal
    'erasure-request': {
      sources: ['lil-art-51', 'cnil-reagir', 'sp-f32239'],
      lead: {
        default:
          'A request asking the site to erase data published while you were under 18 (GDPR, called RGPD in French, article 17; French data protection law, « loi Informatique et Libertés », article 51). The site must erase it as soon as possible. The request itself is in French because it relies on French law; this page explains it in English.',
        young:
          'A request asking the site to erase data published while you are under 18. You can send it yourself, without your parents’ agreement. The site must erase it as soon as possible. The request is in French because it relies on French law; this page explains it in English.',
        parent:
          'A request asking the site to erase your child’s data, published while they were under 18 (GDPR, called RGPD in French, article 17; French data protection law, « loi Informatique et Libertés », article 51). The request itself is in French because it relies on French law; this page explains it in English.',
      },
      howTo: [
        'Send it through the site’s personal data form (« données personnelles » on French sites), or to the address of its data protection officer (see its legal notice or privacy policy).',
        'Keep a copy and note the date you sent it.',
      ],
      after: {
        title: 'One month later, with no erasure and no reply',
        steps: [
          'Go to the CNIL (France’s data protection authority): make a complaint online on cnil.fr, or by post to the CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 (phone 01 53 73 22 22, Monday to Friday, 9:30 am to 5 pm).',
          'Attach: a copy of this request and proof that you sent it (the date), the addresses of the content, and the site’s reply if there is one.',
          'The law says that the CNIL gives its decision within three weeks of the complaint.',
          'A complaint to the CNIL does not replace a criminal complaint (to the police): the CNIL does not deal with the offence itself.',
        ],
      },
    },
    // fact: school.l111-6-duty, school.article-40-public-agents, school.information-preoccupante
    'school-report': {
      sources: ['education-l111-6', 'cpp-art-40', 'casf-l226-2-1'],
      lead: {
        default:
          'A factual report to the head teacher (chef d’établissement), to start the school’s protocol against harassment. If you think your child is in danger, you can also call 119 (Allô Enfance en danger, the helpline for children in danger), 24/7, free. The report itself is in French because it goes to a French school authority; this page explains it in English.',
        professional:
          'A factual report to the head teacher (chef d’établissement), with a reminder of your obligations: article 40 (the duty of public staff to tell the procureur de la République, the public prosecutor, about an offence) and the « information préoccupante » (an alert to the child protection services). The report itself is in French because it goes to a French school authority; this page explains it in English.',
      },
      howTo: [
        'Hand it over in person or send it through the school’s messaging system; keep a copy.',
        'The school must take measures to prevent, detect and deal with harassment, including online (French Education Code, « Code de l’éducation », article L. 111-6).',
      ],
    },
    'action-plan': {
      sources: ['sp-f32239'],
      lead: {
        default:
          'A page to print: the steps, what is done, the next action and who to call. The printed page itself is in French, like Balise’s letters; this page explains it in English.',
        young:
          'A page to print: the steps, what is done, the next action and who to call. The printed page is in French, like Balise’s letters; this page explains it in English.',
        professional:
          'A page to give to the pupil and their family: the steps, the next action, useful phone numbers and their hours. The printed page itself is in French, like Balise’s letters; this page explains it in English.',
      },
      howTo: ['Nothing to fill in: the plan is made from the answers.'],
    },
  },

  fields: {
    senderName: { label: 'Surname and first name' },
    senderBirthDate: { label: 'Date of birth' },
    senderBirthPlace: {
      label: 'Place of birth',
      hint: 'Town or city, and country if outside France.',
    },
    senderAddress: {
      label: 'Postal address',
      hint: {
        default: 'Where you will receive the reply.',
        young: 'Where you will get the reply.',
      },
    },
    senderPhone: { label: 'Phone' },
    senderEmail: { label: 'E-mail address' },
    senderFunction: {
      label: 'Your role',
      hint: 'For example: « conseillère principale d’éducation » (senior education adviser), « infirmier scolaire » (school nurse), « professeur principal » (form tutor).',
    },
    childName: {
      label: 'Child’s surname and first name',
      hint: {
        default: 'The child (under 18) concerned.',
        professional: 'The pupil concerned.',
      },
    },
    childBirthDate: { label: 'Child’s date of birth' },
    childClass: { label: 'Class', hint: 'For example: 4e B.' },
    city: {
      label: 'Town or city where the letter is written',
      hint: 'It appears with the date, in French: « À Lyon, le … » (“In Lyon, on …”).',
    },
    court: {
      label: 'Court, tribunal judiciaire (town or city)',
      hint: {
        default:
          'The court for the place where it happened, or for where the author lives. If you are unsure, it is simpler to file a complaint (porter plainte) at the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns): they pass it on to the right court.',
        young:
          'The court for the place where it happened, or for where the author lives. If you are unsure, it is simpler to file a complaint (porter plainte) at the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns): they pass it on to the right court.',
      },
    },
    authorName: {
      label: 'Name of the person believed to be responsible',
      hint: {
        default: 'What you know: surname, first name, link to the person targeted.',
        young: 'What you know: surname, first name, who they are to you.',
      },
    },
    facts: {
      label: 'The facts, in a few sentences',
      hint: {
        default:
          'What happened, since when, where. The incidents noted in the evidence journal are added automatically.',
        young:
          'What happened, since when, where. The incidents noted in your evidence journal are added automatically.',
      },
    },
    witnesses: {
      label: 'Witnesses (optional)',
      hint: 'Name and contact details of the people who saw what happened, one per line.',
    },
    harm: {
      label: 'The consequences (the harm, « préjudice »)',
      hint: {
        default:
          'What it did to you: fear, sleep, health, school or work, sick leave, costs… A provisional estimate is enough.',
        young:
          'What it did to you: fear, sleep, health, school, costs… You can keep it simple; it is not final.',
        parent:
          'What it did to your child and to the family: fear, sleep, health, schooling, costs… A provisional estimate is enough.',
      },
    },
    otherExhibits: {
      label: 'Other documents (optional)',
      hint: 'Medical certificate, sick note (« arrêt de travail »), witness statement (« attestation de témoin »), main courante (a record of what happened; it is not a complaint)… one per line.',
    },
    civilParty: {
      label: 'I join the case as a civil party (partie civile)',
      hint: {
        default:
          'To ask for compensation for the harm (damages). You can also do it later, up to the hearing.',
        parent:
          'To ask for compensation on behalf of your child. You can also do it later, up to the hearing.',
        professional:
          'To ask for compensation; for a minor (under 18), their legal representatives do it.',
      },
    },
    platformName: {
      label: 'Social network or website',
      hint: 'For example: Instagram, TikTok, a forum…',
    },
    urls: {
      label: 'Exact addresses of the content (URLs)',
      hint: 'One per line. For a private message: the conversation and the author’s account.',
    },
    explanation: {
      label: 'Explanation',
      hint: 'What shows that the content is illegal (« contenu illicite »), in one or two sentences.',
    },
    siteName: {
      label: 'Site or service that holds the data',
      hint: 'The social network, the website or the app.',
    },
    siteContact: {
      label: 'Site’s address (optional)',
      hint: 'Postal or e-mail address of the service or of its data protection officer, in its legal notice (« mentions légales »).',
    },
    dataDescription: {
      label: 'Which data to erase',
      hint: 'Photos, videos, name, messages, account… Describe them without copying any intimate image.',
    },
    schoolName: {
      label: 'School',
      hint: 'Name and town of the school (école, collège or lycée).',
    },
    actionsTaken: {
      label: 'What has already been done (optional)',
      hint: 'Contacts with the school, steps under way… What Balise already knows is added.',
    },
  },
};
