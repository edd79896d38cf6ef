import type { Condition } from '../model/condition.ts';
import { has, MUST_NOT_COPY } from './conditions.ts';

/**
 * What the evidence journal does with files attached to an act of these kinds:
 * - `refuse`: no file, ever (copying the content is itself an offence);
 * - `confirm-no-intimate-image`: files are taken once the person confirms the capture shows no
 *   intimate image (blackmail messages, the blackmailer's profile, payment details);
 * - `accept`: files are taken.
 */
export const ATTACHMENT_POLICIES = ['refuse', 'confirm-no-intimate-image', 'accept'] as const;
export type AttachmentPolicy = (typeof ATTACHMENT_POLICIES)[number];

/** One row: when `when` holds for the act's kinds and the person's age, files get `policy`. */
export interface AttachmentRow {
  readonly when: Condition;
  readonly policy: Exclude<AttachmentPolicy, 'accept'>;
}

/**
 * Read top to bottom, the first row that holds decides; none holding means `accept`.
 * An unanswered age counts as "maybe a minor" (the caller passes `unknown`): when unsure, protect.
 */
export const ATTACHMENT_RULES: readonly AttachmentRow[] = [
  // The ban on copying covers images: child sexual content, and intimate images of someone who
  // may be a minor (C. pén. 227-23; fact: sextortion.copy-ban-images-only).
  // One condition with the plan's no-copy advice, so the journal and the plan never disagree.
  { when: MUST_NOT_COPY, policy: 'refuse' },
  // Blackmail messages, the profile and payment details are evidence to keep, cropped so that no
  // intimate image or thumbnail shows (CPP 427; fact: sextortion.copy-ban-images-only).
  { when: has('sextortion'), policy: 'confirm-no-intimate-image' },
];
