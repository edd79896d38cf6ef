import type { QuestionCatalog } from '../types.ts';

/**
 * English words of the questions and help lines. French is the source of truth:
 * src/content/fr/questions.ts (`frQuestions`), same keys, same order, same audience variants.
 * Legends, hints and "why" texts are rendered as rich text (glossary links, `[[lang:fr|…]]`);
 * option labels, option hints, summary labels and the help lines are plain text, so French
 * terms there are written plainly.
 */
export const questions: QuestionCatalog = {
  questions: {
    role: {
      legend: 'Who is using Balise?',
      why: 'The advice is not the same for the person targeted, a parent, a professional or a witness.',
      options: {
        victim: { label: 'I am the person being targeted' },
        parent: {
          label: 'I am a parent',
          hint: 'To help your child, whatever their age.',
        },
        professional: {
          label: 'I am a professional (school, health, non-profit organisation)',
          hint: 'To support a pupil or another person.',
        },
        witness: {
          label: 'I am a witness',
          hint: 'For people who saw someone else being harassed.',
        },
      },
      summaryLabel: 'Who is using Balise',
    },
    danger: {
      legend: {
        default: 'Are you in danger right now?',
        young: 'Are you in danger right now?',
        parent: 'Is your child in danger right now?',
        professional: 'Is the person you support in danger right now?',
        witness: 'Is the person targeted in danger right now?',
      },
      why: {
        default: 'If someone is in danger now, safety comes first. Balise first shows who to call.',
        young:
          'If you are in danger now, your safety comes first. Balise shows you first who to call.',
      },
      options: {
        none: {
          label: {
            default: 'No, no danger right now',
            parent: 'No, my child is not in danger right now',
            professional: 'No, they are not in danger right now',
            witness: 'No, they are not in danger right now',
          },
        },
        physical: {
          label: {
            default: 'Yes: someone is threatening to hurt me physically',
            parent: 'Yes: someone is threatening to hurt my child physically',
            professional: 'Yes: someone is threatening to hurt them physically',
            witness: 'Yes: someone is threatening to hurt them physically',
          },
        },
        'self-harm': {
          label: {
            default: 'I am thinking of hurting myself, or of suicide',
            parent: 'My child is thinking of hurting themselves, or of suicide',
            professional: 'The person is thinking of hurting themselves, or of suicide',
            witness: 'I am afraid they may hurt themselves, or are thinking of suicide',
          },
          hint: {
            default: 'You are not alone. Trained people can listen to you straight away.',
            young: 'You’re not alone. Trained people can listen to you right now.',
            parent: 'You are not alone. Trained people also give advice to family and friends.',
            professional: 'Trained people also give advice to professionals.',
            witness: 'Trained people also give advice to the people around them.',
          },
        },
      },
      summaryLabel: 'Danger right now',
    },
    age: {
      legend: {
        default: 'How old are you?',
        young: 'How old are you?',
        parent: 'How old is your child?',
        professional: 'How old is the person you support?',
        witness: 'How old is the person targeted?',
      },
      why: 'For people under 18, there is extra help, such as the 3018 helpline. The law also gives more protection to minors.',
      options: {
        'under-15': { label: 'Under 15' },
        '15-17': { label: '15, 16 or 17' },
        adult: { label: '18 or over' },
        unknown: { label: 'I don’t know' },
      },
      summaryLabel: 'Age',
    },
    contentKinds: {
      legend: {
        default: 'What have you received or seen?',
        young: 'What did you receive or see?',
        parent: 'What has your child received, or what has been posted about them?',
        professional: 'What has the person received, or what has been posted about them?',
        witness: 'What have you seen?',
      },
      why: 'Each type of content has its own ways to act. Some can also be reported to PHAROS (the government platform for reporting illegal content online).',
      options: {
        insults: { label: 'Insults or mockery' },
        rumours: {
          label: 'Rumours or lies',
          hint: 'For example, a false story going around.',
        },
        threats: {
          label: 'Threats',
          hint: 'To hit, to kill, to post something…',
        },
        'intimate-images': {
          label: 'Intimate photos or videos (nude, sexual)',
          hint: 'Shared without consent, including edited or fake ones.',
        },
        sextortion: {
          label: 'Blackmail with intimate images',
          hint: 'Someone asks for money or more images, or else they will post them.',
        },
        'identity-theft': {
          label: {
            default: 'Someone is pretending to be me (fake account)',
            parent: 'Someone is pretending to be my child (fake account)',
            professional: 'Someone is pretending to be the person (fake account)',
            witness: 'Someone is pretending to be the person (fake account)',
          },
          hint: 'Name, photo or login details used without permission.',
        },
        'personal-info': {
          label: 'Personal information posted',
          hint: 'Address, phone number, school, workplace…',
        },
        hate: {
          label: 'Hate',
          hint: 'Because of origin, religion, sex, sexual orientation, disability…',
        },
        'child-sexual': {
          label: 'Sexual images of a child or a teenager',
          hint: {
            default: 'Do not copy them and do not send them to anyone.',
            young: 'Don’t copy them and don’t send them to anyone.',
          },
        },
        terrorism: { label: 'Messages that support terrorism or threaten terrorist acts' },
        other: { label: 'Something else' },
      },
      summaryLabel: 'What was received or posted',
    },
    publishedWhileMinor: {
      legend: {
        default: 'Were you under 18 when it was posted?',
        young: 'Were you under 18 when it was posted?',
        parent: 'Was your child under 18 when it was posted?',
        professional: 'Was the person under 18 when it was posted?',
      },
      why: {
        default:
          'What was posted about someone under 18 can be erased if they ask, even once they are an adult.',
        parent:
          'What was posted about your child before they turned 18 can be erased if they ask, even once they are an adult.',
      },
      options: {
        yes: {
          label: {
            default: 'Yes, I was under 18',
            parent: 'Yes, my child was under 18',
            professional: 'Yes, they were under 18',
          },
        },
        no: {
          label: {
            default: 'No, I was already an adult',
            parent: 'No, my child was already an adult',
            professional: 'No, they were already an adult',
          },
        },
        unknown: { label: 'I don’t know' },
      },
      summaryLabel: 'Under 18 when it was posted',
    },
    frequency: {
      legend: {
        default: 'How many times has it happened?',
        young: 'How many times did it happen?',
      },
      why: 'Repeated messages can be [[harcelement|harassment]]. When several people join in, it can be harassment too.',
      options: {
        once: { label: 'Only once' },
        repeated: {
          label: 'Several times',
          hint: 'Often the same person or the same account.',
        },
        group: {
          label: 'Several people, together or one after another',
          hint: 'This is sometimes called a “raid”.',
        },
      },
      summaryLabel: 'How many times',
    },
    visibility: {
      legend: {
        default: 'Where can it be seen?',
        young: 'Where can people see it?',
      },
      why: 'Public content can be reported to PHAROS (the government platform for reporting illegal content online). Private messages also count as evidence.',
      options: {
        public: {
          label: 'In public',
          hint: 'Post, comment, story, open group: everyone can see it.',
        },
        private: {
          label: 'In private',
          hint: 'Private messages, closed group.',
        },
        both: { label: 'Both' },
      },
      summaryLabel: 'Where it can be seen',
    },
    author: {
      legend: {
        default: 'Do you know who is behind it?',
        young: 'Do you know who is behind it?',
      },
      why: {
        default:
          'Even if you don’t know who is behind it, you can file a complaint ([[lang:fr|porter plainte]]): this is called a [[plainte-contre-x|complaint against a person unknown]] ([[lang:fr|plainte contre X]]).',
        witness: 'It helps to know where to send the report.',
      },
      options: {
        named: { label: 'Yes, I know their name' },
        pseudonym: { label: 'I only know a username' },
        unknown: { label: 'I don’t know' },
      },
      summaryLabel: 'Who is behind it',
    },
    context: {
      legend: {
        default: 'How are you connected to the person behind it?',
        young: 'How are you connected to the person behind it?',
        parent: 'How is your child connected to the person behind it?',
        professional: 'How is the person you support connected to the person behind it?',
      },
      why: 'Depending on the connection with the person behind it, other kinds of help and other laws apply: the school, a couple, work.',
      options: {
        school: { label: 'Someone from school (primary, middle or high school)' },
        partner: {
          label: {
            default: 'A husband or wife, a partner you live with, a PACS partner, or an ex',
            young: 'Your husband or wife, the person you live with or are in a PACS with, or an ex',
            parent:
              'Your child’s husband or wife, the person they live with or are in a PACS with, or an ex',
            professional:
              'Their husband or wife, the partner they live with, their PACS partner, or an ex',
          },
          hint: 'Married, in a PACS (a French civil partnership) or a couple living together, now or in the past.',
        },
        dating: {
          label: {
            default: 'A boyfriend or girlfriend, or an ex, without living together',
            young: 'Your boyfriend, your girlfriend, or your ex',
            parent: 'Your child’s boyfriend or girlfriend, or their ex',
            professional: 'A boyfriend or girlfriend, or an ex, without living together',
          },
          hint: {
            default: 'A romantic relationship, without marriage, PACS or living together.',
            young: 'A romantic relationship, without living together.',
          },
        },
        work: { label: 'Someone from work', hint: 'A colleague, a manager.' },
        other: { label: 'Someone else, or I don’t know' },
      },
      summaryLabel: 'Connection to the person behind it',
    },
    evidence: {
      legend: {
        default: 'Have you already kept evidence?',
        young: 'Have you already kept evidence?',
        parent: 'Have you or your child already kept evidence?',
        professional: 'Has any evidence already been kept?',
        witness: 'Have you kept a record of what you saw?',
      },
      why: 'Without evidence, it is hard to get content removed or to file a complaint ([[lang:fr|porter plainte]]).',
      options: {
        none: { label: 'Not yet' },
        partial: { label: 'Yes, a few screenshots' },
        complete: {
          label: 'Yes, everything is kept',
          hint: 'Each screenshot shows the date, the time, the link and the username.',
        },
      },
      summaryLabel: 'Evidence',
    },
    platformReport: {
      legend: {
        default: 'Have you reported the content to the social network or website?',
        young: 'Have you reported the content to the social network or website?',
        parent: 'Has the content been reported to the social network or website?',
        professional: 'Has the content been reported to the social network or website?',
      },
      why: 'If the network refuses to remove the content, there are other ways to act.',
      options: {
        'not-done': { label: 'Not yet' },
        pending: { label: 'Yes, I am waiting for an answer' },
        removed: { label: 'Yes, and the content was removed' },
        refused: { label: 'Yes, but the platform refused or did not answer' },
      },
      summaryLabel: 'Report to the platform',
    },
    complaint: {
      legend: {
        default: 'Have you already filed a complaint ([[lang:fr|porter plainte]])?',
        young: 'Have you already filed a complaint ([[lang:fr|porter plainte]])?',
        parent: 'Have you or your child already filed a complaint ([[lang:fr|porter plainte]])?',
        professional:
          'Has the person or their family already filed a complaint ([[lang:fr|porter plainte]])?',
      },
      why: 'The police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) are not allowed to refuse a complaint. If this has happened, there is another way.',
      options: {
        'not-done': { label: 'Not yet' },
        filed: { label: 'Yes, the complaint has been filed' },
        refused: { label: 'I tried, but they refused to take the complaint' },
      },
      summaryLabel: 'Complaint',
    },
    lastAct: {
      legend: 'When was the last message or post?',
      why: 'The law sets a [[prescription|time limit for taking action]]. Depending on what happened, it can be short: sometimes only 3 months.',
      options: {
        'under-3-months': { label: 'Less than 3 months ago' },
        '3-to-12-months': { label: 'Between 3 months and 1 year ago' },
        '1-to-6-years': { label: 'Between 1 and 6 years ago' },
        'over-6-years': { label: 'More than 6 years ago' },
      },
      summaryLabel: 'Date of the last incident',
    },
  },

  contacts: {
    '17': {
      name: '17 — Police emergency (police and gendarmerie)',
      what: 'For immediate danger, an assault, or violence happening now.',
      hours: '24/7, free',
    },
    '112': {
      name: '112 — European emergency number',
      what: 'Works everywhere in the European Union: it puts you through to the right service.',
      hours: '24/7, free',
    },
    '114': {
      name: '114 — Emergency by text message (SMS)',
      what: 'For people who cannot speak: deaf or hard-of-hearing people, or when the attacker is nearby. Video call and chat with the « Urgence 114 » app.',
      hours: '24/7, free',
    },
    '15': {
      name: '15 — SAMU (emergency medical service)',
      what: 'For a medical emergency: an injury, a suicide attempt, a life-threatening situation.',
      hours: '24/7, free',
    },
    '3114': {
      name: '3114 — Suicide prevention',
      what: 'Trained health professionals listen to people in distress, to their family and friends, and to professionals.',
      hours: '24/7, free and confidential',
    },
    '3018': {
      name: '3018 — Online violence and harassment',
      what: {
        default:
          'If the person targeted is under 18: someone to listen, advice, and fast-track reporting of content to social networks. It also answers parents and witnesses. Chat on 3018.fr.',
        young:
          'For young victims: someone to listen, advice, and fast-track reporting of content to social networks. Chat on 3018.fr.',
        parent:
          'For young victims and their parents: someone to listen, advice, and fast-track reporting of content to social networks. Chat on 3018.fr.',
      },
      hours:
        '7 days a week, 9 am to 11 pm, public holidays included; free, anonymous and confidential',
    },
    '119': {
      name: '119 — Allô Enfance en danger (children in danger)',
      what: 'For a child or teenager in danger, or a worried adult. The call does not appear on the phone bill.',
      hours: '24/7, free',
    },
    '3919': {
      name: '3919 — Violences Femmes Info (violence against women)',
      what: {
        default:
          'For women who experience violence, including from a partner or an ex, and including online: someone to listen, and advice. It is not an emergency number.',
        young:
          'For girls and women who experience violence, including from a boyfriend or an ex, and including online: someone to listen, and advice. It is not an emergency number.',
      },
      hours: '24/7, free and anonymous',
    },
    '116006': {
      name: '116 006 — France Victimes',
      what: 'Free help for victims: someone to listen, advice about filing a complaint (porter plainte), and referral to a support organisation near you.',
      hours:
        '7 days a week, 9 am to 7 pm, free (hours may change); outside these hours, leave a message to be called back',
    },
  },
};
