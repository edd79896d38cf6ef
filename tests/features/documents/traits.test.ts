import { describe, expect, it } from 'vitest';
import type { OffenceFinding } from '../../../src/engine/index.ts';
import { DOCUMENT_IDS } from '../../../src/engine/index.ts';
import {
  autoCompleteOf,
  inputOf,
  withJournalLocations,
} from '../../../src/features/documents/fields.ts';
import { DOCUMENT_TRAITS, documentSources } from '../../../src/features/documents/traits.ts';

const offence = (sources: OffenceFinding['sources']) => ({ sources }) as OffenceFinding;

describe('what each document is made of', () => {
  it('lists the sources of the offences it names, once each, after its own', () => {
    const offences = [offence(['cp-222-33-2-2']), offence(['cp-222-33-2-2', 'dsa-art-16'])];
    expect(documentSources('complaint-letter', ['sp-f1435'], { offences })).toEqual([
      'sp-f1435',
      'cp-222-33-2-2',
      'dsa-art-16',
    ]);
    // The erasure request names no offence: its own sources only.
    expect(documentSources('erasure-request', ['cnil-reagir'], { offences })).toEqual([
      'cnil-reagir',
    ]);
  });

  it('has one row per document', () => {
    expect(Object.keys(DOCUMENT_TRAITS).sort()).toEqual([...DOCUMENT_IDS].sort());
  });
});

describe('how a form field is typed in', () => {
  it('gives dates, e-mail and phone their own keyboards, and long answers a few lines', () => {
    expect(inputOf('senderBirthDate')).toEqual({ kind: 'date' });
    expect(inputOf('senderEmail')).toEqual({ kind: 'email' });
    expect(inputOf('facts')).toEqual({ kind: 'long', rows: 5 });
    expect(inputOf('senderName')).toEqual({ kind: 'text' });
  });

  it('lets the browser fill in the person’s own details, never a family’s', () => {
    expect(autoCompleteOf('senderName', 'user')).toBe('name');
    expect(autoCompleteOf('senderName', 'family')).toBe('off');
    expect(autoCompleteOf('court', 'user')).toBe('off');
  });

  it('adds the journal’s addresses after what was typed, without repeating one', () => {
    const typed = ' https://a.example/1 \n\nmy note';
    const result = withJournalLocations(typed, ['https://a.example/1', 'https://b.example/2']);
    expect(result.toAdd).toEqual(['https://b.example/2']);
    expect(result.merged).toBe('https://a.example/1\nmy note\nhttps://b.example/2');
    expect(withJournalLocations('x', []).toAdd).toEqual([]);
  });
});
