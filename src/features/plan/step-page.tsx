import { Link, useParams } from 'react-router';
import type { DocumentId, Plan, PlanStep, StepId } from '../../engine/index.ts';
import { STEP_IDS, withReports } from '../../engine/index.ts';
import { usePlan } from '../../common/rule-book.tsx';
import { useVoice } from '../../i18n/context.tsx';
import { fill, plainText } from '../../i18n/voice.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { useTracker } from '../../stores/tracker.ts';
import { DoneToggle } from './done-toggle.tsx';
import { JournalSummary } from './journal-summary.tsx';
import { PlatformGuides } from './platform-guides.tsx';
import { ReasonsList } from './reasons-list.tsx';
import { ServiceLinks } from './service-links.tsx';
import { stepView } from './step-extras.ts';
import { SourcesList } from '../../common/sources-list.tsx';
import { words } from '../../i18n/words.ts';
import { PHAROS_GUIDE_SOURCES, SERVICES } from '../../content/services.ts';

const isStepId = (id: string | undefined): id is StepId =>
  (STEP_IDS as readonly (string | undefined)[]).includes(id);

/** `/plan/:stepId`: the full guidance of one step, adapted to the answers. */
export function StepPage() {
  const { stepId } = useParams();
  const answers = useAnswers((s) => s.answers);
  // The reports logged in the follow-up complete the answers: the plan follows what was done.
  const reports = useTracker((s) => s.reports);
  const plan = usePlan(withReports(answers, reports));
  const step = isStepId(stepId) ? plan.steps.find((s) => s.id === stepId) : undefined;
  return step === undefined ? <UnknownStep /> : <StepDetail step={step} plan={plan} />;
}

function UnknownStep() {
  return (
    <>
      <PageHeading>{words.screens.step.unknownTitle}</PageHeading>
      <p>{words.screens.step.unknownText}</p>
      <p className="actions">
        <Link className="button" to="/plan">
          {words.ui.notFound.toPlan}
        </Link>
      </p>
    </>
  );
}

function StepDetail({ step, plan }: { step: PlanStep; plan: Plan }) {
  const v = useVoice();
  const content = words.plan.steps[step.id];
  const title = plainText(v(content.title));
  const view = stepView(step, plan, PHAROS_GUIDE_SOURCES);

  return (
    <article id={`step-${step.id}`} data-status={step.status}>
      <p>
        <Link className="back-link" to="/plan">
          {words.screens.step.back}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <p className="step__status">
        <span className={`badge badge--${step.status}`}>
          {words.screens.plan.status[step.status]}
        </span>
      </p>
      <p className="lead">
        <RichText text={v(content.summary)} />
      </p>

      {view.warnings.map((id) => (
        <Notice key={id} tone="danger" title={plainText(v(words.plan.warnings[id].title))}>
          <p>
            <RichText text={v(words.plan.warnings[id].text)} />
          </p>
        </Notice>
      ))}

      {view.journal ? <JournalSummary /> : null}
      {view.applies ? (
        <section aria-labelledby="step-actions">
          <h2 id="step-actions">{words.screens.step.actionsTitle}</h2>
          <ol className="step-actions">
            {step.actions.map((id) => {
              const action = words.plan.actions[id];
              return (
                <li key={id} data-action={id}>
                  <p className="step-actions__text">
                    <RichText text={v(action.text)} />
                  </p>
                  {action.detail === undefined ? null : (
                    <p>
                      <RichText text={v(action.detail)} />
                    </p>
                  )}
                  <ServiceLinks action={id} />
                </li>
              );
            })}
          </ol>
          <StepDocuments ids={view.documents} />
          {view.reports.length === 0 ? null : (
            <ul className="link-list" aria-label={words.tracker.stepLinks}>
              {view.reports.map((kind) => (
                <li key={kind}>
                  <Link to={`/suivi?type=${kind}`}>
                    {fill(words.tracker.stepLink, { kind: words.tracker.kinds[kind] })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p>
            <DoneToggle step={step} />
          </p>
        </section>
      ) : null}

      {view.pharos ? <PharosGuide /> : null}
      {view.guide === null ? null : <PlatformGuides kind={view.guide} />}

      <section aria-labelledby="step-reasons">
        <h2 id="step-reasons">
          {view.applies ? words.screens.step.reasonsTitle : words.screens.step.reasonsTitleNot}
        </h2>
        <ReasonsList reasons={step.reasons} />
      </section>

      <section aria-labelledby="step-sources">
        <h2 id="step-sources">{words.screens.step.sourcesTitle}</h2>
        <SourcesList ids={view.sources} />
      </section>
    </article>
  );
}

/** The prepared letters that carry out a step, among those the plan offers. */
function StepDocuments({ ids }: { readonly ids: readonly DocumentId[] }) {
  const v = useVoice();
  if (ids.length === 0) return null;
  return (
    <>
      <h3 id="step-documents">{words.screens.step.documentsTitle}</h3>
      <ul aria-labelledby="step-documents" className="documents">
        {ids.map((id) => (
          <li key={id}>
            <Link to={`/documents/${id}`}>{plainText(v(words.plan.documents[id].title))}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function PharosGuide() {
  return (
    <section aria-labelledby="pharos-guide">
      <h2 id="pharos-guide">{words.pharos.title}</h2>
      <p>
        {words.screens.step.pharosAddress} :{' '}
        <ExternalLink href={SERVICES.pharos.url} newTabLabel={words.ui.app.newTab}>
          {SERVICES.pharos.url.replace('https://', '')}
        </ExternalLink>
      </p>
      <h3>{words.screens.step.pharosAccepts}</h3>
      <ul>
        {words.pharos.accepts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{words.screens.step.pharosRefuses}</h3>
      <ul>
        {words.pharos.refuses.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ul>
        {words.pharos.notes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
