import { Link, useParams } from 'react-router';
import type { ActionId, DocumentId, Plan, PlanStep, StepId } from '../../engine/index.ts';
import { STEP_IDS, decide } from '../../engine/index.ts';
import { fr } from '../../content/fr/engine.ts';
import { pharosGuide } from '../../content/fr/guides.ts';
import { ui } from '../../content/fr/ui.ts';
import { useVoice } from '../../i18n/context.tsx';
import { plainText } from '../../i18n/voice.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { DoneToggle } from './done-toggle.tsx';
import { JournalSummary } from './journal-summary.tsx';
import { PlatformGuides } from './platform-guides.tsx';
import { ReasonsList } from './reasons-list.tsx';
import { ServiceLinks } from './service-links.tsx';
import { SourcesList } from '../../common/sources-list.tsx';

/** Actions that tell the person to capture something (screenshots, scrolling captures). */
const CAPTURE_ACTIONS: readonly ActionId[] = [
  'capture-blackmail-without-images',
  'capture-date-time-url-author',
];

const isStepId = (id: string | undefined): id is StepId =>
  (STEP_IDS as readonly (string | undefined)[]).includes(id);

/** `/plan/:stepId`: the full guidance of one step, adapted to the answers. */
export function StepPage() {
  const { stepId } = useParams();
  const answers = useAnswers((s) => s.answers);
  if (!isStepId(stepId)) return <UnknownStep />;
  const plan = decide(answers);
  const step = plan.steps.find((s) => s.id === stepId);
  return step === undefined ? <UnknownStep /> : <StepDetail step={step} plan={plan} />;
}

function UnknownStep() {
  return (
    <>
      <PageHeading>{ui.step.unknownTitle}</PageHeading>
      <p>{ui.step.unknownText}</p>
      <p className="actions">
        <Link className="button" to="/plan">
          {ui.notFound.toPlan}
        </Link>
      </p>
    </>
  );
}

function StepDetail({ step, plan }: { step: PlanStep; plan: Plan }) {
  const v = useVoice();
  const content = fr.steps[step.id];
  const title = plainText(v(content.title));
  const applies = step.status !== 'not-applicable';
  const mustNotCopy = plan.warnings.includes('do-not-copy-child-sexual-content');
  // The ban covers sexual images only: how to capture on each app stays useful whenever the step
  // says to capture something (blackmail messages, insults beside the images…).
  const captures = step.actions.some((id) => CAPTURE_ACTIONS.includes(id));

  return (
    <article id={`step-${step.id}`} data-status={step.status}>
      <p>
        <Link className="back-link" to="/plan">
          {ui.step.back}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <p className="step__status">
        <span className={`badge badge--${step.status}`}>{ui.plan.status[step.status]}</span>
      </p>
      <p className="lead">
        <RichText text={v(content.summary)} />
      </p>

      {step.id === 'keep-evidence' && mustNotCopy ? (
        <Notice
          tone="danger"
          title={plainText(v(fr.warnings['do-not-copy-child-sexual-content'].title))}
        >
          <p>
            <RichText text={v(fr.warnings['do-not-copy-child-sexual-content'].text)} />
          </p>
        </Notice>
      ) : null}

      {step.id === 'keep-evidence' && applies ? <JournalSummary /> : null}
      {applies ? (
        <section aria-labelledby="step-actions">
          <h2 id="step-actions">{ui.step.actionsTitle}</h2>
          <ol className="step-actions">
            {step.actions.map((id) => {
              const action = fr.actions[id];
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
          <StepDocuments step={step.id} offered={plan.documents} />
          <p>
            <DoneToggle step={step} />
          </p>
        </section>
      ) : null}

      {applies && step.id === 'report-pharos' ? <PharosGuide /> : null}
      {applies && (step.id === 'dont-reply' || step.id === 'request-removal') ? (
        <PlatformGuides kind={step.id === 'dont-reply' ? 'block' : 'report'} />
      ) : null}
      {applies && step.id === 'keep-evidence' && captures ? (
        <PlatformGuides kind="evidence" />
      ) : null}

      <section aria-labelledby="step-reasons">
        <h2 id="step-reasons">{applies ? ui.step.reasonsTitle : ui.step.reasonsTitleNot}</h2>
        <ReasonsList reasons={step.reasons} />
      </section>

      <section aria-labelledby="step-sources">
        <h2 id="step-sources">{ui.step.sourcesTitle}</h2>
        <SourcesList
          ids={
            step.id === 'report-pharos'
              ? [...new Set([...step.sources, ...pharosGuide.sources])]
              : step.sources
          }
        />
      </section>
    </article>
  );
}

/** The prepared letters that carry out a step, among those the plan offers. */
const STEP_DOCUMENTS: Partial<Record<StepId, readonly DocumentId[]>> = {
  'request-removal': ['platform-notice', 'erasure-request'],
  'file-complaint': ['complaint-letter', 'school-report'],
};

function StepDocuments({
  step,
  offered,
}: {
  readonly step: StepId;
  readonly offered: readonly DocumentId[];
}) {
  const v = useVoice();
  const ids = (STEP_DOCUMENTS[step] ?? []).filter((id) => offered.includes(id));
  if (ids.length === 0) return null;
  return (
    <>
      <h3 id="step-documents">{ui.step.documentsTitle}</h3>
      <ul aria-labelledby="step-documents" className="documents">
        {ids.map((id) => (
          <li key={id}>
            <Link to={`/documents/${id}`}>{plainText(v(fr.documents[id].title))}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function PharosGuide() {
  return (
    <section aria-labelledby="pharos-guide">
      <h2 id="pharos-guide">PHAROS</h2>
      <p>
        {ui.step.pharosAddress} :{' '}
        <ExternalLink href={pharosGuide.address} newTabLabel={ui.app.newTab}>
          {pharosGuide.address.replace('https://', '')}
        </ExternalLink>
      </p>
      <h3>{ui.step.pharosAccepts}</h3>
      <ul>
        {pharosGuide.accepts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{ui.step.pharosRefuses}</h3>
      <ul>
        {pharosGuide.refuses.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ul>
        {pharosGuide.notes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
