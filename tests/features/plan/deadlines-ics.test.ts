import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../src/engine/index.ts';
import type { IcsEvent } from '../../../src/features/plan/deadlines-ics.ts';
import {
  deadlineEvent,
  deadlinesIcs,
  escapeIcsText,
  foldIcsLine,
} from '../../../src/features/plan/deadlines-ics.ts';

const deadline = (over: Partial<Deadline> = {}): Deadline => ({
  id: 'press',
  from: '2024-03-03',
  before: '2024-06-03',
  passed: false,
  sources: [],
  ...over,
});

describe('the deadlines as a calendar file', () => {
  it('puts each deadline still ahead on its last sure day, with a reminder two weeks before', () => {
    const events = [
      deadlineEvent(deadline(), 'Délai : injure du 3 mars', 'Avant le 3 juin; vite, vraiment'),
      deadlineEvent(deadline({ id: 'harassment', passed: true }), 'Passé', ''),
    ].filter((event): event is IcsEvent => event !== null);
    const ics = deadlinesIcs(events, new Date('2024-04-01T08:30:00.000Z'));
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('DTSTART;VALUE=DATE:20240602');
    expect(lines).toContain('DTEND;VALUE=DATE:20240603');
    expect(lines).toContain('DTSTAMP:20240401T083000Z');
    expect(lines).toContain('TRIGGER:-P14D');
    expect(lines).toContain('DESCRIPTION:Avant le 3 juin\\; vite\\, vraiment');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).not.toContain('Passé');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('puts a report’s next step on the day its silence calls for it, across a month’s end', () => {
    const ics = deadlinesIcs(
      [{ uid: 'suivi-1', day: '2024-04-30', summary: 'Plainte', description: 'Partie civile' }],
      new Date('2024-04-01T08:30:00.000Z'),
    );
    expect(ics).toContain('UID:suivi-1@balise.invalid');
    expect(ics).toContain('DTSTART;VALUE=DATE:20240430');
    expect(ics).toContain('DTEND;VALUE=DATE:20240501');
  });

  it('escapes what iCalendar reserves', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without cutting a character, and unfolds to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldIcsLine(`DESCRIPTION:${text}`);
        for (const line of folded.split('\r\n')) {
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        }
        expect(folded.replaceAll('\r\n ', '')).toBe(`DESCRIPTION:${text}`);
      }),
    );
  });
});
