/** Dates and sizes as French readers expect them. */

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const instantFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** A day as `YYYY-MM-DD`, in the person's own time zone (today by default). */
export function localDay(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' as typed (local wall time, shown as is). */
export function formatOccurred(occurredAt: string): string {
  const hasTime = occurredAt.length > 10;
  const date = new Date(`${hasTime ? occurredAt : `${occurredAt}T00:00`}:00Z`);
  if (Number.isNaN(date.getTime())) return occurredAt;
  return hasTime ? dateTimeFormat.format(date) : dateFormat.format(date);
}

export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dateFormat.format(date);
}

/** An ISO instant in the user's own time zone. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : instantFormat.format(date);
}

const units = ['o', 'ko', 'Mo', 'Go', 'To'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: digits })} ${units[unit] ?? ''}`;
}
