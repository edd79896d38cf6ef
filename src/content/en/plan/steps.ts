import type { PlanCatalog } from '../../types.ts';

export const steps: PlanCatalog['steps'] = {
  emergency: {
    title: 'Get to safety',
    summary: {
      default: 'If you are in danger right now, call for help before anything else.',
      young: 'If you are in danger right now, call for help before anything else.',
    },
  },
  'dont-reply': {
    title: 'Do not reply',
    summary: {
      default: 'Do not reply and do not share anything: this stops things getting worse.',
      young: 'Don’t reply and don’t share anything: it stops things getting worse.',
      parent: 'Help your child not to reply and not to share anything.',
      professional: 'Help the person you support not to reply and not to share anything.',
      witness: 'Do not reply to the author and do not share anything, even to defend the person.',
    },
  },
  'keep-evidence': {
    // A witness's routes to report the facts live in this step (fact: witness.routes).
    title: { default: 'Keep evidence', witness: 'Keep a record and report' },
    summary: {
      default: 'Take screenshots that show the date, before the content disappears.',
      young: 'Take screenshots that show the date, before the content disappears.',
      witness:
        'Keep a record of what you saw. You can also report what happened, without filing a complaint ([[lang:fr|porter plainte]]) in place of the person targeted.',
    },
  },
  'request-removal': {
    title: 'Get the content removed',
    summary: {
      default: 'Report the content to the social network. If it refuses, there are other options.',
      young: 'Report the content to the social network. If it says no, there are other options.',
    },
  },
  'file-complaint': {
    title: 'File a complaint ([[lang:fr|porter plainte]])',
    summary: {
      default:
        'A complaint to the police ([[lang:fr|plainte]]) alerts the justice system. You can file one even if you do not know who the author is.',
      young:
        'A complaint to the police ([[lang:fr|plainte]]) alerts the justice system. You can file one even if you don’t know who did it.',
      witness:
        'Filing a complaint to the police ([[lang:fr|plainte]]) is up to the person targeted. Your statement as a witness can help them.',
    },
  },
  'report-pharos': {
    title: 'Report to PHAROS',
    summary:
      'PHAROS is the official website of the police and the [[lang:fr|gendarmerie]] (the police force in rural areas and small towns) for reporting some kinds of illegal public content.',
  },
};
