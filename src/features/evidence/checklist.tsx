import { useState } from 'react';
import { PLATFORM_IDS } from '../../content/platforms.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { words } from '../../i18n/words.ts';

/** What a capture must show, per platform, and the honest limits of a hash. */
export function Checklist() {
  const v = useVoice();
  const [platform, setPlatform] = useState<(typeof PLATFORM_IDS)[number]>('instagram');
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{words.journal.checklist.title}</h2>
      <ul>
        {words.journal.checklist.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="field">
        <label htmlFor="checklist-platform">{words.journal.filters.platform}</label>
        <select
          id="checklist-platform"
          value={platform}
          onChange={(e) => {
            setPlatform(e.target.value as (typeof PLATFORM_IDS)[number]);
          }}
        >
          {PLATFORM_IDS.map((id) => (
            <option key={id} value={id}>
              {words.platforms.guides[id].name}
            </option>
          ))}
        </select>
      </p>
      <h3>
        {fill(words.journal.checklist.platformTitle, {
          platform: words.platforms.guides[platform].name,
        })}
      </h3>
      <ul>
        {words.platforms.guides[platform].evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{words.journal.checklist.limitsTitle}</h3>
      <ul>
        {words.journal.checklist.limits.map(v).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
