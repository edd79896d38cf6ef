import type { Answers, ContentKind } from '../model/answers.ts';
import type { SourceId } from '../model/catalog.ts';
import type { DeadlineId, UndatedId } from '../rules/deadlines.ts';
import { DEADLINE_RULES, OFFENCE_KINDS, PRESS_KINDS } from '../rules/deadlines.ts';
import { MINOR_SEXUAL_OFFENCE, REPEATED } from '../rules/conditions.ts';
import { holds } from './condition.ts';

/** An act as the journal dates it: `YYYY-MM-DD`, with an optional time after it. */
export interface DatedAct {
  readonly occurredAt: string;
  readonly kinds: readonly ContentKind[];
}

/** A limit with its date. */
export interface Deadline {
  readonly id: DeadlineId;
  /** The act's day it counts from (`YYYY-MM-DD`). */
  readonly from: string;
  /**
   * The day to act before (`YYYY-MM-DD`): the same day of the month, months later (the month's
   * last day when it has no such day). Acting before it is always in time.
   */
  readonly before: string;
  /** `before` is today or earlier. */
  readonly passed: boolean;
  readonly sources: readonly SourceId[];
}

export interface Deadlines {
  /** Soonest first. */
  readonly dated: readonly Deadline[];
  readonly undated: readonly UndatedId[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day. Null for a malformed day. */
export function addMonths(day: string, months: number): string | null {
  const match = DAY.exec(day);
  if (match === null) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * The limits to act that the journal's acts date, for these answers, as of `today`
 * (`YYYY-MM-DD`). Pure: reads its inputs only, never mutates them.
 * - Insults and rumours: 3 months from each act (the publication may be earlier: the words say
 *   so); public discriminatory words (`hate`): 1 year; not only public: no date.
 * - Repeated acts (harassment): 6 years from the last act.
 * - Threats, images, identity theft…: 6 years from each act (the soonest is shown).
 * - A sexual offence against a possible minor: no date at all.
 */
export function deadlinesFor(
  answers: Answers,
  acts: readonly DatedAct[],
  today: string,
): Deadlines {
  const dated: Deadline[] = [];
  const undated = new Set<UndatedId>();
  const make = (id: DeadlineId, from: string): void => {
    const before = addMonths(from, DEADLINE_RULES[id].months);
    if (before === null) return;
    dated.push({
      id,
      from: from.slice(0, 10),
      before,
      passed: before <= today,
      sources: DEADLINE_RULES[id].sources,
    });
  };
  const minorSexual = (kinds: readonly ContentKind[]) =>
    holds(MINOR_SEXUAL_OFFENCE, { age: answers.age ?? 'unknown', contentKinds: kinds });
  const onlyPublic = answers.visibility === 'public';

  for (const act of acts) {
    if (act.kinds.includes('hate')) {
      if (onlyPublic) make('press-discriminatory', act.occurredAt);
      else undated.add('discriminatory-open');
    } else if (act.kinds.some((kind) => PRESS_KINDS.includes(kind))) {
      make('press', act.occurredAt);
    }
  }
  const sexual = acts.filter((act) => minorSexual(act.kinds));
  if (sexual.length > 0) undated.add('minor-sexual');
  const others = acts.filter(
    (act) => !minorSexual(act.kinds) && act.kinds.some((kind) => OFFENCE_KINDS.includes(kind)),
  );
  const [soonest] = [...others].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  if (soonest !== undefined) make('offences', soonest.occurredAt);
  // Harassment: the series counts from its last act; not said when a sexual offence against a
  // possible minor is in the series (its limit is longer, and counted otherwise).
  if (holds(REPEATED, answers) && sexual.length === 0) {
    const [last] = [...acts].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    if (last !== undefined) make('harassment', last.occurredAt);
  }
  dated.sort((a, b) => a.before.localeCompare(b.before) || a.id.localeCompare(b.id));
  return { dated, undated: [...undated] };
}
