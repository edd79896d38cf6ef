import type { ActionContent } from '../../types.ts';
import type { ActionId } from '../../../engine/index.ts';

export const actions1 = {
  // Emergency (emergency.* facts).
  // fact: emergency.17-police
  'call-17': {
    text: {
      default: 'Call 17 if someone is threatening or attacking you right now.',
      young: 'Call 17 if someone is threatening or attacking you right now.',
      parent: 'Call 17 if someone is threatening or attacking your child right now.',
      professional:
        'Call 17 if someone is threatening or attacking the person you support right now.',
      witness: 'Call 17 if the person targeted is being threatened or attacked right now.',
    },
    detail: {
      default:
        '[[lang:fr|Police secours]] (police emergency) or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns), free, 24/7. 17 is for when someone needs to step in right away. For something that is not urgent, go to the police station ([[lang:fr|commissariat]]) or the gendarmerie instead.',
      young:
        '[[lang:fr|Police secours]] (police emergency) or the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns), free, 24/7. 17 is for when someone needs to step in right away. For something that isn’t urgent, go to the police station ([[lang:fr|commissariat]]) or the gendarmerie instead.',
    },
  },
  // fact: emergency.112-europe
  'call-112': {
    text: {
      default: 'You can also call 112, the European emergency number.',
      young: 'You can also call 112, the European emergency number.',
    },
    detail:
      'Free, 24/7, works everywhere in the European Union. It puts you through to the right service.',
  },
  // fact: emergency.114-sms
  'sms-114': {
    text: {
      default: 'If you cannot speak, send a text message (SMS) to 114.',
      young: 'If you can’t talk, send a text message (SMS) to 114.',
    },
    detail:
      'Free, 24/7. For people who are deaf or hard of hearing, or who cannot speak, for example if the attacker is right next to them. The [[lang:fr|Urgence 114]] app also lets you use video or chat.',
  },
  // fact: emergency.15-samu
  'call-15': {
    text: {
      default: 'If you have hurt yourself or your life is in danger, call 15.',
      young: 'If you’ve hurt yourself or your life is in danger, call 15.',
      parent: 'If your child has hurt themselves or their life is in danger, call 15.',
      professional:
        'If the person you support has hurt themselves or their life is in danger, call 15.',
      witness: 'If the person targeted has hurt themselves or their life is in danger, call 15.',
    },
    detail:
      '15 is the [[lang:fr|SAMU]], the emergency medical service: injuries, suicide attempts, situations where a life is at risk. Free, 24/7.',
  },
  // fact: emergency.3114-suicide
  'call-3114': {
    text: {
      default: 'Call 3114 to talk about how you feel.',
      young: 'Call 3114 to talk about how you feel.',
      parent: 'Call 3114: they listen to your child, and they advise you too.',
      professional: 'Call 3114: they also advise professionals.',
      witness: 'Call 3114: they also advise family and friends.',
    },
    detail: {
      default:
        'The national suicide prevention line. Trained health workers answer, 24/7. It is free and confidential.',
      young:
        'The national suicide prevention line. Trained health workers listen to you, 24/7. It’s free and confidential.',
    },
  },
  // fact: emergency.119-child-in-danger
  'call-119': {
    text: {
      default:
        'Call 119, [[lang:fr|Allô Enfance en danger]] (the helpline for children in danger).',
      young:
        'You can call 119, [[lang:fr|Allô Enfance en danger]] (the helpline for children in danger).',
    },
    detail: {
      default:
        'For a child or teenager who is in danger, or at risk of it, and for worried adults. Free, 24/7. The call does not show on the phone bill. Chat and online form at allo119.gouv.fr.',
      young:
        'It’s for children and teenagers in danger. Free, 24/7. Calls from under-18s are answered first, and the call doesn’t show on the phone bill. There is also a chat at allo119.gouv.fr.',
    },
  },

  // Sextortion, first moves (fact: sextortion.first-actions).
  'do-not-pay': {
    text: {
      default: 'Do not pay, even if you are being pressured.',
      young: 'Don’t pay, even if they are pushing you.',
      parent: 'Your child must not pay, and you must not pay for them either.',
      professional: 'Advise the person you support not to pay, even if they are being pressured.',
      witness: 'Advise the person targeted not to pay, even if they are being pressured.',
    },
    detail: {
      default:
        'In general, the blackmail goes on after a payment. Keep the payment instructions (IBAN, gift cards, crypto): they are evidence.',
      young:
        'In general, the blackmail goes on after a payment. Keep the payment instructions (IBAN, gift cards, crypto): they are evidence.',
    },
  },
  // fact: sextortion.first-actions
  'do-not-send-more': {
    text: {
      default: 'Do not send any more images, even if you are threatened.',
      young: 'Don’t send any more images, even if you are threatened.',
      parent: 'Your child must not send any more images, even if they are threatened.',
      professional:
        'Advise the person you support not to send anything more, even if they are threatened.',
      witness: 'Advise the person targeted not to send anything more, even if they are threatened.',
    },
    detail: {
      default:
        'Giving in does not stop the blackmail. It is not your fault: the author is the one committing an offence.',
      parent:
        'Giving in does not stop the blackmail. It is not your child’s fault: the author is the one committing an offence.',
      professional:
        'Giving in does not stop the blackmail. It is not the fault of the person you support: the author is the one committing an offence.',
      witness:
        'Giving in does not stop the blackmail. It is not the fault of the person targeted: the author is the one committing an offence.',
      young:
        'Giving in doesn’t stop the blackmail. It’s not your fault: the author is the one committing an offence.',
    },
  },
  // fact: sextortion.first-actions, sextortion.capture-before-blocking
  // Keeping one's account is prudence, no official source states it: said as such.
  // fact: step1.do-not-delete-account
  'do-not-delete-conversation': {
    text: {
      default: 'Do not delete the conversation; to be safe, keep your account too.',
      young: 'Don’t delete the conversation; to be safe, keep your account too.',
      parent:
        'Do not delete the conversation, and ask your child to keep it, and to keep their account too, to be safe.',
      professional:
        'Advise the person you support to keep the conversation and, to be safe, their account.',
      witness:
        'Advise the person targeted to keep the conversation and, to be safe, their account.',
    },
    detail: {
      default:
        'It is evidence. On some apps, such as Snapchat, blocking the author can also delete the conversation: take screenshots first.',
      young:
        'It’s evidence. On some apps, such as Snapchat, blocking the author can also delete the conversation: take screenshots first.',
    },
  },
  // fact: sextortion.first-actions
  'talk-to-trusted-adult': {
    text: {
      default: 'If you are under 18, talk to an adult you trust.',
      young: 'Talk to an adult you trust: a parent, a teacher, the school nurse…',
      parent: 'Stay close to your child: they do not have to deal with this blackmail alone.',
      professional: 'Work out with the person you support which trusted adult can back them up.',
      witness: 'Encourage the person targeted to talk to an adult they trust.',
    },
    detail: {
      default:
        'No one should have to deal with blackmail alone. The adult can help with the next steps.',
      young:
        'You did nothing wrong and you don’t have to deal with this alone. The adult can help you with the next steps.',
      parent: 'Your child is a victim: they did nothing wrong.',
    },
  },
  // fact: sextortion.first-actions, minors.3018-when-age-unknown
  'call-3018': {
    text: {
      default: 'If you are under 18, call 3018.',
      young: 'Call 3018, or write to them on the chat at 3018.fr.',
      parent: 'Call 3018: it answers parents too.',
      professional: 'Suggest that the person you support calls 3018.',
      witness: 'Call 3018: it answers witnesses too.',
    },
    detail: {
      default:
        'Free, anonymous and confidential, 7 days a week, 9 am to 11 pm. The charity behind it, e-Enfance, is a [[signaleur-de-confiance|trusted flagger]]: it can ask, as a priority, for content and accounts to be removed.',
      young:
        'It’s free, anonymous and confidential, 7 days a week, 9 am to 11 pm. The charity behind it, e-Enfance, is a [[signaleur-de-confiance|trusted flagger]]: it can ask, as a priority, for content and accounts to be removed.',
    },
  },
  // fact: complaint.17cyber, sextortion.adult-thesee-17cyber
  'get-help-17cyber': {
    text: {
      default: 'Check your situation on 17Cyber (17cyber.gouv.fr): an online diagnosis and advice.',
      professional:
        'Suggest that the person you support checks their situation on 17Cyber (17cyber.gouv.fr): an online diagnosis and advice.',
    },
    detail:
      'Free, 24/7, run by the police, the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) and Cybermalveillance.gouv.fr. After the diagnosis, a police or gendarmerie officer answers by chat if it is serious. 17Cyber points you in the right direction; it does not replace a complaint to the police ([[lang:fr|plainte]]).',
  },

  // Don't reply (step1.* facts).
  // fact: step1.do-not-reply
  'do-not-reply': {
    text: {
      default: 'Do not reply and do not try to get revenge.',
      young: 'Don’t reply and don’t try to get revenge.',
      parent: 'Advise your child not to reply and not to get revenge.',
      professional: 'Advise the person you support not to reply and not to get revenge.',
      witness: 'Do not reply to the author and do not get drawn into the argument.',
    },
    detail: {
      default:
        'Replying often keeps the exchange going. Not replying is not a weakness: it is protecting yourself.',
      young:
        'Replying often keeps the exchange going. Not replying doesn’t mean you’re weak: it’s protecting yourself.',
      parent:
        'Replying often keeps the exchange going. Remind your child that they did nothing wrong.',
      professional:
        'Replying often keeps the exchange going. Remind the person you support that it is not their fault.',
      witness:
        'Replying on their behalf can keep the exchange going. Your support matters more in private.',
    },
  },
  // fact: step1.do-not-share-illegal-content
  'do-not-share': {
    text: {
      default: 'Do not share the content, even to call it out.',
      young: 'Don’t share the content, even to call it out.',
      parent: 'Do not share the content, and ask your child not to share it either.',
      professional:
        'Do not share the content, and ask the person you support not to share it either.',
      witness: 'Do not share or forward the content, even to defend the person targeted.',
    },
    detail: {
      default: 'Sharing it shows it to more people. To get it removed, report it instead.',
      young: 'Sharing it shows it to more people. To get it removed, report it instead.',
    },
  },
  // fact: step1.keep-evidence-before-deletion, platform.common.capture-first
  'capture-before-blocking': {
    text: {
      default: 'Before you block or delete anything, keep evidence.',
      young: 'Before you block or delete anything, keep evidence.',
      parent: 'Before you block or delete anything, keep evidence together with your child.',
      professional:
        'Before you block or delete anything, help the person you support keep evidence.',
    },
    // fact: platform.snapchat.block-removes-chat, sextortion.capture-before-blocking, step1.do-not-delete-account
    detail: {
      parent:
        'On some apps, such as Snapchat, blocking makes the conversation disappear. You can also report it in the app first. To be safe, avoid deleting your child’s account. Never take a screenshot of an intimate image of a minor: capture the rest (messages, profile), cropped so that the image does not show.',
      professional:
        'On some apps, such as Snapchat, blocking makes the conversation disappear. The person can also report it in the app first. To be safe, it is better not to delete their account. Never take a screenshot of an intimate image of a minor: only the rest (messages, profile), cropped so that the image does not show.',
      default:
        'On some apps, such as Snapchat, blocking makes the conversation disappear. You can also report it in the app first. To be safe, do not delete your account either. Never take a screenshot of an intimate image of a minor: capture the rest (messages, profile), cropped so that the image does not show.',
      young:
        'On some apps, such as Snapchat, blocking makes the conversation disappear. You can also report it in the app first. To be safe, don’t delete your account either. Never take a screenshot of an intimate image: capture the rest (messages, profile), cropped so that the image doesn’t show.',
    },
  },
  // fact: step1.do-not-reply
  'block-and-report-author': {
    text: {
      default: 'Then block the person and report their account to the social network.',
      young: 'Then block the person and report their account to the social network.',
      parent: 'Then help your child block the person and report their account.',
      professional: 'Then help the person you support block the author and report their account.',
    },
    detail:
      'Blocking stops new messages. In general, the network does not tell the author who reported them.',
  },
  // fact: step1.restrict-audience
  'restrict-audience': {
    text: {
      default: 'Make your accounts private and remove the contacts you no longer want.',
      young: 'Make your accounts private and remove the contacts you don’t want any more.',
      parent: 'Help your child make their accounts private and sort out their contacts.',
      professional:
        'Help the person you support make their accounts private and sort out their contacts.',
    },
    detail: {
      parent:
        'In the privacy settings: private account, hidden friends list, an alert when someone tags them in a photo.',
      professional:
        'In the privacy settings: private account, hidden friends list, an alert when someone tags them in a photo.',
      default:
        'In the privacy settings: private account, hidden friends list, an alert when someone tags you in a photo.',
      young:
        'In the privacy settings: private account, hidden friends list, an alert when someone tags you in a photo.',
    },
  },

  // fact: adults.secure-accounts (17Cyber for an adult; the 3018 for a young person).
  'secure-accounts': {
    text: {
      default:
        'Protect your accounts: change your passwords and turn on two-factor authentication.',
      young: 'Protect your accounts: change your passwords and turn on two-factor authentication.',
      parent: 'Help your child protect their accounts: new passwords, two-factor authentication.',
      professional:
        'Help the person you support protect their accounts: new passwords, two-factor authentication.',
    },
    detail: {
      default:
        'A different password for each account, and a confirmation code each time you log in. If an account has been hacked or someone is using your identity, 17Cyber (17cyber.gouv.fr) gives an online diagnosis and advice.',
      young:
        'A different password for each account, and a confirmation code each time you log in. If an account has been hacked, talk to an adult you trust or to 3018.',
      parent:
        'A different password for each account, and a confirmation code each time you log in. If an account has been hacked, 3018 can advise you.',
    },
  },
  // fact: parents.talk-without-blaming
  'talk-without-blaming': {
    text: 'Talk with your child without making them feel guilty: it is not their fault.',
    detail:
      'Listen to them and tell them they were right to talk about it. 3018 also advises parents.',
  },
  // fact: witness.joining-in-is-a-raid (C. pén. 222-33-2-2, last paragraph).
  'do-not-join-in': {
    text: 'Do not like, comment or share, even as a joke.',
    detail:
      'When several people go after someone, each of them can be prosecuted for [[harcelement|harassment]], even if they only acted once: this is called a “raid”. A like, a comment or a share can be enough to take part in it.',
  },

  // Keep evidence (evidence.* facts).
  // Sextortion: capture everything but the images.
  // fact: sextortion.what-to-capture
  'capture-blackmail-without-images': {
    text: {
      default:
        'Take screenshots of the blackmail messages and the author’s profile, without any intimate image.',
      young:
        'Take screenshots of the blackmail messages and the author’s profile, without any intimate image.',
      parent:
        'With your child, take screenshots of the blackmail messages and the author’s profile, without any intimate image.',
      professional:
        'Help the person you support take screenshots of the blackmail messages and the author’s profile, without any intimate image.',
      witness:
        'If you saw the blackmail, write down the author’s username and the link to their profile.',
    },
    detail: {
      default:
        'Keep: the threats, the username, the ID and the link to the profile, the payment instructions (IBAN, gift cards, crypto), the list of contacts named in the threats. Crop or scroll so that no intimate image or thumbnail shows. Do not forward anything. You can also report it in the app first; the app keeps a copy.',
      young:
        'Keep: the threats, the username, the ID and the link to the profile, the payment instructions (IBAN, gift cards, crypto), the list of contacts named in the threats. Crop or scroll so that no intimate image or thumbnail shows. Don’t forward anything. You can also report it in the app first; the app keeps a copy.',
    },
  },
  // fact: evidence.capture-date-and-url, evidence.capture-author-handle
  'capture-date-time-url-author': {
    text: {
      default: 'Take a screenshot of each message or post.',
      young: 'Take a screenshot of each message or post.',
      parent: 'With your child, take a screenshot of each message or post.',
      professional: 'Help the person you support take a screenshot of each message or post.',
      witness: 'If you can, take a screenshot of what you saw.',
    },
    detail: {
      default:
        'A good screenshot shows the date, the time, the link ([[url|web address]]), the author’s username and all the content. This evidence counts even if it has been going on for years.',
      young:
        'A good screenshot shows the date, the time, the link ([[url|web address]]), the author’s username and all the content. This evidence counts even if it has been going on for a long time.',
      witness:
        'A good screenshot shows the date and time, the link ([[url|web address]]), the author’s username and all the content. You can give it to the person targeted.',
    },
  },
  // fact: evidence.gather-dated-evidence
  'capture-private-messages': {
    text: {
      default: 'Also take screenshots of private messages and images you received.',
      young: 'Also take screenshots of private messages and images you received.',
      witness: 'Also take screenshots of the private messages you saw.',
    },
    detail: {
      default:
        'Private messages and e-mails count as evidence. Some messages disappear on their own: do not wait.',
      young:
        'Private messages and e-mails count as evidence. Some messages disappear on their own: don’t wait.',
    },
  },
  // fact: offences.group-harassment-raid
  'capture-every-account': {
    text: {
      default: 'Take a screenshot for each account that took part.',
      young: 'Take a screenshot for each account that took part.',
      witness: 'Write down each account that took part.',
    },
    detail: {
      default:
        'When several people join in, it can also be harassment, even if each of them only wrote once. Write down the username of each account.',
      young:
        'When several people join in, it can also be harassment, even if each of them only wrote once. Write down the username of each account.',
    },
  },
  // fact: evidence.gather-dated-evidence
  'keep-in-journal': {
    text: {
      default: 'Keep your evidence in Balise’s evidence journal, with the date of each event.',
      young: 'Keep your evidence in Balise’s evidence journal, with the date of each event.',
      parent: 'Keep the evidence in Balise’s evidence journal, with the date of each event.',
      professional: 'Keep the evidence in Balise’s evidence journal, with the date of each event.',
      witness: 'Write down what you saw, and when, in Balise’s evidence journal.',
    },
    detail: {
      default:
        'The journal stays on this device. Each piece of evidence must be dated: a complaint to the police ([[lang:fr|plainte]]) and a report both ask for this.',
      young:
        'The journal stays on your device. Each piece of evidence must be dated: a complaint to the police ([[lang:fr|plainte]]) and a report both ask for this.',
    },
  },
  // fact: evidence.gather-dated-evidence
  'witness-statement': {
    text: {
      default:
        'Ask witnesses to write a [[attestation-de-temoin|witness statement]] ([[lang:fr|attestation]]).',
      young:
        'Ask witnesses to write a [[attestation-de-temoin|witness statement]] ([[lang:fr|attestation]]).',
      witness:
        'You can give evidence by writing a [[attestation-de-temoin|witness statement]] ([[lang:fr|attestation]]).',
    },
    detail: {
      default:
        'The witness fills in the official witness statement form ([[lang:fr|attestation de témoin]], a [[lang:fr|cerfa]] form). They give their full identity and what they saw, and they date it.',
      witness:
        'Fill in the official witness statement form ([[lang:fr|attestation de témoin]], a [[lang:fr|cerfa]] form): your full identity, what you saw, the date. Give it to the person targeted or to their family.',
    },
  },
  // Witnesses (fact: witness.report-to-procureur, fact: witness.routes).
  'witness-report-to-procureur': {
    text: 'You can report what happened, in writing, to the [[lang:fr|procureur de la République]] (the [[procureur|public prosecutor]]).',
    detail:
      'You do not file a complaint ([[lang:fr|porter plainte]]) in place of the person targeted, but anyone can report facts to the justice system (article 40 of the French Code of Criminal Procedure, [[lang:fr|Code de procédure pénale]]). Describe what you saw, with the dates, the links and the usernames.',
  },
  // fact: witness.routes, emergency.masecurite-chat
  'witness-talk-to-police-online': {
    text: 'You can also talk by chat to a police officer or a [[lang:fr|gendarmerie]] officer (the police force in rural areas and small towns) on [[ma-securite|Ma Sécurité]], or use 17Cyber.',
    detail:
      'The [[lang:fr|Ma Sécurité]] chat answers 24/7, discreetly. 17Cyber (17cyber.gouv.fr) gives an online diagnosis and points you in the right direction. Neither of them is a complaint to the police ([[lang:fr|plainte]]).',
  },
  // fact: witness.routes, emergency.119-child-in-danger
  'witness-call-119': {
    text: 'If a child or teenager is in danger, or at risk of it, call 119.',
    detail:
      '[[lang:fr|Allô Enfance en danger]] (the helpline for children in danger) also listens to worried adults. Free, 24/7. If the person is under 18, 3018 also answers witnesses of online harassment.',
  },
  // fact: evidence.gather-dated-evidence
  'medical-certificate': {
    text: {
      default:
        'If this is affecting you (sleep, fear, stress), a doctor can write it down in a certificate.',
      young:
        'If it’s affecting you (sleep, fear, stress), a doctor can write it down in a certificate.',
      parent:
        'If your child is suffering from it (sleep, fear, stress), a doctor can write it down in a certificate.',
      professional:
        'If the person you support is suffering from it (sleep, fear, stress), a doctor can write it down in a certificate.',
    },
    detail:
      'A medical certificate is one of the recognised kinds of evidence. It must be dated, like the other evidence.',
  },
  // fact: evidence.commissaire-de-justice, evidence.huissier-renamed (no price: the base gives none)
  'commissaire-de-justice': {
    text: {
      default:
        'For stronger evidence, have the content officially recorded by a [[lang:fr|commissaire de justice]] (a [[commissaire-de-justice|court officer]]).',
      young:
        'With an adult, you can have the content officially recorded by a [[lang:fr|commissaire de justice]] (a [[commissaire-de-justice|court officer]]).',
    },
    detail: {
      default:
        'It is the new name for the [[lang:fr|huissier]]. Their official record ([[lang:fr|constat]]) is not free and prices vary a lot: ask for a quote. Screenshots are still useful.',
      young:
        'It’s the new name for the [[lang:fr|huissier]]. Their official record ([[lang:fr|constat]]) is not free and prices vary a lot: you need to ask for a quote. Your screenshots are still useful.',
    },
  },
  // fact: offences.child-sexual-images-227-23, platform.common.never-copy-child-sexual-images
  'do-not-capture-sexual-content-of-minor': {
    text: {
      default:
        'Do not take screenshots of these images, do not copy them and do not send them to anyone.',
      young:
        'Don’t take screenshots of these images, don’t copy them and don’t send them to anyone.',
    },
    detail: {
      default:
        'Copying or sending sexual images of a minor is against the law, even as proof or to help. The messages, the author’s profile or the link are enough.',
      young:
        'It’s against the law, even as proof, even to an adult who is helping you. It’s not your fault: the messages, the author’s profile or the link are enough.',
    },
  },
  // fact: sextortion.copy-ban-images-only
  'keep-url-and-handle-only': {
    text: {
      default:
        'For these images, only write down the link (web address, URL) and the account’s username.',
      young:
        'For these images, only write down the link (web address, URL) and the account’s username.',
    },
    detail: {
      default:
        'Add the date and time you saw it, and the name of the network. Report forms ask for this.',
      young:
        'Add the date and time you saw it, and the name of the network. Report forms ask for this.',
    },
  },
  // fact: parents.do-not-transfer-images (C. pén. 227-23).
  'parent-do-not-transfer-images': {
    text: 'Do not transfer your child’s images to your own phone, even to keep them as evidence.',
    detail:
      'Copying or sending a sexual image of a minor is against the law, even with good intentions. Instead, write down where it is: the link, the account’s username, the date.',
  },

  // Request removal (sections 3.1 to 3.5).
  // fact: removal.host-must-offer-reporting, removal.report-contents
  'report-to-platform': {
    text: {
      default: 'Report the content with the reporting tool of the social network or website.',
      young: 'Report the content with the reporting tool of the social network or website.',
    },
    detail: {
      default:
        'Every network must offer a simple way to report online. For a website, look for the [[hebergeur|host]] in its legal notice ([[lang:fr|mentions légales]]). You do not need to contact the author first.',
      young:
        'Every network must offer a simple way to report online. For a website, look for the [[hebergeur|host]] in its legal notice ([[lang:fr|mentions légales]]). You don’t need to contact the author first.',
    },
  },
  // fact: platform.common.never-copy-child-sexual-images, platform.pointdecontact.role
  'report-without-attaching-content': {
    text: {
      default: 'Report with the link only, without attaching the images.',
      young: 'Report with the link only, without attaching the images.',
    },
    detail: {
      default:
        'For sexual images of minors, your name and e-mail address are not required. Point de Contact also takes reports, anonymously and free of charge.',
      young:
        'For this kind of image, your name and e-mail address are not required. Point de Contact also takes reports, anonymously and free of charge.',
    },
  },
  // fact: dsa.art16-notice
  'send-dsa-notice': {
    text: {
      default:
        'If that is not enough, send a full notice, as set out in the [[dsa|European Digital Services Act (DSA)]].',
      young:
        'If that’s not enough, send a full notice, as set out in the [[dsa|European Digital Services Act (DSA)]].',
    },
    detail: {
      default:
        'This message must include: why it is illegal, the exact address, your name and e-mail address, a statement of good faith. Once properly informed, the platform may be held liable if it does not quickly remove content that is clearly illegal.',
      young:
        'This message must include: why it is illegal, the exact address, your name and e-mail address, a statement of good faith. Once properly informed, the platform may be held liable if it does not quickly remove content that is clearly illegal.',
    },
  },
  // fact: dsa.3018-fast-removal, dsa.e-enfance-trusted-flagger
  'call-3018-fast-removal': {
    text: {
      default: 'Call 3018: it can ask for removal faster.',
      young: 'Call 3018: it can ask for removal faster.',
      witness: 'Call 3018: it helps witnesses too.',
    },
    detail: {
      default:
        'Free, anonymous and confidential, 7 days a week, 9 am to 11 pm. The charity behind it, e-Enfance, is a [[signaleur-de-confiance|trusted flagger]]: most large platforms must handle its requests as a priority. Chat at 3018.fr and the 3018 app.',
      young:
        'Free, anonymous and confidential, 7 days a week, 9 am to 11 pm. The charity behind it, e-Enfance, is a [[signaleur-de-confiance|trusted flagger]]: most large platforms must handle its requests as a priority. You can also write on the chat at 3018.fr.',
    },
  },
  // fact: erasure.any-age-for-data-published-while-minor, erasure.exceptions
  'request-erasure-minor-data': {
    text: {
      default: 'Ask the website to erase what was published when you were under 18.',
      young: 'Ask the website to erase your data: it is your right when you are under 18.',
      parent:
        'Ask the website to erase the data published when your child was a minor: it is a right, at any age.',
      professional:
        'Help the person you support ask the website to erase their data published before they turned 18: it is a right, at any age.',
    },
    // fact: erasure.any-age-for-data-published-while-minor, erasure.exceptions
    detail: {
      default:
        'This is the [[droit-a-l-effacement|right to erasure]] for data published while you were a minor: it still applies once you are an adult. The website must erase it without undue delay, but it can rely on exceptions, such as freedom of expression and information or a legal obligation.',
      young:
        'This is the [[droit-a-l-effacement|right to erasure]] for minors. In general, you can ask for it yourself, without your parents’ agreement. The website can rely on exceptions, such as freedom of information.',
      parent:
        'This is the [[droit-a-l-effacement|right to erasure]] for data published while a person was a minor. In general, your child can also ask for it themselves. The website can rely on exceptions, such as freedom of expression and information.',
    },
  },
} satisfies Partial<Record<ActionId, ActionContent>>;
