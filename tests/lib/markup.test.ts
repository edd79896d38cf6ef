import { describe, expect, it } from 'vitest';
import { plainText, termsOf, textParts } from '../../src/lib/markup.ts';
import { audienceOf, fill, voice } from '../../src/i18n/voice.ts';

describe('content markup', () => {
  it('turns [[id|words]] into a term and keeps the rest as text', () => {
    expect(
      textParts('Aller au [[commissariat|commissariat]] ou écrire au [[procureur|procureur]].'),
    ).toEqual([
      { kind: 'text', text: 'Aller au ' },
      { kind: 'term', id: 'commissariat', text: 'commissariat' },
      { kind: 'text', text: ' ou écrire au ' },
      { kind: 'term', id: 'procureur', text: 'procureur' },
      { kind: 'text', text: '.' },
    ]);
    expect(plainText('la [[plainte-contre-x|plainte contre X]]')).toBe('la plainte contre X');
    expect(termsOf('[[a|A]] et [[b|B]]')).toEqual(['a', 'b']);
  });

  it('never turns content into HTML', () => {
    expect(textParts('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});

describe('voice', () => {
  it('says "tu" to a young victim and "vous" to an adult', () => {
    expect(audienceOf({ role: 'victim', age: 'under-15' })).toBe('young');
    expect(audienceOf({ role: 'victim', age: '15-17' })).toBe('young');
    expect(audienceOf({ role: 'victim', age: 'adult' })).toBe('adult');
    expect(audienceOf({ role: 'victim' })).toBe('adult');
    expect(audienceOf({ role: 'parent' })).toBe('parent');
    expect(audienceOf({ role: 'professional' })).toBe('professional');
    expect(audienceOf({ role: 'witness' })).toBe('witness');
    expect(audienceOf({})).toBeNull();
  });

  it('falls back to the default words', () => {
    const text = { default: 'Vous', young: 'Tu' };
    expect(voice(text, 'young')).toBe('Tu');
    expect(voice(text, 'parent')).toBe('Vous');
    expect(voice(text, null)).toBe('Vous');
    expect(voice('Pareil', 'young')).toBe('Pareil');
  });

  it('fills named values and leaves unknown names visible', () => {
    expect(fill('Question {position} sur {total}', { position: 2, total: 9 })).toBe(
      'Question 2 sur 9',
    );
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});
