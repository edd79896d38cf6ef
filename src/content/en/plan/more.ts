import type { PlanCatalog } from '../../types.ts';

/**
 * English words for the plan: reasons, warnings, documents, services and the glossary
 * (source of truth: src/content/fr/plan.ts, from `reasons` to the end).
 */

export const reasons: PlanCatalog['reasons'] = {
  'no-immediate-danger': {
    default:
      'You said there is no danger right now. If that changes, the emergency numbers are still here.',
    young:
      'You said there’s no danger right now. If that changes, the emergency numbers are still here.',
  },
  'danger-not-answered': {
    default:
      'The question about danger has not been answered yet. If someone is in danger right now, the emergency numbers are here.',
    young:
      'You haven’t answered the question about danger yet. If someone is in danger right now, the emergency numbers are here.',
  },
  'immediate-danger': {
    default: 'You said you are in danger right now: your safety comes first.',
    young: 'You said you’re in danger right now: your safety comes first.',
    parent: 'You said your child is in danger right now: their safety comes first.',
    professional:
      'You said the person you support is in danger right now: their safety comes first.',
    witness: 'You said the person targeted is in danger right now: their safety comes first.',
  },
  'self-harm-risk': {
    default:
      'You mentioned thoughts of hurting yourself: you don’t have to deal with this on your own.',
    young: 'You talked about thoughts of hurting yourself: you don’t have to deal with this alone.',
    parent:
      'You said your child is thinking of hurting themselves: trained people can help you both.',
    professional:
      'You said the person you support is thinking of hurting themselves: trained health workers can advise you.',
    witness:
      'You are worried that the person might hurt themselves: trained health workers can advise you.',
  },
  // fact: emergency.119-child-in-danger
  'minor-in-danger': {
    default:
      'The person is a minor and in danger: 119, the helpline for children in danger, answers day and night.',
    young:
      'You’re a minor and in danger: 119, the helpline for children in danger, is there for you, day and night.',
    parent:
      'Your child is a minor and in danger: 119, the helpline for children in danger, answers day and night.',
  },
  // fact: sextortion.first-actions
  'blackmail-first-moves': {
    default:
      'You mentioned blackmail: paying or sending more usually does not stop it, and the conversation is evidence.',
    young:
      'You talked about blackmail: paying or sending more usually doesn’t stop it, and the conversation is evidence.',
  },
  // fact: sextortion.first-actions, minors.3018-when-age-unknown
  'not-alone-with-blackmail': {
    default:
      'If the person targeted is under 18, they do not have to deal with this blackmail alone: a trusted adult and 3018 (the helpline for online violence and harassment) can help them.',
    young:
      'You’re a minor: you don’t have to deal with this blackmail alone. A trusted adult and 3018 (the helpline for online violence and harassment) can help you.',
    parent:
      'Your child does not have to deal with this blackmail alone: 3018 (the helpline for online violence and harassment) can advise you both.',
  },
  // fact: sextortion.adult-thesee-17cyber, complaint.17cyber
  'cyber-help-for-adults':
    'You mentioned online blackmail: 17Cyber and Cybermalveillance.gouv.fr help you see where you stand and point you to the right steps.',
  'replying-feeds-harassment':
    'Replying or sharing often starts the harassment again and shows it to more people.',
  // fact: witness.joining-in-is-a-raid
  'joining-in-can-be-harassment':
    'You are a witness: when several people join in, even a “like” can count as taking part.',
  // fact: adults.secure-accounts
  'accounts-can-be-secured':
    'An account that is not well protected can be hacked or used to impersonate its owner.',
  'child-needs-support':
    'You are a parent: feeling believed and supported helps your child to talk and to act.',
  // fact: platform.common.capture-first
  'capture-then-block':
    'Blocking protects, but some apps then delete the conversation: save the evidence first.',
  // fact: step1.do-not-reply, step1.restrict-audience
  'block-and-restrict': {
    default:
      'Blocking the person responsible and limiting who sees your accounts cuts off contact and means fewer people can see you.',
    young:
      'Blocking the person doing this and limiting who sees your accounts cuts off contact and means fewer people can see you.',
    parent:
      'Blocking the person responsible and limiting who sees your child’s accounts cuts off contact and means fewer people can see your child.',
    professional:
      'Blocking the person responsible and limiting who sees the accounts of the person you support cuts off contact with them.',
  },
  'evidence-complete': {
    default: 'You said the evidence is complete: this step is done.',
    young: 'You said your evidence is complete: this step is done.',
  },
  'evidence-needed-for-removal-and-complaint':
    'Evidence is needed to get the content removed and to file a complaint ([[lang:fr|porter plainte]]). It must be saved before it disappears.',
  // fact: evidence.gather-dated-evidence
  'private-messages-count': {
    default: 'You said some messages are private: they count as evidence too.',
    young: 'You said some messages are private: they count as evidence too.',
  },
  // fact: offences.group-harassment-raid
  'several-authors': {
    default:
      'You said several people are joining in: every account counts, even for a single message.',
    young:
      'You said several people are joining in: every account counts, even for just one message.',
  },
  // fact: offences.child-sexual-images-227-23, sextortion.copy-ban-images-only
  'content-must-not-be-copied': {
    default: 'You mentioned sexual images that may show a minor: the law forbids copying them.',
    young:
      'You talked about intimate images and you’re a minor: don’t copy them, not even as proof. It’s not your fault.',
    parent:
      'You mentioned intimate images of a minor: the law forbids copying them, even as proof.',
  },
  'keep-address-of-images':
    'These images are reported by their address (link): that is what you need to keep, with the account’s username.',
  // fact: sextortion.what-to-capture
  'blackmail-evidence-without-images':
    'Blackmail is proved with the messages, the blackmailer’s profile and their demands for payment, without the intimate images.',
  // fact: evidence.gather-dated-evidence
  'other-evidence-helps':
    'Statements from witnesses and a medical certificate make the case stronger, on top of the screenshots.',
  'witness-can-testify':
    'You are a witness: your written statement ([[lang:fr|attestation]]) can be a great help to the person targeted.',
  // fact: witness.no-complaint-for-victim, witness.report-to-procureur
  'witness-can-report':
    'You cannot file a complaint ([[lang:fr|porter plainte]]) for the person targeted, but you can report what happened.',
  // fact: witness.routes
  'witness-child-in-danger':
    'The person targeted is a minor, or you do not know their age: there are helplines for children.',
  // fact: parents.do-not-transfer-images
  'parent-must-not-hold-images':
    'You mentioned intimate images of a minor: nobody may copy them, not even the child’s parents.',
  // fact: evidence.screenshot-is-a-start
  'official-report-is-stronger':
    'A screenshot is a first piece of evidence; an official record ([[lang:fr|constat]]) made by a [[lang:fr|commissaire de justice]] (a court officer, formerly [[lang:fr|huissier]]) is usually stronger.',
  'content-removed': {
    default:
      'You said the content has been removed: this step is done. Keep the evidence all the same.',
    young: 'You said the content has been removed: this step is done. Keep your evidence anyway.',
  },
  // fact: removal.host-must-offer-reporting, dsa.art16-notice
  'platform-must-act-on-notice':
    'The first thing to try is reporting it. A platform must act when illegal content is reported to it.',
  'report-by-address-only':
    'These images must not be passed around: report them by their link, without attaching them.',
  // fact: dsa.decision-and-appeals
  'platform-must-answer': {
    default: 'You are waiting for an answer: the platform must tell you its decision.',
    young: 'You’re waiting for an answer: the platform must tell you its decision.',
  },
  // fact: dsa.decision-and-appeals
  'refusal-can-be-challenged': {
    default:
      'You said the platform refused or did not answer: it is not over, there are ways to challenge this.',
    young:
      'You said the platform refused or didn’t answer: it’s not over, there are ways to challenge this.',
  },
  // fact: dsa.e-enfance-trusted-flagger, dsa.3018-fast-removal
  'trusted-flagger-for-minors': {
    default:
      'The person targeted is a minor: 3018 (the helpline for online violence and harassment) can ask for the content to be removed as a priority.',
    young:
      'You’re a minor: 3018 (the helpline for online violence and harassment) can ask for the content to be removed as a priority.',
    parent:
      'Your child is a minor: 3018 (the helpline for online violence and harassment) can ask for the content to be removed as a priority.',
  },
  // fact: erasure.any-age-for-data-published-while-minor
  'minor-right-to-erasure': {
    default:
      'The person is a minor: the law gives them the right to have their data online erased.',
    young: 'You’re a minor: the law gives you the right to have your data online erased.',
    parent: 'Your child is a minor: the law gives them the right to have their data online erased.',
  },
  // fact: erasure.any-age-for-data-published-while-minor
  'published-while-minor': {
    default:
      'You said you were under 18 when it was published: the right to erasure still applies once you are an adult.',
    parent:
      'Your child was under 18 when it was published: the right to erasure still applies once they are an adult.',
    professional:
      'The person you support was under 18 when it was published: the right to erasure still applies once they are an adult.',
  },
  // fact: platform.choice-by-age
  'intimate-images-of-a-minor': {
    default:
      'You mentioned intimate images that may have been taken before the age of 18: Take It Down can help to stop them being shared.',
    young:
      'You talked about intimate images: Take It Down can help to stop them being shared, without anyone seeing them.',
    parent:
      'You mentioned intimate images of your child: Take It Down can help to stop them being shared.',
    professional:
      'You mentioned intimate images of a person who may be a minor: Take It Down can help to stop them being shared.',
  },
  // fact: platform.stopncii.who
  'intimate-images-of-an-adult': {
    default:
      'You mentioned intimate images: StopNCII can help to stop them being shared, without the image leaving your device.',
    parent:
      'You mentioned intimate images of your adult child: StopNCII can help to stop them being shared.',
    professional:
      'You mentioned intimate images of the person you support: StopNCII can help to stop them being shared.',
  },
  // fact: removal.search-delisting
  'search-results-can-be-delisted': {
    default:
      'You mentioned rumours or personal information: they can be removed from search results for your name.',
    young:
      'You talked about rumours or personal info: they can disappear from search results for your name.',
    parent:
      'You mentioned rumours or personal information: they can be removed from search results for your child’s name.',
    professional:
      'You mentioned rumours or personal information: they can be removed from search results for the name of the person you support.',
  },
  // fact: witness.no-complaint-for-victim
  'only-target-files-complaint':
    'You are a witness: it is the person targeted, or their parents, who files the complaint ([[lang:fr|porter plainte]]). Your written statement can help them, and you can report what happened (step “Keep a record and report”).',
  'complaint-filed': {
    default:
      'You said the complaint to the police has been filed: this step is done. Keep the receipt ([[lang:fr|récépissé]]).',
    young:
      'You said your complaint to the police has been filed: this step is done. Keep the receipt ([[lang:fr|récépissé]]).',
  },
  // fact: offences.harassment-222-33-2-2
  'harassment-is-an-offence': {
    default:
      'What you describe can be punished by law: you have the right to file a complaint ([[lang:fr|porter plainte]]).',
    young:
      'What you describe can be punished by law, and you have the right to file a complaint ([[lang:fr|porter plainte]]).',
    parent:
      'What your child is going through can be punished by law: a complaint to the police is possible.',
    professional:
      'What you describe can be punished by law: the person you support has the right to file a complaint ([[lang:fr|porter plainte]]).',
  },
  'author-known': {
    default: 'You said you know who is responsible: the complaint to the police can name them.',
    young: 'You said you know who is doing this: your complaint to the police can name them.',
  },
  // fact: complaint.any-station-contre-x
  'author-unknown': {
    default:
      'You do not know who is responsible, or you only know their username: the complaint can be made [[lang:fr|contre X]] (against a person unknown).',
    young:
      'You don’t know who is doing this, or you only know their username: your complaint can be made [[lang:fr|contre X]] (against a person unknown).',
  },
  // fact: complaint.no-online-complaint-for-harassment
  'online-complaint-not-open':
    'Filing a complaint to the police online is only possible for some offences, not for harassment.',
  // fact: complaint.thesee-adults-only
  'online-complaint-for-blackmail':
    'You are an adult and you mentioned online blackmail: for this, you can file a complaint to the police online.',
  // fact: minors.espace-mineurs
  'police-chat-for-minors': {
    default:
      'The person targeted is a minor: there is a chat with the police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) just for minors, open day and night.',
    young:
      'You’re a minor: there is a chat with the police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) just for you, open day and night.',
    parent:
      'Your child is a minor: there is a chat with the police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) just for minors, open day and night.',
  },
  // fact: minors.can-file-alone, minors.parents-can-file
  'minor-can-file': {
    default:
      'The person targeted is a minor: they have the right to file a complaint ([[lang:fr|porter plainte]]), even on their own.',
    young:
      'You’re a minor: you have the right to file a complaint ([[lang:fr|porter plainte]]), even on your own.',
    parent:
      'Your child is a minor: they have the right to file a complaint ([[lang:fr|porter plainte]]), even on their own, and so do you, on their behalf.',
  },
  // fact: complaint.must-be-registered
  'registration-refused': {
    default:
      'You said your complaint was refused: this refusal is not allowed, and there are other ways.',
    young: 'You said your complaint was refused: that is not allowed, and there are other ways.',
  },
  // fact: minors.hearing-filmed
  'minor-hearing-is-filmed': {
    default: 'This may involve sexual acts, and the person targeted is a minor.',
    young: 'This may involve sexual acts, and you’re a minor.',
    parent: 'This may involve sexual acts, and your child is a minor.',
  },
  // fact: complaint.account-suspension-penalty
  'court-can-suspend-accounts':
    'Since 2024, the courts can take away the online accounts of a person found guilty.',
  // fact: complaint.france-victimes-help
  'help-is-free': {
    default: 'You do not have to take these steps on your own: free help is available.',
    young: 'You don’t have to do this on your own: free help is available.',
  },
  // fact: time-limits.press-3-months
  'press-deadline-running': {
    default:
      'You mentioned recent insults or rumours: for these, the time limit may be only 3 months.',
    young:
      'You talked about recent insults or rumours: for these, the time limit may be only 3 months.',
  },
  // fact: time-limits.minor-sexual-offences
  'minor-sexual-time-limit': {
    default:
      'You mentioned sexual acts and the person targeted may be a minor: the time limit is then longer.',
    young: 'You talked about sexual acts and you’re a minor: the time limit is longer.',
    parent: 'You mentioned sexual acts that your child went through: the time limit is longer.',
  },
  // fact: time-limits.harassment-from-last-act
  'harassment-time-limit': {
    default:
      'You said it happened several times: for harassment, the time limit starts from the last message.',
    young:
      'You said it happened several times: for harassment, the time limit starts from the last message.',
  },
  'time-limit-may-have-passed': {
    default:
      'From the date you gave, a time limit may have passed. Only a lawyer or a support organisation can check this.',
    young:
      'From the date you gave, a time limit may have passed. Only a lawyer or a support organisation can check this.',
  },
  // fact: school.article-40-public-agents
  'professional-duties':
    'You are a professional: the law gives you a role in protecting the person you support.',
  // fact: school.information-preoccupante
  'professional-child-protection':
    'The person you support is a minor: if they are in danger or at risk of it, the unit of the [[lang:fr|département]] (the local authority) that handles children in danger must be informed.',
  // fact: emergency.3919-violences-femmes
  'partner-violence': {
    default:
      'You said the person responsible is a partner or an ex: this is violence in a relationship.',
    young:
      'You said the person doing this is your boyfriend, your girlfriend or an ex: this is violence in a relationship.',
    parent:
      'The person responsible is your child’s boyfriend, girlfriend or partner, or an ex: this is violence in a relationship.',
  },
  // fact: adults.protection-order, partners.who-is-a-partner
  'protection-order-possible': {
    default:
      'You said the person responsible is or was your spouse, a partner you lived with, or your [[lang:fr|PACS]] partner (civil partnership).',
    young:
      'You said the person doing this is or was your spouse, a partner you lived with, or your [[lang:fr|PACS]] partner (civil partnership).',
    parent:
      'The person responsible is or was your child’s spouse, a partner your child lived with, or your child’s [[lang:fr|PACS]] partner (civil partnership).',
    professional:
      'The person responsible is or was the spouse, a live-in partner or the [[lang:fr|PACS]] partner (civil partnership) of the person you support.',
  },
  // fact: work.employer-duties
  'employer-must-protect': {
    default:
      'The person responsible is someone from work: the employer must act to protect the person targeted.',
    young: 'The person doing this is someone from work: the employer must act to protect you.',
  },
  // fact: school.l111-6-duty, school.move-harassing-pupil
  'school-must-protect-pupil':
    'The person responsible is at school: the school must act, and the law provides for measures against the pupil who is bullying.',
  // fact: pharos.categories
  'pharos-category-not-covered': {
    default:
      'PHAROS (the government platform for reporting illegal content online) deals with specific kinds of content, such as threats or hate. From your answers, it is probably not the right tool.',
    young:
      'PHAROS (the government platform for reporting illegal content online) deals with specific kinds of content, such as threats or hate. From your answers, it’s probably not the right tool.',
  },
  // fact: pharos.public-illegal-content
  'pharos-not-for-private-matters': {
    default:
      'You said it happens in private: PHAROS (the government platform for reporting illegal content online) mostly deals with public content. The police station ([[lang:fr|commissariat]]) or the [[ma-securite|Ma Sécurité]] chat can help.',
    young:
      'You said it happens in private: PHAROS (the government platform for reporting illegal content online) mostly deals with public content. The police station ([[lang:fr|commissariat]]) or the [[ma-securite|Ma Sécurité]] chat can help you.',
  },
  // fact: pharos.categories
  'pharos-handles-this-content': {
    default:
      'You mentioned threats, hate, terrorism or harm to a minor: PHAROS (the government platform for reporting illegal content online) deals with this kind of content.',
    young:
      'You talked about threats, hate, terrorism or harm to a minor: PHAROS (the government platform for reporting illegal content online) deals with this kind of content.',
  },
  // fact: emergency.pharos-not-emergency
  'pharos-is-not-an-emergency-service': {
    default:
      'You said there is a danger: PHAROS (the government platform for reporting illegal content online) is not an emergency service.',
    young:
      'You said there’s a danger: PHAROS (the government platform for reporting illegal content online) is not an emergency service.',
  },
  'marked-done': {
    default: 'You marked this step as done.',
    young: 'You marked this step as done.',
  },
};

export const warnings: PlanCatalog['warnings'] = {
  'do-not-copy-child-sexual-content': {
    title: { default: 'Do not copy these images', young: 'Don’t copy these images' },
    text: {
      // The images only: messages and profiles stay evidence (fact: sextortion.copy-ban-images-only).
      default:
        'Do not take screenshots of the sexual images, do not download them and do not forward them, not even as proof or to help. Everything else (messages, threats, the profile of the person responsible) can be captured: crop the screenshot so that no image or thumbnail shows.',
      young:
        'Don’t take screenshots of these images and don’t send them to anyone. It’s not your fault. You can take screenshots of the messages and the profile of the person doing this: crop them so that no image shows.',
    },
  },
  // fact: time-limits.press-3-months, time-limits.press-discriminatory-1-year
  'press-time-limit': {
    title: 'Insults and rumours: a short time limit',
    text: {
      default:
        'For a public insult or defamation ([[lang:fr|injure]] or [[lang:fr|diffamation]]), the time limit is 3 months (1 year if it is discriminatory). It may already have passed: ask for advice. Harassment has a longer time limit.',
      young:
        'For public insults or rumours, the time limit is 3 months (1 year if it’s discriminatory). It may already have passed: ask for advice. For harassment, the time limit is longer.',
    },
  },
  // fact: time-limits.offences-6-years
  'time-limit-passed': {
    title: {
      default: 'Events from long ago: have the time limit checked',
      young: 'Events from long ago: get the time limit checked',
    },
    text: {
      default:
        'This happened more than 6 years ago. There are exceptions: before giving up, ask a lawyer or France Victimes (116 006).',
      young:
        'This happened more than 6 years ago. There are exceptions: before you give up, ask a lawyer or France Victimes (116 006).',
    },
  },
  // fact: pharos.not-a-complaint
  'pharos-does-not-replace-complaint': {
    title: 'PHAROS does not replace a complaint to the police',
    text: {
      default:
        'Reporting on PHAROS (the government platform for reporting illegal content online) is not the same as filing a complaint ([[lang:fr|porter plainte]]). If you are the person targeted, file a complaint as well.',
      young:
        'Reporting on PHAROS (the government platform for reporting illegal content online) is not the same as filing a complaint ([[lang:fr|porter plainte]]). As you are the one targeted, you can also file a complaint.',
      parent:
        'Reporting on PHAROS (the government platform for reporting illegal content online) is not the same as filing a complaint ([[lang:fr|porter plainte]]). As your child is the one targeted, a complaint is still useful.',
      professional:
        'Reporting on PHAROS (the government platform for reporting illegal content online) is not the same as filing a complaint ([[lang:fr|porter plainte]]). The person targeted can also file a complaint.',
    },
  },
};

export const documents: PlanCatalog['documents'] = {
  'platform-notice': {
    title: 'Report to the platform',
    description: {
      default:
        'A message ready to send to the social network or website, under Article 16 of the Digital Services Act (DSA). It gives the reason, the exact address of the content, your contact details and a statement of good faith.',
      young:
        'A message ready to send to the social network or website, under Article 16 of the Digital Services Act (DSA). It gives the reason, the exact address of the content, your contact details and a statement of good faith.',
    },
  },
  'erasure-request': {
    title: 'Request to erase data',
    description: {
      default:
        'A letter to the website to have data erased that was published when you were under 18 (French data protection law, [[lang:fr|loi Informatique et Libertés]], article 51). It points out that if nothing is erased after one month, the matter can be taken to the CNIL (France’s data protection authority).',
      parent:
        'A letter to the website to have the data of your child, who is a minor, erased (French data protection law, [[lang:fr|loi Informatique et Libertés]], article 51). It points out that if nothing is erased after one month, the matter can be taken to the CNIL (France’s data protection authority).',
      professional:
        'A letter to the website, signed by the person or their family, to have data erased that was published while they were a minor (French data protection law, [[lang:fr|loi Informatique et Libertés]], article 51). If nothing is erased after one month, the matter can be taken to the CNIL (France’s data protection authority).',
      young:
        'A letter to the website to have your data erased, because you’re a minor (French data protection law, [[lang:fr|loi Informatique et Libertés]], article 51). If nothing is erased after one month, you will be able to take the matter to the CNIL (France’s data protection authority).',
    },
  },
  'complaint-letter': {
    title: 'Complaint letter to the [[lang:fr|procureur]] (public prosecutor)',
    description: {
      default:
        'A complaint sent by post. It gives your identity, a dated account of what happened, the person responsible or [[lang:fr|X]] (a person unknown), the witnesses, the harm done and the evidence. Best sent by registered post with proof of delivery ([[lang:fr|recommandé avec accusé de réception]]).',
      young:
        'A complaint sent by post. It gives your identity, a dated account of what happened, the person responsible or [[lang:fr|X]] (a person unknown), the witnesses, the harm done to you and the evidence. Best sent by registered post ([[lang:fr|recommandé]]).',
      parent:
        'A complaint sent by post for your child. It gives your child’s identity, a dated account of what happened, the person responsible or [[lang:fr|X]] (a person unknown), the witnesses and the evidence. Best sent by registered post with proof of delivery ([[lang:fr|recommandé avec accusé de réception]]).',
    },
  },
  'front-desk-sheet': {
    title: 'Sheet for the front desk (complaint in person)',
    description: {
      default:
        'A page to hand in at the police station ([[lang:fr|commissariat]]) or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns): the facts in a few lines, the files with their digital fingerprints, and the rights of the person filing the complaint.',
      young:
        'A page to give at the police station ([[lang:fr|commissariat]]) or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns): what happened in a few lines, the evidence with its digital fingerprints, and your rights when you file a complaint.',
    },
  },
  'school-report': {
    title: 'Report to the school',
    description: {
      default:
        'A message to the head teacher that describes what happened and asks the school to apply its anti-bullying protocol.',
      parent:
        'A message to the head teacher that describes what your child is going through and asks the school to apply its anti-bullying protocol.',
      professional:
        'A note to the head teacher that describes what the pupil reported and asks the school to apply its anti-bullying protocol.',
    },
  },
  'action-plan': {
    title: 'My action plan',
    description: {
      default:
        'A summary of your answers and of the steps to follow, with useful numbers and sources. It stays on your device.',
      young:
        'A summary of your answers and of the steps to follow, with useful numbers and sources. It stays on your device.',
    },
  },
};

/** The link to each service an action names: where it goes, with the address spelled out. */
export const services: PlanCatalog['services'] = {
  pharos: 'Open PHAROS: internet-signalement.gouv.fr',
  'take-it-down': 'Open Take It Down: takeitdown.ncmec.org',
  stopncii: 'Open StopNCII: stopncii.org',
  'chat-3018': 'Open the 3018 chat: 3018.fr',
  'point-de-contact': 'Open Point de Contact: pointdecontact.net',
};

export const glossary: PlanCatalog['glossary'] = {
  // fact: minors.partie-civile-representation
  'administrateur-ad-hoc': {
    term: 'Administrateur ad hoc (representative appointed by a judge)',
    definition:
      'An adult appointed by a judge to represent a minor instead of their parents, for example if the parents are involved in the case.',
  },
  // fact: complaint.lawyer-and-legal-aid
  'aide-juridictionnelle': {
    term: 'Aide juridictionnelle (legal aid)',
    definition:
      'Help from the French State that pays all or part of the lawyer’s fees and court costs, depending on income and assets.',
  },
  // fact: dsa.arcom-coordinator
  arcom: {
    term: 'Arcom',
    definition:
      'The public authority that makes sure the Digital Services Act (DSA) is applied in France. It appoints the trusted flaggers ([[lang:fr|signaleurs de confiance]]).',
  },
  // fact: school.article-40-public-agents
  'article-40': {
    term: 'Article 40 of the Code de procédure pénale (Code of Criminal Procedure)',
    definition:
      'A public official who learns of a crime or an offence through their work must inform the [[lang:fr|procureur de la République]] (the public prosecutor) without delay.',
  },
  // fact: evidence.gather-dated-evidence
  'attestation-de-temoin': {
    term: 'Attestation de témoin (witness statement)',
    definition:
      'A written and dated account by a witness, on the official form ([[lang:fr|cerfa]]), with their full identity. It is evidence.',
  },
  // fact: removal.search-delisting, erasure.delay-and-cnil
  cnil: {
    term: 'CNIL (data protection authority)',
    definition:
      'The [[lang:fr|Commission nationale de l’informatique et des libertés]], France’s data protection authority. It protects personal data and receives complaints when a website does not erase it.',
  },
  // fact: evidence.huissier-renamed, evidence.commissaire-de-justice
  'commissaire-de-justice': {
    term: 'Commissaire de justice (court officer)',
    definition:
      'The new name of the [[lang:fr|huissier de justice]] since 1 July 2022. A commissaire de justice can make an official record of online content (a [[lang:fr|constat]]); you have to pay for this record.',
  },
  // fact: school.information-preoccupante
  crip: {
    term: 'CRIP (unit for concerns about children)',
    definition:
      '[[lang:fr|Cellule de recueil des informations préoccupantes]]: the service of the [[lang:fr|département]] (the local authority) that receives concerns about a child in danger.',
  },
  // fact: removal.search-delisting
  dereferencement: {
    term: 'Déréférencement (delisting)',
    definition:
      'A request to a search engine so that a page no longer appears when someone types a person’s first name and surname. The page stays online.',
  },
  // fact: erasure.any-age-for-data-published-while-minor
  'droit-a-l-effacement': {
    term: 'Right to erasure for minors (droit à l’effacement)',
    definition:
      'The right to have personal data erased that was collected online when you were a minor, at any age (French data protection law, [[lang:fr|loi Informatique et Libertés]], article 51). The website can rely on exceptions, such as freedom of information. If there is no answer within one month, you can take the matter to the CNIL.',
  },
  // fact: dsa.art16-notice, dsa.decision-and-appeals
  dsa: {
    term: 'DSA (Digital Services Act, a European regulation)',
    definition:
      'A European regulation that requires platforms to let people report illegal content ([[lang:fr|contenu illicite]]) online, to give an answer and to offer ways to appeal.',
  },
  // fact: offences.harassment-222-33-2-2, offences.group-harassment-raid
  harcelement: {
    term: 'Harcèlement (harassment)',
    definition:
      'Repeated messages or acts against a person. When several people each act once, together, or one after another knowing that others have already done it, that is harassment too.',
  },
  // fact: removal.host-must-offer-reporting
  hebergeur: {
    term: 'Hébergeur (host)',
    definition:
      'A company that stores and publishes content online: a social network, or the company that hosts a website. Its contact details are in the legal notice ([[lang:fr|mentions légales]]).',
  },
  // fact: school.information-preoccupante
  'information-preoccupante': {
    term: 'Information préoccupante (alert about a child)',
    definition:
      'An alert sent to the CRIP by a professional who is worried about a minor who is in danger or at risk of being in danger. It is about the child’s health, safety, education or development.',
  },
  // fact: offences.public-insult-defamation-1881, offences.private-insult-defamation
  'injure-et-diffamation': {
    term: 'Injure et diffamation (insult and defamation)',
    definition:
      'Offences ([[lang:fr|délits]]) under the 1881 press law when the words are public; in private, they are minor offences ([[lang:fr|contraventions]]). For public words, the time limit to take action is 3 months, or 1 year if they are discriminatory. The procedure is very formal: a lawyer is recommended.',
  },
  // fact: evidence.main-courante
  'main-courante': {
    term: 'Main courante (a record of what happened)',
    definition:
      'A statement made to the police or the [[lang:fr|gendarmerie]] to put a date on what happened. It is not a complaint: it does not start an investigation and does not stop the time limit for taking action.',
  },
  // fact: emergency.masecurite-chat, minors.espace-mineurs
  'ma-securite': {
    term: 'Ma Sécurité',
    definition:
      'A website and app of the French Ministry of the Interior. You can chat there with a police officer or a [[lang:fr|gendarme]], 24 hours a day. There is a space just for under-18s. The chat is not a complaint.',
  },
  // fact: minors.partie-civile-representation, complaint.partie-civile-until-hearing
  'partie-civile': {
    term: 'Partie civile (civil party)',
    definition:
      'Joining the case as a civil party ([[lang:fr|se constituer partie civile]]) means asking for compensation in the criminal trial. For a minor, their parents do it on their behalf.',
  },
  // fact: school.phare-programme
  phare: {
    term: 'pHARe programme',
    definition:
      'The French education ministry’s ([[lang:fr|Éducation nationale]]) programme against bullying. Every school has a trained team and a protocol that is presented to families.',
  },
  // fact: pharos.address, pharos.public-illegal-content
  pharos: {
    term: 'PHAROS',
    definition:
      'The official website of the Ministry of the Interior for reporting illegal public content online. Police officers and [[lang:fr|gendarmes]] handle the reports. Reporting is not the same as filing a complaint ([[lang:fr|porter plainte]]).',
  },
  // fact: complaint.any-station-contre-x
  'plainte-contre-x': {
    term: 'Complaint « contre X » (against a person unknown)',
    definition:
      'A complaint filed when you do not know who is responsible, for example when you only have a username.',
  },
  // fact: time-limits.offences-6-years, time-limits.minor-sexual-offences
  prescription: {
    term: 'Prescription (time limit)',
    definition:
      'The time limit after which the person responsible can no longer be prosecuted. In general, it is 6 years for an offence ([[lang:fr|délit]]); for harassment, it is counted from the last message. For sexual acts suffered before the age of 18, it is longer. For public insult and defamation: 3 months (1 year if they are discriminatory).',
  },
  // fact: removal.accelerated-procedure
  'procedure-acceleree-au-fond': {
    term: 'Procédure accélérée au fond (fast-track court procedure)',
    definition:
      'A procedure before the president of the [[lang:fr|tribunal judiciaire]] (the local court) to stop harm caused by online content. In practice, you need a lawyer.',
  },
  // fact: complaint.letter-to-procureur
  procureur: {
    term: 'Procureur de la République (public prosecutor)',
    definition:
      'The magistrate who decides whether to prosecute. You can write to them at the [[lang:fr|tribunal judiciaire]] (the local court) to file a complaint.',
  },
  // fact: removal.refere-835
  refere: {
    term: 'Référé (urgent application)',
    definition:
      'A fast procedure before the president of the [[lang:fr|tribunal judiciaire]] (article 835 of the [[lang:fr|Code de procédure civile]], the Code of Civil Procedure), besides the fast-track procedure ([[lang:fr|procédure accélérée au fond]]). In practice, you need a lawyer.',
  },
  // fact: complaint.must-be-registered
  recepisse: {
    term: 'Récépissé (receipt)',
    definition:
      'The document you are given when a complaint is registered. It proves the date of the complaint: keep it.',
  },
  // fact: dsa.decision-and-appeals
  'reglement-extrajudiciaire': {
    term: 'Out-of-court dispute settlement body (organisme de règlement extrajudiciaire des litiges)',
    definition:
      'A body certified in the European Union that looks at a disagreement with a platform, for a low fee. Its decision does not bind the platform.',
  },
  // fact: dsa.arcom-coordinator, dsa.e-enfance-trusted-flagger
  'signaleur-de-confiance': {
    term: 'Signaleur de confiance (trusted flagger)',
    definition:
      'An organisation appointed by Arcom whose reports platforms must handle first. e-Enfance (3018) was the first one in France.',
  },
  url: {
    term: 'URL (web address)',
    definition:
      'The exact address of a page or a message, which often starts with “https://”. In an app, you get it with “Copy link” ([[lang:fr|Copier le lien]] in French).',
  },
  // fact: complaint.visioplainte-uncertain: an experiment, current status uncertain.
  visioplainte: {
    term: 'Visioplainte (complaint by video call)',
    definition:
      'Filing a complaint by video call with a police officer or a [[lang:fr|gendarme]], which has been tried out. The Ma Sécurité website says whether it still exists.',
  },
};
