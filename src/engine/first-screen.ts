/**
 * The part of the engine the app's own script needs (the home page, reading saved answers, the
 * voice of the words): only the questions' order and the answers' reading. Every name here is also
 * exported by `index.ts`, the engine's public API, and by `questionnaire.ts`. The app's script
 * imports from this file, so that the bundler leaves the plan's rules, the questions' availability
 * and the numbers to call to the screens that load on demand (first visit: about 1 kB less).
 */
export { nextQuestion } from './evaluate/questions.ts';
export { InvalidAnswersError, parseAnswers } from './evaluate/parse.ts';
export { isMinor } from './evaluate/people.ts';
