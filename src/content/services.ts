import type { ActionId, SourceId } from '../engine/index.ts';

/** A service an action sends the person to, with the one address the fact base gives for it. */
export interface Service {
  readonly url: string;
  /** The fact of docs/facts that gives the address. */
  readonly fact: string;
}

/**
 * Services named in the plan's actions (each locale's `plan.services` gives the link's words: where it
 * goes, with the address spelled out), each a real link to its official address. Only addresses
 * the fact base rates « haute » are here. The CNIL's complaint form is not: the fact base gives
 * no address for it (the action says "plainte en ligne sur cnil.fr" in words instead).
 */
export const SERVICES = {
  pharos: {
    url: 'https://www.internet-signalement.gouv.fr',
    fact: 'pharos.address',
  },
  'take-it-down': {
    url: 'https://takeitdown.ncmec.org/',
    fact: 'platform.takeitdown.home',
  },
  stopncii: {
    url: 'https://stopncii.org/',
    fact: 'platform.stopncii.home',
  },
  'chat-3018': {
    url: 'https://www.3018.fr',
    fact: 'platform.e-enfance.3018-site',
  },
  'point-de-contact': {
    url: 'https://www.pointdecontact.net/',
    fact: 'platform.pointdecontact.report',
  },
} as const satisfies Record<string, Service>;

export type ServiceId = keyof typeof SERVICES;

/** The services each action names, in the order it names them. */
export const ACTION_SERVICES: Partial<Record<ActionId, readonly ServiceId[]>> = {
  'report-on-pharos': ['pharos'],
  'take-it-down': ['take-it-down'],
  stopncii: ['stopncii'],
  'call-3018': ['chat-3018'],
  'call-3018-fast-removal': ['chat-3018'],
  'report-without-attaching-content': ['point-de-contact'],
};

/** Where the PHAROS guide of the step page comes from (facts pharos.*). */
export const PHAROS_GUIDE_SOURCES: readonly SourceId[] = [
  'sp-r17674',
  'sp-f31979',
  'moncommissariat-pharos',
  'pn-pharos',
];
