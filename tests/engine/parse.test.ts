import { describe, expect, it } from 'vitest';
import { InvalidAnswersError, parseAnswers } from '../../src/engine/index.ts';

const fieldsOf = (input: unknown): readonly string[] => {
  try {
    parseAnswers(input);
  } catch (error) {
    if (error instanceof InvalidAnswersError) return error.fields;
    throw error;
  }
  return [];
};

describe('parseAnswers', () => {
  it('rejects anything that is not an object of answers, as a whole', () => {
    for (const input of [null, undefined, 'victim', 42, ['role'], true]) {
      expect(fieldsOf(input)).toEqual(['answers']);
    }
  });

  it('treats a field set to undefined as not answered', () => {
    expect(parseAnswers({ role: 'victim', age: undefined })).toEqual({ role: 'victim' });
  });

  it('names each bad field in its message', () => {
    const error = (() => {
      try {
        parseAnswers({ role: 'boss', contentKinds: ['insults', 'memes'] });
      } catch (e) {
        return e as InvalidAnswersError;
      }
      return null;
    })();
    expect(error?.name).toBe('InvalidAnswersError');
    expect(error?.fields).toEqual(['role', 'contentKinds']);
    expect(error?.message).toContain('role, contentKinds');
  });

  it('returns copies of lists, so later changes to the input do not leak in', () => {
    const kinds = ['insults'];
    const answers = parseAnswers({ contentKinds: kinds });
    kinds.push('hate');
    expect(answers.contentKinds).toEqual(['insults']);
  });

  it('does not accept inherited or prototype keys as questions', () => {
    expect(fieldsOf({ toString: 'victim' })).toEqual(['toString']);
    expect(fieldsOf(JSON.parse('{"__proto__": {"role": "victim"}}'))).toEqual(['__proto__']);
  });
});
