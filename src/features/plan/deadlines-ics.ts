import type { Deadline } from '../../engine/index.ts';

/**
 * The plan's deadlines as an iCalendar file (RFC 5545), made on the device: one all-day event on
 * the last day that is surely in time (the day before "before"), with a reminder two weeks
 * earlier. Passed deadlines are left out. Pure: the words and the clock come from the caller.
 */
export interface IcsEvent {
  readonly deadline: Deadline;
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

export function deadlinesIcs(events: readonly IcsEvent[], now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Balise//Delais//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const { deadline, summary, description } of events) {
    if (deadline.passed) continue;
    const last = dayBefore(deadline.before);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${deadline.id}-${compact(deadline.from)}-${compact(deadline.before)}@balise.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(last)}`,
      `DTEND;VALUE=DATE:${compact(deadline.before)}`,
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
