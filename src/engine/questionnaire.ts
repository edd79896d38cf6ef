/**
 * The part of the engine the first screens need (home, questions, emergency): the questions, their
 * order and availability, reading saved answers, and the numbers to call. Every name here is also
 * exported by `index.ts`, the engine's public API. Screens of a first visit import from this file
 * instead, because the bundler places every module the index re-exports (the plan's step tables,
 * the offences) in the first visit's files as soon as the index is imported statically.
 */
export { OPTIONS } from './model/answers.ts';
export { contactsFor } from './evaluate/contacts.ts';
export { questionAvailability } from './evaluate/availability.ts';
export {
  applicableAnswers,
  askedQuestions,
  missingQuestions,
  nextQuestion,
} from './evaluate/questions.ts';
export { InvalidAnswersError, parseAnswers } from './evaluate/parse.ts';
export { isMinor } from './evaluate/people.ts';
export { QUESTIONS } from './rules/questions.ts';
