import { createContext, useContext } from 'react';
import type { Audience, Voiced } from '../content/types.ts';
import { voice } from './voice.ts';

const AudienceContext = createContext<Audience | null>(null);

export const AudienceProvider = AudienceContext.Provider;

/** Returns `v(text)`: the words of a `Voiced` text for the current reader. */
export function useVoice(): (text: Voiced) => string {
  const audience = useContext(AudienceContext);
  return (text: Voiced) => voice(text, audience);
}

export function useAudience(): Audience | null {
  return useContext(AudienceContext);
}
