import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { Answers, Plan, RuleBook } from '../engine/index.ts';
import { RULE_BOOK, decide } from '../engine/index.ts';

/** The rule book the screens decide with: the law's, unless a provider above gives another. */
const InForce = createContext<RuleBook>(RULE_BOOK);

/**
 * Makes the screens below decide with `book`. Balise itself never uses it (the law's book is the
 * default): screen tests give a small made-up book, so that they test the screen, not the law.
 */
export function RuleBookProvider({ book, children }: { book: RuleBook; children: ReactNode }) {
  return <InForce value={book}>{children}</InForce>;
}

/** The plan for these answers, by the rule book in force. */
export function usePlan(answers: Answers): Plan {
  return decide(answers, useContext(InForce));
}
