import type { Words } from '../catalogue.ts';
import type { noticeLetterText } from '../fr/documents.ts';
import type { PlatformId } from '../platforms.ts';

/**
 * The DSA notice to a platform (article 16 of Regulation (EU) 2022/2065), written in English for a
 * platform's team that reads English: the same letter as the French (src/content/fr/documents.ts
 * `noticeLetterText`), key for key, with the same legal references and article numbers. It says
 * nothing the French does not say. The offences stay offences under French law: their names are
 * translated, their references are the French texts', cited in English.
 *
 * Sources: the facts dsa.art16-notice and dsa.decision-and-appeals (docs/facts/dsa.yaml) and the
 * `offences.*` facts, as for the French. The good-faith statement follows the wording of article
 * 16(2)(d) in the English version of the regulation ("accurate and complete").
 */
export const letterNotice: Words<typeof noticeLetterText> = {
  // fact: dsa.art16-notice, dsa.art16-actual-knowledge
  notice: {
    title: 'Notice of illegal content',
    subtitle:
      'Article 16 of Regulation (EU) 2022/2065 on digital services (Digital Services Act, DSA)',
    footer: 'Notice of illegal content (DSA, Article 16)',
    recipient: ['For the attention of the team handling notices', '{platform}'],
    subject: 'Notice of illegal content and request for removal',
    salutation: 'Dear Sir or Madam,',
    intro:
      'Pursuant to Article 16 of Regulation (EU) 2022/2065 on digital services, I hereby notify you of the following content, hosted on your service, which I consider to be illegal.',
    location: { title: 'Exact location of the content' },
    privateLocation: '{platform}, conversation “{conversation}”, author’s account: {author}',
    reasons: {
      title: 'Why this content is illegal',
      targetSelf: 'This content targets me personally.',
      targetChild: 'This content targets my child.',
      targetPupil: 'This content targets a pupil whom I am supporting.',
      targetOther: 'This content targets another person.',
      minor: 'The person targeted is a minor.',
      offences: 'This content appears to me to constitute the following offences under French law:',
      none: 'This content appears to me to be contrary to French law, for the following reasons:',
    },
    notifier: {
      title: 'Person submitting the notice',
      childSexual:
        'As this content is sexual content involving a minor, the name and email address of the person submitting the notice are not required (Article 16(2)(c) of the Regulation).',
    },
    declaration: { title: 'Statement of good faith' },
    // fact: dsa.decision-and-appeals
    closing: [
      'I request that you remove this content or disable access to it as soon as possible, acknowledge receipt of this notice, and inform me of your decision and of the available means of redress.',
      'Yours faithfully,',
    ],
  },
  common: {
    pageNumbers: 'Page {page} of {pages}',
    placeAndDate: '{city}, {date}',
    dateOnly: '{date}',
    subject: 'Subject: {subject}',
    signature: 'Signature',
    none: '—',
    // Article 16(2)(d): "a statement confirming the bona fide belief … that the information and
    // allegations contained therein are accurate and complete".
    goodFaith:
      'I declare, in good faith, that the information and allegations contained in this notice are, to the best of my knowledge, accurate and complete.',
  },
  offenceItem: '{name} ({reference})',
  // The same offences and articles as src/content/fr/offences.ts (a test compares the numbers).
  offences: {
    harassment: {
      name: 'Moral harassment committed through the use of an online service',
      reference: 'Article 222-33-2-2 of the French Criminal Code',
    },
    'school-harassment': {
      name: 'School harassment',
      reference: 'Article 222-33-2-3 of the French Criminal Code',
    },
    'partner-harassment': {
      name: 'Harassment by a current or former spouse, cohabiting partner or civil partner',
      reference: 'Article 222-33-2-1 of the French Criminal Code',
    },
    'dating-partner-harassment': {
      name: 'Harassment by a partner or former partner, without cohabitation: may also fall under harassment within a couple',
      reference:
        'Article 222-33-2-1 of the French Criminal Code, which may apply depending on the relationship',
    },
    'workplace-harassment': {
      name: 'Moral harassment at work',
      reference: 'Article 222-33-2 of the French Criminal Code',
    },
    threats: {
      name: 'Threats',
      reference: 'Article 222-17 of the French Criminal Code',
    },
    insult: {
      name: 'Insult',
      reference:
        'Articles 29 and 33 of the Law of 29 July 1881 (public insult) or Article R621-2 of the French Criminal Code (non-public insult)',
    },
    defamation: {
      name: 'Defamation',
      reference:
        'Articles 29 and 32 of the Law of 29 July 1881 (public defamation) or Article R621-1 of the French Criminal Code (non-public defamation); Article 226-8 of the French Criminal Code in the case of a non-sexual montage (doctored photo, video or voice)',
    },
    'discriminatory-hate': {
      name: 'Discriminatory insult or defamation',
      reference:
        'Articles 29, 32 and 33 of the Law of 29 July 1881 (public) or Articles R625-7, R625-8 and R625-8-1 of the French Criminal Code (non-public)',
    },
    'intimate-images': {
      name: 'Dissemination of sexual images without consent',
      reference:
        'Article 226-2-1 of the French Criminal Code, or Article 226-8-1 of the French Criminal Code in the case of a montage',
    },
    'child-sexual-images': {
      name: 'Sexual images of a minor',
      reference: 'Article 227-23 of the French Criminal Code',
    },
    'sexual-solicitation-of-minor': {
      name: 'Solicitation by an adult of pornographic images of a minor',
      reference:
        'Article 227-23-1 of the French Criminal Code, and Article 227-22-2 of the French Criminal Code if there is incitement to sexual acts',
    },
    blackmail: {
      name: 'Blackmail or extortion',
      reference:
        'Article 312-10 of the French Criminal Code (blackmail) or Article 312-1 of the French Criminal Code (extortion)',
    },
    'identity-theft': {
      name: 'Identity theft',
      reference: 'Article 226-4-1 of the French Criminal Code',
    },
    doxxing: {
      name: 'Disclosure of personal information exposing a person to danger',
      reference: 'Article 223-1-1 of the French Criminal Code',
    },
    'terrorist-content': {
      name: 'Direct incitement to acts of terrorism or glorification of terrorism',
      reference: 'Article 421-2-5 of the French Criminal Code',
    },
  },
};

/**
 * Platform names as the English notice writes them (the French letters take theirs from
 * src/content/fr/platforms.ts). Brand names as the platforms write them; "and", "formerly" and
 * "Other" in English.
 */
export const letterPlatformNames: {
  readonly guides: Readonly<Record<PlatformId, { readonly name: string }>>;
  readonly other: string;
} = {
  guides: {
    instagram: { name: 'Instagram' },
    tiktok: { name: 'TikTok' },
    snapchat: { name: 'Snapchat' },
    facebook: { name: 'Facebook and Messenger' },
    x: { name: 'X (formerly Twitter)' },
    youtube: { name: 'YouTube' },
    discord: { name: 'Discord' },
    whatsapp: { name: 'WhatsApp' },
    twitch: { name: 'Twitch' },
    roblox: { name: 'Roblox' },
    telegram: { name: 'Telegram' },
    reddit: { name: 'Reddit' },
  },
  other: 'Other',
};
