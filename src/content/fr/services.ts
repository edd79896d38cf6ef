import type { ActionId } from '../../engine/index.ts';

/** A service an action sends the person to, with the one address the fact base gives for it. */
export interface Service {
  /** The link's words: where it goes, with the address spelled out. */
  readonly label: string;
  readonly url: string;
  /** The fact of docs/facts that gives the address. */
  readonly fact: string;
}

/**
 * Services named in the plan's actions, each a real link to its official address. Only addresses
 * the fact base rates « haute » are here. The CNIL's complaint form is not: the fact base gives
 * no address for it (the action says "plainte en ligne sur cnil.fr" in words instead).
 */
export const SERVICES = {
  pharos: {
    label: 'Ouvrir PHAROS : internet-signalement.gouv.fr',
    url: 'https://www.internet-signalement.gouv.fr',
    fact: 'pharos.address',
  },
  'take-it-down': {
    label: 'Ouvrir Take It Down : takeitdown.ncmec.org',
    url: 'https://takeitdown.ncmec.org/',
    fact: 'platform.takeitdown.home',
  },
  stopncii: {
    label: 'Ouvrir StopNCII : stopncii.org',
    url: 'https://stopncii.org/',
    fact: 'platform.stopncii.home',
  },
  'chat-3018': {
    label: 'Ouvrir le tchat du 3018 : 3018.fr',
    url: 'https://www.3018.fr',
    fact: 'platform.e-enfance.3018-site',
  },
  'point-de-contact': {
    label: 'Ouvrir Point de Contact : pointdecontact.net',
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
