import { useState } from 'react';
import { journalText as t } from '../../content/fr/journal.ts';
import { PLATFORMS, PLATFORM_IDS } from '../../content/fr/platforms.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';

/** What a capture must show, per platform, and the honest limits of a hash. */
export function Checklist() {
  const v = useVoice();
  const [platform, setPlatform] = useState<(typeof PLATFORM_IDS)[number]>('instagram');
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t.checklist.title}</h2>
      <ul>
        {t.checklist.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="field">
        <label htmlFor="checklist-platform">{t.filters.platform}</label>
        <select
          id="checklist-platform"
          value={platform}
          onChange={(e) => {
            setPlatform(e.target.value as (typeof PLATFORM_IDS)[number]);
          }}
        >
          {PLATFORM_IDS.map((id) => (
            <option key={id} value={id}>
              {PLATFORMS[id].name}
            </option>
          ))}
        </select>
      </p>
      <h3>{fill(t.checklist.platformTitle, { platform: PLATFORMS[platform].name })}</h3>
      <ul>
        {PLATFORMS[platform].evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t.checklist.limitsTitle}</h3>
      <ul>
        {t.checklist.limits.map(v).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
