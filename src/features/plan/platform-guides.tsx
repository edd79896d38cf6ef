import { formatDay } from '../../common/format.ts';
import type { PlatformGuide } from '../../content/fr/platforms.ts';
import { PLATFORMS_CHECKED, PLATFORM_IDS, PLATFORM_LINKS } from '../../content/platforms.ts';
import type { PlatformId } from '../../content/platforms.ts';
import { fill } from '../../i18n/voice.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import type { GuideKind } from './step-extras.ts';
import { words } from '../../i18n/words.ts';

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

function GuideBody({ id, guide, kind }: { id: PlatformId; guide: PlatformGuide; kind: GuideKind }) {
  const links = PLATFORM_LINKS[id];
  if (kind === 'block')
    return <Lines title={words.screens.step.platformBlock} lines={guide.block} />;
  if (kind === 'evidence')
    return <Lines title={words.screens.step.platformEvidence} lines={guide.evidence} />;
  return (
    <>
      <Lines title={words.screens.step.platformReport} lines={guide.report} />
      {guide.illegalContent === undefined ? null : (
        <>
          <h3>{words.screens.step.platformIllegal}</h3>
          <p>{guide.illegalContent}</p>
        </>
      )}
      {guide.intimateImages === undefined ? null : (
        <>
          <h3>{words.screens.step.platformIntimate}</h3>
          <p>{guide.intimateImages}</p>
        </>
      )}
      {links.length === 0 ? null : (
        <>
          <h3>{words.screens.step.platformLinks}</h3>
          <ul className="link-list">
            {links.map((link, index) => (
              <li key={link.url}>
                <ExternalLink href={link.url} newTabLabel={words.ui.app.newTab}>
                  {guide.links[index]}
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
      <h2 id="platforms">{words.screens.step.platformsTitle}</h2>
      {kind === 'evidence' ? (
        <>
          <h3>{words.screens.step.commonRules}</h3>
          <ul>
            {words.platforms.common.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{words.screens.step.platformsIntro}</p>
      {PLATFORM_IDS.map((id) => (
        <details key={id} className="platform" id={`platform-${id}`}>
          <summary>{words.platforms.guides[id].name}</summary>
          <GuideBody id={id} guide={words.platforms.guides[id]} kind={kind} />
        </details>
      ))}
      <p className="hint">
        {fill(words.screens.step.platformChecked, { date: formatDay(PLATFORMS_CHECKED) })}
      </p>
    </section>
  );
}
