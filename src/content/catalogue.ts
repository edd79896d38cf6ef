import type { DocumentId } from '../engine/index.ts';
import type { documentFields, DocumentPageText, documentsUi } from './fr/documents.ts';
import type { deadlinesText } from './fr/deadlines.ts';
import type { pharosGuide } from './fr/pharos.ts';
import type { journalText } from './fr/journal.ts';
import type { offline } from './fr/offline.ts';
import type { PlatformGuide } from './fr/platforms.ts';
import type { sharedSession } from './fr/shared-session.ts';
import type { traces } from './fr/traces.ts';
import type { trackerText } from './fr/tracker.ts';
import type { screens } from './fr/screens.ts';
import type { ui } from './fr/ui.ts';
import type { PlatformId } from './platforms.ts';
import type { PlanCatalog, QuestionCatalog } from './types.ts';

/**
 * The shape of a catalogue written `as const` in French, with every string widened: another locale
 * must give every key the French gives (with the same audience variants), in its own words.
 */
export type Words<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Words<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Words<T[K]> }
      : T;

/**
 * Every area of words a screen may read, one file per area and per locale (`src/content/<locale>/`).
 * A locale is complete when each of its areas has this type: a missing key is a type error. French
 * is the source of truth; letters to French authorities and their offences stay French in every
 * locale (src/content/fr/documents.ts `documentsText`, src/content/fr/offences.ts).
 */
export interface Catalogue {
  /** The frame, home, saving, errors. Loaded first. */
  readonly ui: Words<typeof ui>;
  /** The questions' page, emergency, plan, step, summary, glossary: loaded with those screens. */
  readonly screens: Words<typeof screens>;
  /** The questions, their options and the help lines. Loaded first. */
  readonly questions: QuestionCatalog;
  /** Steps, actions, reasons, warnings, documents' names, services, glossary. */
  readonly plan: PlanCatalog;
  readonly journal: Words<typeof journalText>;
  /** The documents' screens, their pages and their form fields (the letters themselves stay French). */
  readonly documents: {
    readonly ui: Words<typeof documentsUi>;
    readonly pages: Readonly<Record<DocumentId, DocumentPageText>>;
    readonly fields: Words<typeof documentFields>;
  };
  /** Platform guides: the words of each guide, link texts in the order of `PLATFORM_LINKS`. */
  readonly platforms: {
    readonly guides: Readonly<Record<PlatformId, PlatformGuide>>;
    readonly common: readonly string[];
  };
  readonly traces: Words<typeof traces>;
  readonly offline: Words<typeof offline>;
  readonly sharedSession: Words<typeof sharedSession>;
  readonly deadlines: Words<typeof deadlinesText>;
  readonly pharos: Words<typeof pharosGuide>;
  /** "Suivi de mes démarches": the reports made, where each stands, what to do next. */
  readonly tracker: Words<typeof trackerText>;
}

export type Area = keyof Catalogue;

/** How a locale's areas are loaded: each in its own chunk, fetched the first time it is read. */
export type Loaders = { readonly [A in Area]: () => Promise<Catalogue[A]> };
