/**
 * Extra guidance shown on some step pages, beyond the engine's actions: the `pharos.*` facts of
 * docs/facts (their sources: `PHAROS_GUIDE_SOURCES` in src/content/services.ts).
 */
export const pharosGuide = {
  /** The guide's heading on the PHAROS step. */
  title: 'PHAROS, la plateforme de signalement',
  // fact: pharos.categories, pharos.public-illegal-content
  accepts: [
    'Les menaces ou les appels à la violence.',
    'La haine ou la discrimination (racisme, sexisme, homophobie…).',
    'Les images d’abus sexuels sur mineurs et les propositions sexuelles faites à un mineur.',
    'Le terrorisme (menace, apologie).',
    'La mise en danger de quelqu’un, par exemple une annonce de suicide.',
    'Un contenu public, visible par tous, ou les messages d’un inconnu anonyme qui approche un mineur.',
  ],
  // fact: emergency.pharos-not-emergency, pharos.public-illegal-content, pharos.not-a-complaint
  refuses: [
    'Les urgences : en cas de danger immédiat, appeler le 17 ou le 112.',
    'Une affaire privée avec une personne que l’on connaît : aller au commissariat ou à la gendarmerie.',
    'Remplacer une plainte : signaler à PHAROS n’est pas porter plainte.',
    'Ce qui est seulement choquant sans être interdit par la loi.',
  ],
  // fact: pharos.address, pharos.open-to-minors, pharos.what-happens-next, removal.one-report-is-enough
  notes: [
    'Le signalement est gratuit ; on indique la date, l’heure et l’adresse (URL) du contenu.',
    'Les mineurs peuvent aussi signaler.',
    'PHAROS ne répond pas toujours personnellement ; un seul signalement suffit pour que le contenu soit examiné.',
  ],
} as const;
