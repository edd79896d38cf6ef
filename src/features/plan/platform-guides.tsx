import { formatDay } from '../../common/format.ts';
import type { PlatformGuide } from '../../content/fr/platforms.ts';
import {
  COMMON_RULES,
  PLATFORMS,
  PLATFORMS_CHECKED,
  PLATFORM_IDS,
} from '../../content/fr/platforms.ts';
import { ui } from '../../content/fr/ui.ts';
import { fill } from '../../i18n/voice.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import type { GuideKind } from './step-extras.ts';

function Lines({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <>
      <h3>{title}</h3>
      <ol>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </>
  );
}

function GuideBody({ guide, kind }: { guide: PlatformGuide; kind: GuideKind }) {
  if (kind === 'block') return <Lines title={ui.step.platformBlock} lines={guide.block} />;
  if (kind === 'evidence') return <Lines title={ui.step.platformEvidence} lines={guide.evidence} />;
  return (
    <>
      <Lines title={ui.step.platformReport} lines={guide.report} />
      {guide.illegalContent === undefined ? null : (
        <>
          <h3>{ui.step.platformIllegal}</h3>
          <p>{guide.illegalContent}</p>
        </>
      )}
      {guide.intimateImages === undefined ? null : (
        <>
          <h3>{ui.step.platformIntimate}</h3>
          <p>{guide.intimateImages}</p>
        </>
      )}
      {guide.links.length === 0 ? null : (
        <>
          <h3>{ui.step.platformLinks}</h3>
          <ul className="link-list">
            {guide.links.map((link) => (
              <li key={link.url}>
                <ExternalLink href={link.url} newTabLabel={ui.app.newTab}>
                  {link.label}
                </ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Platform by platform: where to tap to report, what to capture, how to block. */
export function PlatformGuides({ kind }: { readonly kind: GuideKind }) {
  return (
    <section aria-labelledby="platforms" className="platforms">
      <h2 id="platforms">{ui.step.platformsTitle}</h2>
      {kind === 'evidence' ? (
        <>
          <h3>{ui.step.commonRules}</h3>
          <ul>
            {COMMON_RULES.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{ui.step.platformsIntro}</p>
      {PLATFORM_IDS.map((id) => (
        <details key={id} className="platform" id={`platform-${id}`}>
          <summary>{PLATFORMS[id].name}</summary>
          <GuideBody guide={PLATFORMS[id]} kind={kind} />
        </details>
      ))}
      <p className="hint">
        {fill(ui.step.platformChecked, { date: formatDay(PLATFORMS_CHECKED) })}
      </p>
    </section>
  );
}
