import { useRef } from 'react';
import { Link } from 'react-router';
import type { Answers, PlanStep } from '../../engine/index.ts';
import { decide } from '../../engine/index.ts';
import { fr } from '../../content/fr/engine.ts';
import { ui } from '../../content/fr/ui.ts';
import { ContactsList } from '../../common/contacts-list.tsx';
import { useVoice } from '../../i18n/context.tsx';
import { fill, plainText } from '../../i18n/voice.ts';
import { Notice } from '../../ui/notice.tsx';
import { useArrivalFocus } from '../../ui/arrival-focus.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { DoneToggle } from './done-toggle.tsx';
import { JournalSummary } from './journal-summary.tsx';
import { ReasonsList } from './reasons-list.tsx';

/** `/plan`: the six steps in order, the next one highlighted and focused. */
export function PlanPage() {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  const plan = decide(answers);
  const title = v(ui.plan.title);

  return (
    <>
      <PageHeading title={title} focus={plan.next === null}>
        {title}
      </PageHeading>
      <p className="lead">{v(ui.plan.lead)}</p>

      {plan.missing.length > 0 ? (
        <Notice tone="info" title={ui.plan.provisional}>
          <p>{fill(v(ui.plan.provisionalText), { count: plan.missing.length })}</p>
          <p>
            <Link to={`/questions/${plan.missing[0] ?? 'role'}`}>{ui.plan.continueQuestions}</Link>
          </p>
        </Notice>
      ) : null}

      {plan.warnings.length > 0 ? (
        <section aria-labelledby="plan-warnings" className="warnings">
          <h2 id="plan-warnings">{ui.plan.warningsTitle}</h2>
          {plan.warnings.map((id) => (
            <div key={id} className="notice notice--warning" id={`warning-${id}`}>
              <h3 className="notice__title">{plainText(v(fr.warnings[id].title))}</h3>
              <p>
                <RichText text={v(fr.warnings[id].text)} />
              </p>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="plan-steps">
        <h2 id="plan-steps" className="visually-hidden">
          {ui.plan.stepsTitle}
        </h2>
        {plan.next === null ? (
          <Notice tone="success">
            <p>{v(ui.plan.allDone)}</p>
          </Notice>
        ) : null}
        <ol className="steps">
          {plan.steps.map((step, index) => (
            <StepCard
              key={step.id}
              step={step}
              number={index}
              isNext={plan.next === step.id}
              answers={answers}
            />
          ))}
        </ol>
      </section>

      {plan.contacts.length > 0 ? (
        <section aria-labelledby="plan-contacts">
          <h2 id="plan-contacts">{ui.plan.contactsTitle}</h2>
          <ContactsList ids={plan.contacts} />
        </section>
      ) : null}

      <section aria-labelledby="plan-documents">
        <h2 id="plan-documents">{v(ui.plan.documentsTitle)}</h2>
        <p>{v(ui.plan.documentsIntro)}</p>
        <ul className="documents">
          {plan.documents.map((id) => (
            <li key={id} id={`document-${id}`}>
              <Link to={`/documents/${id}`}>
                <strong>{plainText(v(fr.documents[id].title))}</strong>
              </Link>
              {' — '}
              <RichText text={v(fr.documents[id].description)} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function StepCard({
  step,
  number,
  isNext,
  answers,
}: {
  step: PlanStep;
  number: number;
  isNext: boolean;
  answers: Answers;
}) {
  const v = useVoice();
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading, isNext);
  const content = fr.steps[step.id];
  const headingId = `step-${step.id}-title`;
  const applies = step.status !== 'not-applicable';
  const label =
    step.id === 'emergency'
      ? plainText(v(content.title))
      : `${fill(ui.plan.stepNumber, { number })} : ${plainText(v(content.title))}`;

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
        {isNext ? <strong className="badge badge--next">{ui.plan.next}</strong> : null}
        <span className={`badge badge--${step.status}`}>{ui.plan.status[step.status]}</span>
      </p>
      <p>
        <RichText text={v(content.summary)} />
      </p>
      {step.id === 'keep-evidence' && applies ? <JournalSummary /> : null}
      {applies ? (
        <ul className="step__actions">
          {step.actions.map((id) => (
            <li key={id} data-action={id}>
              <RichText text={v(fr.actions[id].text)} />
            </li>
          ))}
        </ul>
      ) : null}
      <details className="why">
        <summary>{applies ? ui.plan.why : ui.plan.whyNot}</summary>
        <ReasonsList reasons={step.reasons} answers={answers} />
      </details>
      {applies ? (
        <p className="step__links">
          <Link to={`/plan/${step.id}`}>
            {ui.plan.details}
            <span className="visually-hidden"> : {plainText(v(content.title))}</span>
          </Link>
          <DoneToggle step={step} />
        </p>
      ) : null}
    </li>
  );
}
