import type { ActionContent } from '../../types.ts';
import type { ActionId } from '../../../engine/index.ts';

/**
 * English words for the plan's actions, second part: from 'cnil-after-one-month' to the end
 * of the French `actions` block (src/content/fr/plan.ts), same keys, order and audiences.
 * French is the source of truth; the `fact:` comments are the French file's.
 */
export const actions2 = {
  // fact: erasure.delay-and-cnil
  'cnil-after-one-month': {
    text: {
      default:
        'If, after one month, the data has not been erased or you have had no answer, complain to the [[cnil|CNIL]] (France’s data protection authority).',
      parent:
        'If, after one month, the data has not been erased or you have had no answer, you can complain to the [[cnil|CNIL]] (France’s data protection authority).',
      professional:
        'If, after one month, the data has not been erased or there has been no answer, the person or their family can complain to the [[cnil|CNIL]] (France’s data protection authority).',
      young:
        'If, after one month, it has not been erased or you have had no answer, you can complain to the [[cnil|CNIL]] (France’s data protection authority).',
    },
    detail:
      'You can complain to the CNIL (France’s data protection authority) online at cnil.fr, or by post: CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07. The CNIL deals with personal data, not with the offence: a complaint to the police is a separate step.',
  },
  // fact: platform.takeitdown.home, platform.choice-by-age
  'take-it-down': {
    text: {
      default:
        'Use Take It Down to help stop the sharing of intimate images taken before the age of 18.',
      young: 'Use Take It Down to help stop your intimate images from being shared.',
      parent: 'Use Take It Down with your child to help stop these images from being shared.',
      professional:
        'Suggest Take It Down to the person you support, to help stop these images from being shared.',
    },
    detail: {
      default:
        'A free and anonymous service from a US organisation (NCMEC). A digital fingerprint of the image is made on the device: the image does not leave it and nobody sees it. Participating platforms can then remove copies. Do not upload or send anything. Website: takeitdown.ncmec.org.',
      young:
        'It is free and anonymous. A digital fingerprint of the image is made on your phone: the image does not leave it and nobody sees it. Participating platforms can then remove copies. A trusted adult can help you. Website: takeitdown.ncmec.org.',
    },
  },
  // fact: platform.stopncii.home, platform.stopncii.who
  stopncii: {
    text: {
      default: 'Use StopNCII.org to help stop your intimate images from being shared.',
      parent:
        'Suggest StopNCII.org to your child, to help stop their intimate images from being shared.',
      professional:
        'Suggest StopNCII.org to the person you support, to help stop their intimate images from being shared.',
    },
    detail:
      'A free tool for people who were adults in the image. A digital fingerprint is made on the device: the image is not sent. Partner platforms can then remove copies. Is the image already online? Report it too. Keep the case number and the PIN code: they cannot be recovered. Image taken before the age of 18? Use Take It Down instead.',
  },
  // fact: removal.search-delisting
  'search-delisting': {
    text: {
      default: 'Ask search engines to stop showing the page when someone searches for your name.',
      young: 'Ask search engines to stop showing the page when someone searches for your name.',
      parent: 'Ask search engines to stop showing the page in searches for your child’s name.',
      professional:
        'Help the person you support ask search engines to stop showing the page in searches for their name.',
    },
    detail: {
      default:
        'This is called [[dereferencement|delisting]] ([[lang:fr|déréférencement]]): the page stays online, but it is harder to find. Use the search engine’s form, with your evidence and an ID document. If there is no answer within one month, or if the answer is not right for you, you can complain to the CNIL (France’s data protection authority).',
      professional:
        'This is called [[dereferencement|delisting]] ([[lang:fr|déréférencement]]): the page stays online, but it is harder to find. The search engine’s form asks for the evidence and an ID document. If there is no answer within one month, a complaint can be made to the CNIL (France’s data protection authority).',
      young:
        'This is called [[dereferencement|delisting]] ([[lang:fr|déréférencement]]): the page stays online, but it is harder to find. You need to fill in the search engine’s form, with your evidence and an ID document. If there is no answer within one month, you can complain to the CNIL (France’s data protection authority).',
    },
  },
  // fact: dsa.decision-and-appeals
  'wait-for-platform-decision': {
    text: {
      default: 'Wait for the answer: the platform must tell you what it has decided.',
      young: 'Wait for the answer: the platform must tell you what it has decided.',
    },
    detail: {
      default:
        'It must confirm that it has received your report, then give you its decision and the ways to challenge it. The law does not set an exact deadline: it asks platforms to act “as soon as possible”. Keep all its messages.',
      young:
        'It must confirm that it has received your report, then give you its decision and the ways to challenge it. The law does not set an exact deadline. Keep all its messages.',
    },
  },
  // fact: dsa.decision-and-appeals, dsa.small-platforms-exempt
  'platform-internal-appeal': {
    text: {
      default: 'Challenge the decision with the platform’s complaints tool.',
      young: 'Challenge the decision with the platform’s complaints tool.',
    },
    detail: {
      default:
        'Most large platforms must have an internal complaints system (very small ones do not have to). Look for “appeal” or “challenge” in its reply (in French, “[[lang:fr|contester]]” or “[[lang:fr|faire appel]]”). If there is no answer, follow up with a written notice.',
      young:
        'Most large platforms must have an internal complaints system (very small ones do not have to). Look for “appeal” or “challenge” in its reply (in French, “[[lang:fr|contester]]” or “[[lang:fr|faire appel]]”). If there is no answer, follow up with a written notice.',
    },
  },
  // fact: dsa.decision-and-appeals, dsa.small-platforms-exempt
  'out-of-court-body': {
    text: {
      default:
        'You can also go to a certified [[reglement-extrajudiciaire|out-of-court dispute settlement body]].',
      young:
        'You can also go to a certified [[reglement-extrajudiciaire|out-of-court dispute settlement body]].',
    },
    detail:
      'For example, Appeals Centre Europe, for Facebook, TikTok or YouTube. The fees are very low. Most large platforms must take part; very small ones do not have to. Its decision does not bind the platform, but going to a judge is always still possible.',
  },
  // fact: removal.accelerated-procedure, removal.lawyer-required
  'judge-through-lawyer': {
    text: {
      default:
        'A judge can order the content to be removed: in practice, this goes through a lawyer.',
      young: 'With your parents, you can ask a judge to order the removal, through a lawyer.',
    },
    detail:
      'The president of the court ([[lang:fr|tribunal judiciaire]]) can order the platform or the hosting company to stop the harm, through a [[procedure-acceleree-au-fond|fast-track procedure]] ([[lang:fr|procédure accélérée au fond]]) or an [[refere|urgent application]] ([[lang:fr|référé]]). In both cases, you need a lawyer in practice, and the lawyer chooses the route. [[aide-juridictionnelle|Legal aid]] ([[lang:fr|aide juridictionnelle]]) can pay all or part of the costs, depending on income.',
  },

  // File a complaint (complaint.*, minors.* and school.* facts).
  // fact: complaint.any-station-contre-x
  'file-at-police-or-gendarmerie': {
    text: {
      default:
        'File a complaint ([[lang:fr|porter plainte]]) at any police station ([[lang:fr|commissariat]]) or [[lang:fr|gendarmerie]] (the police force in rural areas and small towns).',
      young:
        'You can file a complaint ([[lang:fr|porter plainte]]) at any police station ([[lang:fr|commissariat]]) or [[lang:fr|gendarmerie]] (the police force in rural areas and small towns).',
      parent:
        'A complaint to the police can be made at any police station ([[lang:fr|commissariat]]) or [[lang:fr|gendarmerie]] (the police force in rural areas and small towns).',
      professional:
        'A complaint to the police can be made at any police station ([[lang:fr|commissariat]]) or [[lang:fr|gendarmerie]] (the police force in rural areas and small towns).',
    },
    detail: {
      default:
        'Bring your evidence and the names of the witnesses. You will be given a [[recepisse|receipt]] ([[lang:fr|récépissé]]): keep it.',
      young:
        'Bring your evidence and the names of the witnesses. You will be given a [[recepisse|receipt]] ([[lang:fr|récépissé]]): keep it.',
    },
  },
  // fact: complaint.must-be-registered
  'police-must-register': {
    text: {
      default:
        'The police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) must register your complaint: they cannot refuse it.',
      young:
        'The police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) must register your complaint, whatever your age.',
      parent:
        'The police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) must register the complaint: they cannot refuse it.',
      professional:
        'The police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) must register the complaint: they cannot refuse it.',
    },
    detail: {
      default:
        'This is article 15-3 of the French Code of Criminal Procedure ([[lang:fr|Code de procédure pénale]]). If you are offered a [[lang:fr|main courante]] (a [[main-courante|record of what happened]]; it is not a complaint), you can ask to file a real complaint. A [[lang:fr|main courante]] does not start an investigation.',
      young:
        'This is article 15-3 of the French Code of Criminal Procedure ([[lang:fr|Code de procédure pénale]]). If they offer you a [[lang:fr|main courante]] (a [[main-courante|record of what happened]]; it is not a complaint), you can ask to file a real complaint. A [[lang:fr|main courante]] does not start an investigation.',
    },
  },
  // fact: complaint.any-station-contre-x
  'complaint-against-named-author': {
    text: {
      default: 'Give the name of the person responsible in the complaint.',
      young: 'Give the name of the person who did it in your complaint.',
    },
    detail: {
      default:
        'Add their usernames and the links to their accounts. The complaint can also be made against the company that hosts the content.',
      young:
        'Add their usernames and the links to their accounts. The complaint can also be made against the company that hosts the content.',
    },
  },
  // fact: complaint.any-station-contre-x
  'complaint-against-x': {
    text: {
      default:
        'If you do not know who did it, you can file a [[plainte-contre-x|complaint]] [[lang:fr|contre X]] (against a person unknown).',
      young:
        'Even if you do not know who did it, you can file a [[plainte-contre-x|complaint]] [[lang:fr|contre X]] (against a person unknown).',
      parent:
        'If you do not know who did it, it is possible to file a [[plainte-contre-x|complaint]] [[lang:fr|contre X]] (against a person unknown).',
      professional:
        'If you do not know who did it, it is possible to file a [[plainte-contre-x|complaint]] [[lang:fr|contre X]] (against a person unknown).',
    },
    detail: {
      default: 'Give everything you know: usernames, links to the accounts, screenshots.',
      young: 'Give everything you know: usernames, links to the accounts, screenshots.',
    },
  },
  // fact: complaint.no-online-complaint-for-harassment, fact: complaint.visioplainte-uncertain.
  'online-complaint-not-possible': {
    text: {
      default:
        'For harassment, threats or insults, a complaint to the police cannot be made online at the moment.',
      young:
        'For harassment, threats or insults, you cannot make a complaint to the police online at the moment.',
    },
    detail: {
      default:
        'You need to go to the police station ([[lang:fr|commissariat]]) or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns), or write to the public prosecutor ([[lang:fr|procureur]]). Find out more on [[ma-securite|Ma Sécurité]]: filing a complaint by video call has been tried out.',
      young:
        'You need to go to the police station ([[lang:fr|commissariat]]) or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns), or write to the public prosecutor ([[lang:fr|procureur]]). Find out more on [[ma-securite|Ma Sécurité]]: filing a complaint by video call has been tried out.',
    },
  },
  // fact: complaint.thesee-adults-only (CPP D8-2-1).
  'thesee-online-complaint': {
    text: 'For online blackmail, you can file a complaint ([[lang:fr|porter plainte]]) online on THESEE.',
    detail:
      'THESEE takes online complaints for scams, blackmail and some kinds of extortion linked to the internet, with a FranceConnect login. For harassment, threats or insults, a complaint to the police cannot be made online at the moment.',
  },
  // fact: complaint.letter-to-procureur, complaint.letter-contents, complaint.letter-sending
  'letter-to-procureur': {
    text: {
      default:
        'You can also write to the [[lang:fr|procureur de la République]] (the [[procureur|public prosecutor]]).',
      young:
        'You can also write to the [[lang:fr|procureur de la République]] (the [[procureur|public prosecutor]]).',
    },
    detail: {
      default:
        'Send the letter to the court ([[lang:fr|tribunal judiciaire]]) for the place where it happened, or for the place where the person responsible lives. Registered post with proof of delivery ([[lang:fr|recommandé avec accusé de réception]]) is advised. If you are not sure which court, file your complaint at the police station ([[lang:fr|commissariat]]) instead: they pass it on.',
      young:
        'Send the letter to the court ([[lang:fr|tribunal judiciaire]]) for the place where it happened, or for the place where the person responsible lives, by registered post ([[lang:fr|recommandé]]) if you can. If you are not sure, go to the police station ([[lang:fr|commissariat]]) instead: they pass it on.',
    },
  },
  // fact: minors.can-file-alone
  'minor-may-file-alone': {
    text: {
      default:
        'A minor can file a complaint ([[lang:fr|porter plainte]]) on their own, whatever their age.',
      young:
        'You can file a complaint ([[lang:fr|porter plainte]]) on your own, whatever your age.',
      parent:
        'Your child can file a complaint ([[lang:fr|porter plainte]]) on their own, whatever their age.',
      professional:
        'The person you support can file a complaint ([[lang:fr|porter plainte]]) on their own, whatever their age.',
    },
    detail: {
      default:
        'They can come with a parent, a trusted adult or someone from a victim support association.',
      parent:
        'They can come with you, another trusted adult or someone from a victim support association. Their complaint cannot be refused because of their age.',
      professional:
        'They can come with a parent, a trusted adult or someone from a victim support association.',
      young:
        'You can come with a parent, a trusted adult or someone from an association. Any questions? The [[lang:fr|Espace Mineurs]] chat on Ma Sécurité (the space for minors) answers 24 hours a day.',
    },
  },
  // fact: minors.parents-can-file
  'parents-may-file-for-child': {
    text: {
      default:
        'Parents can also file a complaint ([[lang:fr|porter plainte]]) on behalf of their child.',
      young: 'Your parents can also file a complaint ([[lang:fr|porter plainte]]) on your behalf.',
      parent: 'You can file a complaint ([[lang:fr|porter plainte]]) on behalf of your child.',
    },
    detail: {
      default:
        'They can do this even if the child does not agree. It is better to talk about it with the child first.',
      young: 'You can talk about it with them, or with a trusted adult.',
      parent:
        'This is possible even if your child does not agree. It is better to talk about it with them first.',
    },
  },
  // fact: minors.partie-civile-representation
  'civil-party-through-parents': {
    text: {
      default:
        'To get compensation, a minor is represented by their parents: this is called [[partie-civile|joining the case as a civil party]] ([[lang:fr|constitution de partie civile]]).',
      young:
        'To ask for compensation, your parents must act for you: this is called [[partie-civile|joining the case as a civil party]] ([[lang:fr|partie civile]]).',
      parent:
        'For your child to get compensation, you represent them: this is called [[partie-civile|joining the case as a civil party]] ([[lang:fr|constitution de partie civile]]).',
    },
    detail: {
      default:
        'This is possible up to the hearing. If the parents are involved in what happened, the judge appoints an [[administrateur-ad-hoc|ad hoc administrator]] ([[lang:fr|administrateur ad hoc]]) to represent the child.',
      young:
        'Compensation means money for the harm done to you. If your parents are involved in what happened, the judge appoints another adult to represent you.',
    },
  },
  // fact: minors.espace-mineurs (Ma Sécurité, 20/11/2025).
  'espace-mineurs-chat': {
    text: {
      default:
        'A police officer or a [[lang:fr|gendarme]] also answers minors by chat: this is the [[lang:fr|Espace Mineurs]] (the space for minors) on [[ma-securite|Ma Sécurité]].',
      young:
        'You can write to a police officer or a [[lang:fr|gendarme]] on the [[lang:fr|Espace Mineurs]] chat (the space for minors) on [[ma-securite|Ma Sécurité]].',
      parent:
        'Your child can write to a police officer or a [[lang:fr|gendarme]] on the [[lang:fr|Espace Mineurs]] chat (the space for minors) on [[ma-securite|Ma Sécurité]].',
      professional:
        'The person you support can write to a police officer or a [[lang:fr|gendarme]] on the [[lang:fr|Espace Mineurs]] chat (the space for minors) on [[ma-securite|Ma Sécurité]].',
    },
    detail: {
      default:
        'Only for under-18s, 24/7, including for sextortion. It is confidential, but anonymity can be lifted if there is serious danger. The chat is not a complaint to the police.',
      young:
        'Only for under-18s, 24/7, including for sextortion. It is confidential, but anonymity can be lifted if you are in serious danger. The chat is not a complaint to the police.',
    },
  },
  // fact: minors.police-inform-parents
  'police-usually-inform-parents': {
    text: {
      default:
        'When a minor files a complaint ([[lang:fr|porter plainte]]), the police usually inform their parents.',
      young:
        'If you file a complaint ([[lang:fr|porter plainte]]), the police will usually tell your parents.',
      parent:
        'If your child files a complaint ([[lang:fr|porter plainte]]) on their own, the police will usually inform you.',
      professional:
        'If the person you support files a complaint ([[lang:fr|porter plainte]]) on their own, the police will usually inform their parents.',
    },
    detail: {
      default:
        'It is better to talk about it with the child first, so that they are not surprised.',
      young:
        'If this is hard for you, talk about it first with a trusted adult or with the 3018 (the helpline for online violence and harassment).',
      parent: 'It is better to talk about it with them first, so that they are not surprised.',
    },
  },
  // fact: minors.hearing-filmed (CPP 706-52)
  'hearing-is-filmed': {
    text: {
      default:
        'In cases of a sexual nature, when the police or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) interview a minor, the interview is filmed.',
      young:
        'If what happened is sexual, your interview with the police or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) will be filmed.',
      parent:
        'In cases of a sexual nature, your child’s interview with the police or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) will be filmed.',
    },
    detail: {
      default:
        'This is the rule for all minors, under article 706-52 of the French Code of Criminal Procedure ([[lang:fr|Code de procédure pénale]]). Saying so in advance avoids a surprise.',
      young:
        'This is the rule for all minors. It is not a sign that anyone doubts you. We are telling you so that you are not surprised.',
      parent:
        'This is the rule for all minors, under article 706-52 of the French Code of Criminal Procedure ([[lang:fr|Code de procédure pénale]]). Tell your child in advance so that they are not surprised.',
    },
  },
  // fact: complaint.must-be-registered, complaint.letter-to-procureur
  'registration-refused-send-letter': {
    text: {
      default:
        'The complaint was refused: write directly to the [[lang:fr|procureur de la République]] (the public prosecutor).',
      young:
        'Your complaint was refused: you can write directly to the [[lang:fr|procureur de la République]] (the public prosecutor).',
    },
    detail: {
      default:
        'This refusal is not allowed. Write down the day, the time and the place. You can also try another police station ([[lang:fr|commissariat]]) or another [[lang:fr|gendarmerie]] (the police force in rural areas and small towns).',
      young:
        'This refusal is not allowed. Write down the day, the time and the place. You can also try another police station ([[lang:fr|commissariat]]) or another [[lang:fr|gendarmerie]] (the police force in rural areas and small towns).',
    },
  },
  // fact: complaint.lawyer-and-legal-aid
  'lawyer-and-legal-aid': {
    text: {
      default: 'A lawyer can help you, from filing the complaint all the way to the trial.',
      young: 'A lawyer can help you, from filing the complaint all the way to the trial.',
      professional:
        'A lawyer can help the person you support, from filing the complaint all the way to the trial.',
    },
    detail:
      'Depending on income, [[aide-juridictionnelle|legal aid]] ([[lang:fr|aide juridictionnelle]]) pays all or part of the costs. France Victimes can help with the application.',
  },
  // fact: complaint.france-victimes-help, emergency.116006-france-victimes
  'france-victimes-help': {
    text: {
      default: 'Call France Victimes on 116 006: free help with the steps you need to take.',
      young: 'You can call France Victimes on 116 006: free help with the steps you need to take.',
    },
    detail: {
      default:
        'Someone to listen, advice, and referral to an association near you. 7 days a week, 9 am to 7 pm, free; the hours may change. Outside these hours, leave a message: they will call you back.',
      young:
        'Someone to listen, advice, and referral to an association near you. 7 days a week, 9 am to 7 pm, free; the hours may change. Outside these hours, leave a message: they will call you back.',
    },
  },
  // fact: complaint.account-suspension-penalty (loi SREN, C. pén. 131-35-1)
  'author-accounts-can-be-suspended': {
    text: 'Good to know: for some offences, the court can suspend the online accounts of the person convicted.',
    detail: {
      default:
        'For up to 6 months (1 year for a repeat offence), with a ban on creating new ones. The public prosecutor ([[lang:fr|procureur]]) asks for it and the court decides: you do not need to ask for anything in the complaint.',
      young:
        'For up to 6 months (1 year for a repeat offence), with a ban on creating new ones. The public prosecutor ([[lang:fr|procureur]]) asks for it and the court decides: you do not need to ask for anything in your complaint.',
    },
  },
  // fact: time-limits.press-3-months, time-limits.press-discriminatory-1-year
  'act-within-three-months': {
    text: {
      default:
        'For insults or rumours, act quickly: the time limit can be as short as 3 months after publication.',
      young:
        'For insults or rumours, you need to act quickly: the time limit can be as short as 3 months after publication.',
    },
    detail: {
      default:
        'For [[injure-et-diffamation|insults and defamation]] ([[lang:fr|injure et diffamation]]), the time limit is 3 months. It is 1 year if the words are public and target someone’s origin, religion, sex, sexual orientation, gender identity or disability. A simple complaint is not always enough to stop the clock: ask a lawyer or France Victimes for advice quickly.',
      young:
        'For [[injure-et-diffamation|insults and defamation]] ([[lang:fr|injure et diffamation]]), the time limit is 3 months. It is 1 year if the words are public and target someone’s origin, religion, sex, sexual orientation, gender identity or disability. A simple complaint is not always enough to stop the clock: ask a lawyer or France Victimes for advice quickly.',
    },
  },
  // fact: time-limits.harassment-from-last-act
  'six-years-from-last-act': {
    text: {
      default:
        'For harassment, the time limit to file a complaint ([[lang:fr|porter plainte]]) is 6 years after the last message.',
      young:
        'For harassment, you have 6 years after the last message to file a complaint ([[lang:fr|porter plainte]]).',
    },
    detail:
      'All the earlier messages count, even the oldest ones. Be careful: a [[lang:fr|main courante]] (a record of what happened; it is not a complaint) does not stop this time limit.',
  },
  // Never "6 years after the last message" to a minor when a sexual offence is in play
  // (fact: time-limits.minor-sexual-offences).
  'longer-time-limit-for-minor': {
    text: {
      default:
        'If the person targeted is a minor, the time limit to file a complaint ([[lang:fr|porter plainte]]) is longer in cases of a sexual nature.',
      young:
        'You are a minor and what happened is sexual: the time limit to file a complaint ([[lang:fr|porter plainte]]) is longer.',
      parent:
        'Your child is a minor and what happened is sexual: the time limit to file a complaint ([[lang:fr|porter plainte]]) is longer.',
      professional:
        'The person you support is a minor and what happened is sexual: the time limit to file a complaint ([[lang:fr|porter plainte]]) is longer.',
    },
    detail: {
      default:
        'A lawyer or the 3018 (the helpline for online violence and harassment) can tell you how long you have. It is better not to wait: online content disappears quickly.',
      young:
        'A lawyer or the 3018 (the helpline for online violence and harassment) can tell you how long you have. It is better not to wait: online content disappears quickly.',
    },
  },
  // fact: time-limits.offences-6-years
  'ask-lawyer-about-time-limit': {
    text: {
      default: 'Ask a lawyer or a victim support association whether you can still take action.',
      young: 'Ask a lawyer or a victim support association whether you can still take action.',
    },
    detail: {
      default:
        'Time limits depend on what happened and when. Some are longer, for example for something sexual that happened before the age of 18. France Victimes (116 006) can help you for free.',
      young:
        'Time limits depend on what happened and when. Some are longer, for example for something sexual that happened before the age of 18. France Victimes (116 006) can help you for free.',
    },
  },
  // fact: school.protocol, school.alert-order
  'professional-inform-head': {
    text: 'Inform the head teacher (the [[lang:fr|chef d’établissement]] or, in a primary school, the [[lang:fr|directeur d’école]]).',
    detail:
      'They start the school’s procedure ([[phare|pHARe programme]]): listening to the pupil, interviews, protection measures. The law requires schools to act against harassment.',
  },
  // fact: school.article-40-public-agents, school.private-school-staff
  'professional-article-40': {
    text: 'If you are a public employee ([[lang:fr|agent public]]), report the offence to the [[lang:fr|procureur de la République]] (the public prosecutor), under [[article-40|article 40]].',
    detail:
      'A public employee who learns of an offence through their work must inform the public prosecutor ([[lang:fr|procureur]]) without delay. Teachers in private schools under contract with the State ([[lang:fr|sous contrat]]) are public employees: this applies to them. Other private-school staff, such as the CPE (the school’s senior education adviser), supervisors or management, do not have to, but they can always report the facts to the prosecutor. This often goes through the head teacher or the duty prosecutor for minors ([[lang:fr|permanence du parquet des mineurs]]). Do not investigate yourself.',
  },
  // fact: school.information-preoccupante
  'professional-information-preoccupante': {
    text: 'If the person is a minor and in danger, or at risk of being in danger, send a [[information-preoccupante|report of concern]] ([[lang:fr|information préoccupante]]).',
    detail:
      'It goes to the [[crip|CRIP]] of your [[lang:fr|département]]: the local service that receives concerns about children in danger. This is article L. 226-2-1 of the French Social Action and Families Code ([[lang:fr|Code de l’action sociale et des familles]]). Any professional can send it. Inform the parents, unless this goes against the child’s interests. The 119 (the helpline for children in danger) can also advise you.',
  },
  // fact: minors.grave-danger-procureur (CASF L. 226-4)
  'professional-grave-danger-procureur': {
    text: 'If the danger is serious, refer the matter directly to the [[lang:fr|procureur de la République]] (the [[procureur|public prosecutor]]).',
    detail:
      'This is article L. 226-4 of the French Social Action and Families Code ([[lang:fr|Code de l’action sociale et des familles]]). In an emergency, call 17 (police emergency) first.',
  },
  // fact: minors.health-staff-secrecy (C. pén. 226-14)
  'health-staff-secrecy': {
    text: 'If you are a health professional, you are bound by professional secrecy, but the law sets out cases where you can report.',
    detail:
      'These cases are set out in article 226-14 of the French Criminal Code ([[lang:fr|Code pénal]]). If in doubt, the 119 (the helpline for children in danger) can advise you.',
  },
  // fact: school.move-harassing-pupil (décret 2023-782)
  'ask-to-move-harassing-pupil': {
    text: 'Ask the head teacher what measures have been taken: the pupil who harasses can be moved to another school.',
    detail:
      'Since the decree of 16 August 2023, it is the pupil who harasses who can be moved to another school, rather than the victim, when they put the safety or health of other pupils at risk. This is possible from primary school onwards, and also for online harassment by a pupil from another school.',
  },
  // fact: minors.parents-civil-liability (C. civ. 1242)
  'authors-parents-liable': {
    text: 'If the person responsible is a minor, their parents answer for the harm they cause: they may have to compensate your child.',
    detail:
      'This is the parents’ civil liability, under article 1242 of the French Civil Code ([[lang:fr|Code civil]]), whatever the age of the child who did it. Compensation is claimed by [[partie-civile|joining the case as a civil party]] ([[lang:fr|partie civile]]); a lawyer or France Victimes (116 006) can help you.',
  },
  // Work (fact: work.employer-duties, fact: work.harassment-222-33-2).
  'tell-employer': {
    text: {
      default: 'Report what happened in writing to your employer or to human resources.',
      young: 'Report what happened in writing to your employer or your manager.',
      parent: 'What happened can be reported in writing to your child’s employer.',
      professional:
        'Help the person you support report what happened in writing to their employer.',
    },
    detail: {
      default:
        'Psychological harassment at work ([[lang:fr|harcèlement moral]]) is an offence, under article 222-33-2 of the French Criminal Code ([[lang:fr|Code pénal]]). The employer must prevent it (article L. 1152-1 of the French Labour Code, the [[lang:fr|Code du travail]]) and protect employees’ health (article L. 4121-1). Keep a copy of your message.',
      young:
        'Psychological harassment at work ([[lang:fr|harcèlement moral]]) is an offence, under article 222-33-2 of the French Criminal Code ([[lang:fr|Code pénal]]). The employer must prevent it (article L. 1152-1 of the French Labour Code, the [[lang:fr|Code du travail]]) and protect employees’ health (article L. 4121-1). Keep a copy of your message.',
    },
  },
  // fact: work.contacts
  'occupational-doctor': {
    text: {
      default: 'Talk about it with the occupational doctor ([[lang:fr|médecin du travail]]).',
      young: 'Talk about it with the occupational doctor ([[lang:fr|médecin du travail]]).',
      parent:
        'Your child can talk about it with the occupational doctor ([[lang:fr|médecin du travail]]).',
      professional:
        'The person you support can talk about it with the occupational doctor ([[lang:fr|médecin du travail]]).',
    },
  },
  // fact: work.contacts
  'staff-representatives': {
    text: {
      default: 'You can also alert the CSE, the staff representatives.',
      young: 'You can also alert the CSE, the staff representatives.',
      parent: 'The CSE, the staff representatives, can also be alerted.',
      professional: 'The CSE, the staff representatives, can also be alerted.',
    },
  },
  // fact: work.contacts
  'labour-inspectorate': {
    text: {
      default: 'You can also contact the labour inspectorate ([[lang:fr|inspection du travail]]).',
      young: 'You can also contact the labour inspectorate ([[lang:fr|inspection du travail]]).',
      parent: 'The labour inspectorate ([[lang:fr|inspection du travail]]) can also be contacted.',
      professional:
        'The labour inspectorate ([[lang:fr|inspection du travail]]) can also be contacted.',
    },
  },
  // fact: work.contacts
  'defenseur-des-droits': {
    text: {
      default:
        'If it is linked to discrimination (origin, sex, disability…), the [[lang:fr|Défenseur des droits]] (the French rights ombudsman) can help you.',
      young:
        'If it is linked to discrimination (origin, sex, disability…), the [[lang:fr|Défenseur des droits]] (the French rights ombudsman) can help you.',
      parent:
        'If it is linked to discrimination (origin, sex, disability…), the [[lang:fr|Défenseur des droits]] (the French rights ombudsman) can help your child.',
      professional:
        'If it is linked to discrimination (origin, sex, disability…), the [[lang:fr|Défenseur des droits]] (the French rights ombudsman) can help the person you support.',
    },
  },

  // 3919, violence from a partner or former partner, including online (fact: emergency.3919-violences-femmes).
  // A line first for women: never the first contact of a boy (fact: partners.3919-for-women).
  'call-3919': {
    text: {
      default:
        'For a woman facing violence from a partner or an ex, 3919 is there to listen and give advice.',
      young:
        'If you are a girl, 3919 also listens if someone you are going out with, or an ex, is violent towards you. For everyone, there is 3018.',
      parent:
        'If your child is a girl, 3919 also listens if someone she is going out with, or an ex, is violent towards her.',
      professional:
        'For a woman facing violence from a partner or an ex, 3919 is there to listen and give advice.',
    },
    detail: {
      default:
        '[[lang:fr|Violences Femmes Info]] is mainly for women facing violence, including online. Free, anonymous, 24/7. It is not an emergency number: if you are in danger, call 17 (police emergency). France Victimes (116 006) helps all victims.',
      young:
        '[[lang:fr|Violences Femmes Info]] is mainly for girls and women facing violence, including online. Free, anonymous, 24/7. It is not an emergency number: if you are in danger, call 17 (police emergency).',
    },
  },
  // fact: adults.protection-order (C. civ. 515-9)
  'protection-order': {
    text: {
      default: 'You can ask a judge for a protection order ([[lang:fr|ordonnance de protection]]).',
      young: 'You can ask a judge for a protection order ([[lang:fr|ordonnance de protection]]).',
      parent:
        'Your child can ask a judge for a protection order ([[lang:fr|ordonnance de protection]]).',
      professional:
        'The person you support can ask a judge for a protection order ([[lang:fr|ordonnance de protection]]).',
    },
    detail: {
      default:
        'It is possible when the person responsible is, or was, your husband or wife, the partner you live with, or your civil partner ([[lang:fr|PACS]]). This is article 515-9 of the French Civil Code ([[lang:fr|Code civil]]). A lawyer, France Victimes (116 006) or 3919 can help you apply for it.',
      young:
        'It is possible when the person responsible is, or was, your husband or wife, the partner you live with, or your civil partner ([[lang:fr|PACS]]). This is article 515-9 of the French Civil Code ([[lang:fr|Code civil]]). A lawyer or France Victimes (116 006) can help you apply for it.',
    },
  },

  // PHAROS (pharos.* facts).
  // fact: pharos.address, pharos.categories
  'report-on-pharos': {
    text: {
      default:
        'Report the content on [[pharos|PHAROS]] (the government platform for reporting illegal content online): internet-signalement.gouv.fr.',
      young:
        'Report the content on [[pharos|PHAROS]] (the government platform for reporting illegal content online): internet-signalement.gouv.fr.',
    },
    detail: {
      default:
        'It is free and also open to minors. Choose the category, then give the date, the time and the address (link) of the content. PHAROS does not always reply to each report.',
      young:
        'It is free and open to minors. Choose the category, then give the date, the time and the address (link) of the content. PHAROS does not always reply to each report.',
    },
  },
  // fact: emergency.pharos-not-emergency
  'pharos-not-for-emergencies': {
    text: {
      default:
        'If there is danger now, call 17 (police emergency) or 112 (emergency number) first, not PHAROS (the government platform for reporting illegal content online).',
      young:
        'If you are in danger now, call 17 (police emergency) or 112 (emergency number) first, not PHAROS (the government platform for reporting illegal content online).',
    },
    detail:
      'PHAROS (the government platform for reporting illegal content online) does not deal with emergencies. If someone says they are going to take their own life, or is being threatened right now, calling the emergency services comes before reporting.',
  },
} satisfies Partial<Record<ActionId, ActionContent>>;
