import type {
  ActionId,
  ContactId,
  DocumentId,
  OptionOf,
  QuestionId,
  ReasonId,
  SourceId,
  StepId,
  WarningId,
} from '../engine/index.ts';
import type { ServiceId } from './services.ts';

/**
 * Who reads the text. Derived from the answers (see src/i18n):
 * - `young`: the person targeted is a minor and uses Balise themself — addressed with "tu";
 * - `adult`: the person targeted is an adult (or did not say their age) — "vous";
 * - `parent`: a parent helping their child — "vous", "votre enfant";
 * - `professional`: school, health or association staff — "vous", "l'élève / la personne accompagnée";
 * - `witness`: someone who saw it happen to another person.
 */
export type Audience = 'young' | 'adult' | 'parent' | 'professional' | 'witness';

/**
 * A text that may change with the audience: a plain string for everyone, or a `default` with
 * variants. Inline glossary links are written `[[glossary-id|words shown]]`.
 */
export type Voiced = string | ({ readonly default: string } & Partial<Record<Audience, string>>);

/** A phrase with a number: the singular (also for 0, in French) and the plural, `{count}` filled in. */
export interface Counted {
  readonly one: string;
  readonly other: string;
}

export interface QuestionContent<Q extends QuestionId> {
  /** The question itself: the fieldset's legend. */
  readonly legend: Voiced;
  /** "Pourquoi cette question ?": why the answer matters, in one or two plain sentences. */
  readonly why: Voiced;
  /** Optional help under the legend (e.g. "plusieurs réponses possibles"). */
  readonly hint?: Voiced;
  /** Words for each of the engine's options. The option meaning "Je ne sais pas" says so. */
  readonly options: Readonly<
    Record<OptionOf<Q> & string, { readonly label: Voiced; readonly hint?: Voiced }>
  >;
  /** How "Mes réponses" names the question (short noun phrase). */
  readonly summaryLabel: Voiced;
}

export interface StepContent {
  /** Short imperative title, e.g. "Ne pas répondre". */
  readonly title: Voiced;
  /** One sentence shown on the plan under the title. */
  readonly summary: Voiced;
}

export interface ActionContent {
  /** What to do, one sentence, imperative. */
  readonly text: Voiced;
  /** Optional detail shown on the step page (how, where, what to bring). */
  readonly detail?: Voiced;
}

export interface WarningContent {
  readonly title: Voiced;
  readonly text: Voiced;
}

export interface ContactContent {
  /** E.g. "17 — Police secours et gendarmerie". */
  readonly name: string;
  /** What it is for, one sentence. */
  readonly what: Voiced;
  /** Hours and cost, e.g. "24 h/24, 7 j/7, gratuit". The number itself is in CONTACT_LINES. */
  readonly hours: string;
}

export interface DocumentContent {
  readonly title: Voiced;
  readonly description: Voiced;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

/** Words needed from the first screen on: the questions and the help lines. */
export interface QuestionCatalog {
  readonly questions: { readonly [Q in QuestionId]: QuestionContent<Q> };
  readonly contacts: Readonly<Record<ContactId, ContactContent>>;
}

/** Words of the plan, loaded with it. The French catalog is the source of truth. */
export interface PlanCatalog {
  readonly steps: Readonly<Record<StepId, StepContent>>;
  readonly actions: Readonly<Record<ActionId, ActionContent>>;
  readonly reasons: Readonly<Record<ReasonId, Voiced>>;
  readonly warnings: Readonly<Record<WarningId, WarningContent>>;
  readonly documents: Readonly<Record<DocumentId, DocumentContent>>;
  readonly services: Readonly<Record<ServiceId, string>>;
  readonly glossary: Readonly<Record<string, GlossaryEntry>>;
}

export type Confidence = 'haute' | 'moyenne' | 'basse';

/** A legal or practical reference, as given by the fact base (docs/facts). */
export interface Source {
  /** Title as the user sees it, e.g. "Cyberharcèlement (harcèlement sur internet)". */
  readonly title: string;
  /** Who publishes it, e.g. "Service-public.fr". */
  readonly publisher: string;
  /** Official address; omitted when no fact of docs/facts gives it. */
  readonly url?: string;
  /** Date shown by the source ("mis à jour le …", "vérifié le …"), ISO yyyy-mm-dd, when known. */
  readonly date?: string;
  readonly confidence: Confidence;
}

export type SourceCatalog = Readonly<Record<SourceId, Source>>;
