import type { QuestionCatalog } from '../types.ts';

/**
 * Words of the questions and help lines, in French: loaded on the first visit (home, questions,
 * emergency screen). Everything the plan says is in ./engine.ts, loaded with the plan.
 * Facts: docs/facts (ids in the `fact:` comments).
 */
export const frQuestions: QuestionCatalog = {
  questions: {
    // Asked first, before the audience is known: default words only.
    role: {
      legend: 'Qui utilise Balise ?',
      why: 'Les conseils ne sont pas les mêmes pour la personne visée, un parent, un professionnel ou un témoin.',
      options: {
        victim: { label: 'Je suis la personne visée' },
        parent: {
          label: 'Je suis parent',
          hint: 'Pour aider son enfant, quel que soit son âge.',
        },
        professional: {
          label: 'Je suis un·e professionnel·le (école, santé, association)',
          hint: 'Pour accompagner un élève ou une autre personne.',
        },
        witness: {
          label: 'Je suis témoin',
          hint: 'Pour qui a vu quelqu’un d’autre se faire harceler.',
        },
      },
      summaryLabel: 'Qui utilise Balise',
    },
    // Emergency numbers come before any step (fact: emergency.17-police, emergency.pharos-not-emergency).
    danger: {
      legend: {
        default: 'Êtes-vous en danger en ce moment ?',
        young: 'Est-ce que tu es en danger en ce moment ?',
        parent: 'Votre enfant est-il en danger en ce moment ?',
        professional: 'La personne que vous accompagnez est-elle en danger en ce moment ?',
        witness: 'La personne visée est-elle en danger en ce moment ?',
      },
      why: {
        default:
          'Si quelqu’un est en danger maintenant, la sécurité passe avant tout. Balise montre d’abord qui appeler.',
        young:
          'Si tu es en danger maintenant, ta sécurité passe avant tout. Balise te montre d’abord qui appeler.',
      },
      options: {
        none: {
          label: {
            default: 'Non, pas de danger en ce moment',
            parent: 'Non, pas de danger pour lui en ce moment',
            professional: 'Non, pas de danger pour elle en ce moment',
            witness: 'Non, pas de danger pour elle en ce moment',
          },
        },
        physical: {
          label: {
            default: 'Oui : quelqu’un menace de me faire du mal physiquement',
            parent: 'Oui : quelqu’un menace de lui faire du mal physiquement',
            professional: 'Oui : quelqu’un menace de lui faire du mal physiquement',
            witness: 'Oui : quelqu’un menace de lui faire du mal physiquement',
          },
        },
        'self-harm': {
          label: {
            default: 'Je pense à me faire du mal, ou au suicide',
            parent: 'Mon enfant pense à se faire du mal, ou au suicide',
            professional: 'La personne pense à se faire du mal, ou au suicide',
            witness: 'Je crains qu’elle se fasse du mal, ou pense au suicide',
          },
          hint: {
            default:
              'Vous n’êtes pas seul·e. Des personnes formées peuvent vous écouter tout de suite.',
            young: 'Tu n’es pas seul·e. Des personnes formées peuvent t’écouter tout de suite.',
            parent: 'Vous n’êtes pas seul·e. Des personnes formées conseillent aussi les proches.',
            professional: 'Des personnes formées conseillent aussi les professionnels.',
            witness: 'Des personnes formées conseillent aussi l’entourage.',
          },
        },
      },
      summaryLabel: 'Danger en ce moment',
    },
    // Minors have their own helpers (3018, 119) and rights (erasure, complaint alone).
    // fact: emergency.3018-young-victims, emergency.119-child-in-danger, minors.can-file-alone
    age: {
      legend: {
        default: 'Quel âge avez-vous ?',
        young: 'Quel âge as-tu ?',
        parent: 'Quel âge a votre enfant ?',
        professional: 'Quel âge a la personne que vous accompagnez ?',
        witness: 'Quel âge a la personne visée ?',
      },
      why: 'Avant 18 ans, il existe des aides en plus, comme le 3018. La loi protège aussi davantage les mineurs.',
      options: {
        'under-15': { label: 'Moins de 15 ans' },
        '15-17': { label: '15, 16 ou 17 ans' },
        adult: { label: '18 ans ou plus' },
        unknown: { label: 'Je ne sais pas' },
      },
      summaryLabel: 'Âge',
    },
    contentKinds: {
      legend: {
        default: 'Qu’avez-vous reçu ou vu ?',
        young: 'Qu’est-ce que tu as reçu ou vu ?',
        parent: 'Qu’est-ce que votre enfant a reçu, ou qu’a-t-on publié sur lui ?',
        professional: 'Qu’a reçu la personne, ou qu’a-t-on publié sur elle ?',
        witness: 'Qu’avez-vous vu ?',
      },
      why: 'Chaque type de contenu a ses propres recours. Certains peuvent aussi être signalés à PHAROS, le site de la police.',
      options: {
        insults: { label: 'Des insultes ou des moqueries' },
        rumours: {
          label: 'Des rumeurs ou des mensonges',
          hint: 'Par exemple une fausse histoire qui circule.',
        },
        threats: {
          label: 'Des menaces',
          hint: 'De frapper, de tuer, de publier quelque chose…',
        },
        'intimate-images': {
          label: 'Des photos ou vidéos intimes (nu, sexuelles)',
          hint: 'Diffusées sans accord, y compris des montages.',
        },
        sextortion: {
          label: 'Du chantage avec des images intimes',
          hint: 'On demande de l’argent ou d’autres images, sinon on les publie.',
        },
        'identity-theft': {
          label: {
            default: 'Quelqu’un se fait passer pour moi (faux compte)',
            parent: 'Quelqu’un se fait passer pour mon enfant (faux compte)',
            professional: 'Quelqu’un se fait passer pour la personne (faux compte)',
            witness: 'Quelqu’un se fait passer pour la personne (faux compte)',
          },
          hint: 'Nom, photo ou identifiants utilisés sans accord.',
        },
        'personal-info': {
          label: 'Des informations personnelles publiées',
          hint: 'Adresse, téléphone, école, lieu de travail…',
        },
        hate: {
          label: 'De la haine',
          hint: 'À cause de l’origine, la religion, le sexe, l’orientation sexuelle, le handicap…',
        },
        'child-sexual': {
          label: 'Des images sexuelles d’un enfant ou d’un·e ado',
          hint: {
            default: 'Ne les copiez pas et ne les envoyez à personne.',
            young: 'Ne les copie pas et ne les envoie à personne.',
          },
        },
        terrorism: { label: 'Des messages qui soutiennent le terrorisme ou en menacent' },
        other: { label: 'Autre chose' },
      },
      summaryLabel: 'Ce qui a été reçu ou publié',
    },
    // Asked of an adult (or an age not given) only: the right to erasure of data published while
    // a minor holds at any age (fact: erasure.any-age-for-data-published-while-minor).
    publishedWhileMinor: {
      legend: {
        default: 'Aviez-vous moins de 18 ans quand c’était publié ?',
        young: 'Avais-tu moins de 18 ans quand c’était publié ?',
        parent: 'Votre enfant avait-il moins de 18 ans quand c’était publié ?',
        professional: 'La personne avait-elle moins de 18 ans quand c’était publié ?',
      },
      why: {
        default:
          'Ce qui a été publié sur une personne mineure peut être effacé à sa demande, même une fois adulte.',
        parent:
          'Ce qui a été publié sur votre enfant avant ses 18 ans peut être effacé à sa demande, même une fois adulte.',
      },
      options: {
        yes: {
          label: {
            default: 'Oui, j’avais moins de 18 ans',
            parent: 'Oui, mon enfant avait moins de 18 ans',
            professional: 'Oui, elle avait moins de 18 ans',
          },
        },
        no: {
          label: {
            default: 'Non, j’étais déjà majeur·e',
            parent: 'Non, mon enfant était déjà majeur',
            professional: 'Non, elle était déjà majeure',
          },
        },
        unknown: { label: 'Je ne sais pas' },
      },
      summaryLabel: 'Moins de 18 ans à la publication',
    },
    // Harassment needs repetition; a "raid" by several people counts too.
    // fact: offences.harassment-222-33-2-2, offences.group-harassment-raid
    frequency: {
      legend: {
        default: 'Combien de fois est-ce arrivé ?',
        young: 'Combien de fois c’est arrivé ?',
      },
      why: 'Des messages répétés peuvent être du [[harcelement|harcèlement]]. Quand plusieurs personnes s’y mettent, cela peut aussi en être.',
      options: {
        once: { label: 'Une seule fois' },
        repeated: {
          label: 'Plusieurs fois',
          hint: 'Souvent la même personne ou le même compte.',
        },
        group: {
          label: 'Plusieurs personnes, ensemble ou l’une après l’autre',
          hint: 'On parle parfois de « raid ».',
        },
      },
      summaryLabel: 'Combien de fois',
    },
    // PHAROS handles public content; private messages count too for harassment.
    // fact: pharos.public-illegal-content, offences.harassment-222-33-2-2
    visibility: {
      legend: {
        default: 'Où est-ce visible ?',
        young: 'Où est-ce que c’est visible ?',
      },
      why: 'Un contenu public peut être signalé à PHAROS. Les messages privés comptent aussi comme preuves.',
      options: {
        public: {
          label: 'En public',
          hint: 'Post, commentaire, story, groupe ouvert : tout le monde peut le voir.',
        },
        private: {
          label: 'En privé',
          hint: 'Messages privés, groupe fermé.',
        },
        both: { label: 'Les deux' },
      },
      summaryLabel: 'Où c’est visible',
    },
    // A complaint can name the author or be made « contre X » (fact: complaint.any-station-contre-x).
    author: {
      legend: {
        default: 'Savez-vous qui en est l’auteur ?',
        young: 'Est-ce que tu sais qui en est l’auteur ?',
      },
      why: {
        default:
          'Même sans connaître l’auteur, on peut porter plainte : c’est une [[plainte-contre-x|plainte contre X]].',
        witness: 'Cela aide à savoir vers qui orienter le signalement.',
      },
      options: {
        named: { label: 'Oui, je connais son nom' },
        pseudonym: { label: 'Je ne connais qu’un pseudo' },
        unknown: { label: 'Je ne sais pas' },
      },
      summaryLabel: 'Auteur',
    },
    context: {
      legend: {
        default: 'Qui est l’auteur pour vous ?',
        young: 'Qui est l’auteur pour toi ?',
        parent: 'Qui est l’auteur pour votre enfant ?',
        professional: 'Qui est l’auteur pour la personne que vous accompagnez ?',
      },
      why: 'Selon le lien avec l’auteur, d’autres aides et d’autres textes s’appliquent : l’établissement scolaire, le couple, le travail.',
      // Partners: 222-33-2-1 covers only a spouse, concubin or PACS partner, current or former; a
      // boyfriend or girlfriend has their own option (fact: partners.who-is-a-partner).
      options: {
        school: { label: 'Quelqu’un de l’école, du collège ou du lycée' },
        partner: {
          label: {
            default: 'Un conjoint, un concubin ou un partenaire de PACS, ou un ex',
            young: 'Ton mari, ta femme, ou la personne avec qui tu vis ou es pacsé·e, ou un ex',
            parent:
              'Son mari, sa femme, ou la personne avec qui il ou elle vit ou est pacsé·e, ou un ex',
            professional: 'Son conjoint, son concubin ou son partenaire de PACS, ou un ex',
          },
          hint: 'Marié·e, pacsé·e ou en couple sous le même toit, aujourd’hui ou avant.',
        },
        dating: {
          label: {
            default: 'Un petit ami, une petite amie, ou un ex, sans vivre ensemble',
            young: 'Ton copain, ta copine, ou ton ex',
            parent: 'Son copain, sa copine, ou son ex',
            professional: 'Un petit ami, une petite amie, ou un ex, sans vivre ensemble',
          },
          hint: {
            default: 'Une relation amoureuse, sans mariage, PACS ni vie commune.',
            young: 'Une relation amoureuse, sans vivre ensemble.',
          },
        },
        work: { label: 'Quelqu’un du travail', hint: 'Un collègue, un ou une responsable.' },
        other: { label: 'Une autre personne, ou je ne sais pas' },
      },
      summaryLabel: 'Lien avec l’auteur',
    },
    // Dated captures with URL and author's handle (fact: evidence.capture-date-and-url, evidence.capture-author-handle).
    evidence: {
      legend: {
        default: 'Avez-vous déjà gardé des preuves ?',
        young: 'Est-ce que tu as déjà gardé des preuves ?',
        parent: 'Avez-vous déjà gardé des preuves, vous ou votre enfant ?',
        professional: 'Des preuves ont-elles déjà été gardées ?',
        witness: 'Avez-vous gardé une trace de ce que vous avez vu ?',
      },
      why: 'Sans preuves, il est difficile de faire retirer un contenu ou de porter plainte.',
      options: {
        none: { label: 'Pas encore' },
        partial: { label: 'Oui, quelques captures' },
        complete: {
          label: 'Oui, tout est gardé',
          hint: 'Chaque capture montre la date, l’heure, le lien et le pseudo.',
        },
      },
      summaryLabel: 'Preuves',
    },
    // Platform notice, internal appeal, out-of-court body, judge (fact: dsa.decision-and-appeals).
    platformReport: {
      legend: {
        default: 'Avez-vous signalé le contenu au réseau social ou au site ?',
        young: 'Est-ce que tu as signalé le contenu au réseau social ou au site ?',
        parent: 'Le contenu a-t-il été signalé au réseau social ou au site ?',
        professional: 'Le contenu a-t-il été signalé au réseau social ou au site ?',
      },
      why: 'Si le réseau refuse de retirer le contenu, d’autres recours existent.',
      options: {
        'not-done': { label: 'Pas encore' },
        pending: { label: 'Oui, j’attends la réponse' },
        removed: { label: 'Oui, et le contenu a été retiré' },
        refused: { label: 'Oui, mais il a refusé ou n’a pas répondu' },
      },
      summaryLabel: 'Signalement à la plateforme',
    },
    // Police and gendarmerie must register a complaint (fact: complaint.must-be-registered).
    complaint: {
      legend: {
        default: 'Avez-vous déjà porté plainte ?',
        young: 'Est-ce que tu as déjà porté plainte ?',
        parent: 'Avez-vous déjà porté plainte, vous ou votre enfant ?',
        professional: 'La personne ou sa famille a-t-elle déjà porté plainte ?',
      },
      why: 'La police et la gendarmerie n’ont pas le droit de refuser une plainte. Si c’est arrivé, il existe une autre voie.',
      options: {
        'not-done': { label: 'Pas encore' },
        filed: { label: 'Oui, la plainte est déposée' },
        refused: { label: 'J’ai essayé, mais on a refusé de prendre la plainte' },
      },
      summaryLabel: 'Plainte',
    },
    // 3 months for public insults and defamation, 6 years from the last act for harassment.
    // fact: time-limits.press-3-months, time-limits.harassment-from-last-act
    lastAct: {
      legend: 'Quand a eu lieu le dernier message ou la dernière publication ?',
      why: 'La loi fixe un [[prescription|délai pour agir]]. Selon les faits, il peut être court : parfois 3 mois seulement.',
      options: {
        'under-3-months': { label: 'Il y a moins de 3 mois' },
        '3-to-12-months': { label: 'Entre 3 mois et 1 an' },
        '1-to-6-years': { label: 'Entre 1 an et 6 ans' },
        'over-6-years': { label: 'Il y a plus de 6 ans' },
      },
      summaryLabel: 'Date du dernier fait',
    },
  },

  contacts: {
    // fact: emergency.17-police
    '17': {
      name: '17 — Police secours et gendarmerie',
      what: 'Pour un danger immédiat, une agression ou des violences en cours.',
      hours: '24 h/24, 7 j/7, gratuit',
    },
    // fact: emergency.112-europe
    '112': {
      name: '112 — Numéro d’urgence européen',
      what: 'Valable dans toute l’Union européenne : il oriente vers le bon service.',
      hours: '24 h/24, 7 j/7, gratuit',
    },
    // fact: emergency.114-sms
    '114': {
      name: '114 — Urgence par SMS',
      what: 'Pour qui ne peut pas parler : personne sourde ou malentendante, ou agresseur à côté. Visio et tchat avec l’appli « Urgence 114 ».',
      hours: '24 h/24, 7 j/7, gratuit',
    },
    // fact: emergency.15-samu
    '15': {
      name: '15 — SAMU',
      what: 'Pour une urgence médicale : blessure, tentative de suicide, détresse vitale.',
      hours: '24 h/24, 7 j/7, gratuit',
    },
    // fact: emergency.3114-suicide
    '3114': {
      name: '3114 — Prévention du suicide',
      what: 'Des soignants formés écoutent les personnes en détresse, leurs proches et les professionnels.',
      hours: '24 h/24, 7 j/7, gratuit et confidentiel',
    },
    // fact: emergency.3018-young-victims, emergency.3018-hours
    '3018': {
      name: '3018 — Violences numériques et harcèlement',
      // Shown when the age is not known too (fact: minors.3018-when-age-unknown).
      what: {
        default:
          'Si la personne visée a moins de 18 ans : écoute, conseils, signalement accéléré des contenus aux réseaux sociaux. Il répond aussi aux parents et aux témoins. Tchat sur 3018.fr.',
        young:
          'Pour les jeunes victimes : écoute, conseils, signalement accéléré des contenus aux réseaux sociaux. Tchat sur 3018.fr.',
        parent:
          'Pour les jeunes victimes et leurs parents : écoute, conseils, signalement accéléré des contenus aux réseaux sociaux. Tchat sur 3018.fr.',
      },
      hours: '7 j/7, de 9 h à 23 h, jours fériés compris ; gratuit, anonyme et confidentiel',
    },
    // fact: emergency.119-child-in-danger
    '119': {
      name: '119 — Allô Enfance en danger',
      what: 'Pour un enfant ou un ado en danger, ou un adulte inquiet. L’appel n’apparaît pas sur la facture.',
      hours: '24 h/24, 7 j/7, gratuit',
    },
    // fact: emergency.3919-violences-femmes
    '3919': {
      name: '3919 — Violences Femmes Info',
      // A line first for women (fact: partners.3919-for-women).
      what: {
        default:
          'Pour les femmes victimes de violences, dont celles d’un partenaire ou d’un ex, y compris en ligne : écoute et conseils. Ce n’est pas un numéro d’urgence.',
        young:
          'Pour les filles et les femmes victimes de violences, dont celles d’un copain ou d’un ex, y compris en ligne : écoute et conseils. Ce n’est pas un numéro d’urgence.',
      },
      hours: '24 h/24, 7 j/7, gratuit et anonyme',
    },
    // fact: emergency.116006-france-victimes
    '116006': {
      name: '116 006 — France Victimes',
      what: 'Aide gratuite aux victimes : écoute, conseils pour la plainte, orientation vers une association proche.',
      hours:
        '7 j/7, de 9 h à 19 h, gratuit (horaires susceptibles de changer) ; en dehors, message et rappel',
    },
  },
};
