import type { Catalogue } from '../catalogue.ts';

/**
 * Extra guidance shown on some step pages, beyond the engine's actions: the `pharos.*` facts of
 * docs/facts (their sources: `PHAROS_GUIDE_SOURCES` in src/content/services.ts).
 */
export const pharos: Catalogue['pharos'] = {
  title: 'PHAROS, the government platform for reporting illegal content online',
  // fact: pharos.categories, pharos.public-illegal-content
  accepts: [
    'Threats or calls for violence.',
    'Hatred or discrimination (racism, sexism, homophobia…).',
    'Images of child sexual abuse, and sexual proposals made to a minor.',
    'Terrorism (threats, or praising it).',
    'Putting someone in danger, for example a post announcing a suicide.',
    'Public content, that anyone can see, or messages from an anonymous stranger who approaches a minor.',
  ],
  // fact: emergency.pharos-not-emergency, pharos.public-illegal-content, pharos.not-a-complaint
  refuses: [
    'Emergencies: if there is immediate danger, call 17 (police emergency) or 112 (emergency number).',
    'A private matter with someone you know: go to the police station (commissariat) or the gendarmerie (the police force in rural areas and small towns).',
    'Replacing a complaint to the police: reporting to PHAROS is not the same as filing a complaint (porter plainte).',
    'Content that is only shocking, without being forbidden by law.',
  ],
  // fact: pharos.address, pharos.open-to-minors, pharos.what-happens-next, removal.one-report-is-enough
  notes: [
    'Reporting is free; you give the date, the time and the address (URL) of the content.',
    'Minors can report too.',
    'PHAROS does not always reply personally; a single report is enough for the content to be examined.',
  ],
};
