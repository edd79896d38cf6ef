import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ActionId, PlanStep } from '../../engine/index.ts';
import { withReports } from '../../engine/index.ts';
import { usePlan } from '../../common/rule-book.tsx';
import { ContactsList } from '../../common/contacts-list.tsx';
import { useVoice } from '../../i18n/context.tsx';
import { counted } from '../../i18n/plural.ts';
import { fill, plainText } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import { useArrivalFocus } from '../../ui/arrival-focus.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { useTracker } from '../../stores/tracker.ts';
import { DoneToggle } from './done-toggle.tsx';
import { Deadlines } from './deadlines.tsx';
import { JournalSummary } from './journal-summary.tsx';
import { TrackerSummary } from './tracker-summary.tsx';
import { ReasonsList } from './reasons-list.tsx';
import { ServiceLinks } from './service-links.tsx';
import { words } from '../../i18n/words.ts';

/**
 * How many of the next step's actions show before "Voir les autres actions"; more when the
 * engine marks more of them urgent (a blackmailed teenager's first moves all show).
 */
const FIRST_ACTIONS = 3;

/** `/plan`: the six steps in order, the next one highlighted and focused. */
export function PlanPage() {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  // The reports logged in the follow-up complete the answers: the plan follows what was done.
  const reports = useTracker((s) => s.reports);
  const plan = usePlan(withReports(answers, reports));
  const title = v(words.screens.plan.title);
  // Arriving, focus goes to the first thing to read: the warnings above the steps when there are
  // some, else the next step, else (all done) the page's heading.
  const warned = plan.warnings.length > 0;
  const warningsHeading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(warningsHeading, warned);

  return (
    <>
      <PageHeading focus={plan.next === null && !warned}>{title}</PageHeading>
      <p className="lead">{v(words.screens.plan.lead)}</p>

      {plan.missing.length > 0 ? (
        <Notice tone="info" title={words.screens.plan.provisional}>
          <p>{counted(words.screens.plan.provisionalText, plan.missing.length)}</p>
          <p className="link-line">
            <Link to={`/questions/${plan.missing[0] ?? 'role'}`}>
              {words.screens.plan.continueQuestions}
            </Link>
          </p>
        </Notice>
      ) : null}

      {plan.warnings.length > 0 ? (
        <section aria-labelledby="plan-warnings" className="warnings">
          <h2 id="plan-warnings" ref={warningsHeading} tabIndex={-1}>
            {words.screens.plan.warningsTitle}
          </h2>
          {plan.warnings.map((id) => (
            <div key={id} className="notice notice--warning" id={`warning-${id}`}>
              <h3 className="notice__title">{plainText(v(words.plan.warnings[id].title))}</h3>
              <p>
                <RichText text={v(words.plan.warnings[id].text)} />
              </p>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="plan-steps">
        <h2 id="plan-steps" className="visually-hidden">
          {words.screens.plan.stepsTitle}
        </h2>
        {plan.next === null ? (
          <Notice tone="success">
            <p>{v(words.screens.plan.allDone)}</p>
          </Notice>
        ) : null}
        <ol className="steps">
          {plan.steps.map((step, index) => (
            <StepCard
              key={step.id}
              step={step}
              number={stepNumber(plan.steps, index)}
              isNext={plan.next === step.id}
              focus={plan.next === step.id && !warned}
            />
          ))}
        </ol>
      </section>

      <Deadlines answers={answers} />
      <TrackerSummary />

      {plan.contacts.length > 0 ? (
        <section aria-labelledby="plan-contacts">
          <h2 id="plan-contacts">{words.screens.plan.contactsTitle}</h2>
          <ContactsList ids={plan.contacts} />
        </section>
      ) : null}

      <section aria-labelledby="plan-documents">
        <h2 id="plan-documents">{v(words.screens.plan.documentsTitle)}</h2>
        <p>{v(words.screens.plan.documentsIntro)}</p>
        <ul className="documents">
          {plan.documents.map((id) => (
            <li key={id} id={`document-${id}`}>
              <Link to={`/documents/${id}`}>
                <strong>{plainText(v(words.plan.documents[id].title))}</strong>
              </Link>
              {' — '}
              <RichText text={v(words.plan.documents[id].description)} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** A step's number: emergency, before all of them, has none, so the first step is "Étape 1". */
const stepNumber = (steps: readonly PlanStep[], index: number): number =>
  steps.slice(0, index + 1).filter((step) => step.id !== 'emergency').length;

function StepCard({
  step,
  number,
  isNext,
  focus,
}: {
  step: PlanStep;
  number: number;
  isNext: boolean;
  /** Take the focus when the plan appears. */
  focus: boolean;
}) {
  const v = useVoice();
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading, focus);
  const content = words.plan.steps[step.id];
  const headingId = `step-${step.id}-title`;
  const applies = step.status !== 'not-applicable';
  const label =
    step.id === 'emergency'
      ? plainText(v(content.title))
      : fill(words.screens.plan.stepNumber, { number, title: plainText(v(content.title)) });

  return (
    <li
      id={`step-${step.id}`}
      data-status={step.status}
      className={`step step--${step.status}${isNext ? ' step--next' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {label}
      </h3>
      <p className="step__status">
        {isNext ? <strong className="badge badge--next">{words.screens.plan.next}</strong> : null}
        <span className={`badge badge--${step.status}`}>
          {words.screens.plan.status[step.status]}
        </span>
      </p>
      <p>
        <RichText text={v(content.summary)} />
      </p>
      {step.id === 'keep-evidence' && applies ? <JournalSummary /> : null}
      {applies ? (
        <StepActions
          actions={step.actions}
          shown={isNext ? Math.max(FIRST_ACTIONS, step.urgent.length) : 0}
        />
      ) : null}
      <details className="why">
        <summary>{applies ? words.screens.plan.why : words.screens.plan.whyNot}</summary>
        <ReasonsList reasons={step.reasons} />
      </details>
      {applies ? (
        <p className="step__links">
          <Link to={`/plan/${step.id}`}>
            {words.screens.plan.details}
            <span className="visually-hidden"> : {plainText(v(content.title))}</span>
          </Link>
          <DoneToggle step={step} />
        </p>
      ) : null}
    </li>
  );
}

/**
 * A step's actions on the plan: the first `shown` at once, the others behind one button (a
 * disclosure: `aria-expanded`, and the list it opens comes right after it, where Tab goes next).
 */
function StepActions({ actions, shown }: { actions: PlanStep['actions']; shown: number }) {
  const v = useVoice();
  const [open, setOpen] = useState(false);
  const restId = useId();
  const first = actions.slice(0, shown);
  const rest = actions.slice(shown);
  const toggle = shown === 0 ? words.screens.plan.showActions : words.screens.plan.moreActions;
  const item = (id: ActionId) => (
    <li key={id} data-action={id}>
      <RichText text={v(words.plan.actions[id].text)} />
      <ServiceLinks action={id} />
    </li>
  );
  return (
    <>
      {first.length > 0 ? <ul className="step__actions">{first.map(item)}</ul> : null}
      {rest.length > 0 ? (
        <>
          <button
            type="button"
            className="link-button disclosure"
            aria-expanded={open}
            aria-controls={restId}
            onClick={() => {
              setOpen(!open);
            }}
          >
            {rest.length === 1 ? toggle.one : fill(toggle.other, { count: rest.length })}
          </button>
          <ul className="step__actions" id={restId} hidden={!open}>
            {rest.map(item)}
          </ul>
        </>
      ) : null}
    </>
  );
}
