import type { Deadline } from '../../engine/index.ts';

/**
 * The plan's dates as an iCalendar file (RFC 5545), made on the device: one all-day event each,
 * with a reminder two weeks earlier. A deadline's event is on the last day that is surely in time
 * (the day before "before"); a report's, on the day its silence calls for the next step. Pure:
 * the words and the clock come from the caller.
 */
export interface IcsEvent {
  /** Unique and stable for the same date, so that importing the file again updates it. */
  readonly uid: string;
  /** The event's day (`YYYY-MM-DD`). */
  readonly day: string;
  readonly summary: string;
  readonly description: string;
}

/** Text as iCalendar wants it: backslash, semicolon, comma and line breaks escaped. */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character, with CRLF + space. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets, the next ones 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replaceAll('-', '');

/** The day before `YYYY-MM-DD`. */
function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** A deadline still ahead as an event on its last sure day; null once passed. */
export function deadlineEvent(
  deadline: Deadline,
  summary: string,
  description: string,
): IcsEvent | null {
  if (deadline.passed) return null;
  return {
    uid: `${deadline.id}-${compact(deadline.from)}-${compact(deadline.before)}`,
    day: dayBefore(deadline.before),
    summary,
    description,
  };
}

/** The day after `YYYY-MM-DD`. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function deadlinesIcs(events: readonly IcsEvent[], now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Balise//Delais//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const { uid, day, summary, description } of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@balise.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(day)}`,
      `DTEND;VALUE=DATE:${compact(dayAfter(day))}`,
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(summary)}`,
      'TRIGGER:-P14D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
