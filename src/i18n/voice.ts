import type { Answers } from '../engine/index.ts';
import { isMinor } from '../engine/first-screen.ts';
import type { Audience, Voiced } from '../content/types.ts';

/** Who reads the text, from the answers: a young victim is addressed with "tu", others with "vous". */
export function audienceOf(answers: Answers): Audience | null {
  switch (answers.role) {
    case 'victim':
      return isMinor(answers) ? 'young' : 'adult';
    case 'parent':
      return 'parent';
    case 'professional':
      return 'professional';
    case 'witness':
      return 'witness';
    default:
      return null;
  }
}

/** The words of `text` for this audience, or its default. */
export function voice(text: Voiced, audience: Audience | null): string {
  if (typeof text === 'string') return text;
  return (audience === null ? undefined : text[audience]) ?? text.default;
}

/** Replaces `{name}` placeholders with values; unknown names are left visible so tests catch them. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export { plainText } from '../lib/markup.ts';
