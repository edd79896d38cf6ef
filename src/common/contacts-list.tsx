import type { ContactId } from '../engine/index.ts';
import { CONTACT_LINES } from '../content/contact-lines.ts';
import { useVoice } from '../i18n/context.tsx';
import { fill } from '../i18n/voice.ts';
import { ContactCard } from '../ui/contact-card.tsx';
import { words } from '../i18n/words.ts';

/** Help lines with their hours and tap-to-call links. */
export function ContactsList({
  ids,
  headingLevel = 3,
}: {
  readonly ids: readonly ContactId[];
  /** Level of each help line's heading (2 when the list follows the page's h1). */
  readonly headingLevel?: 2 | 3;
}) {
  const v = useVoice();
  return (
    <ul className="contacts">
      {ids.map((id) => {
        const c = words.questions.contacts[id];
        const line = CONTACT_LINES[id];
        return (
          <li key={id} id={`contact-${id}`}>
            <ContactCard
              name={c.name}
              what={v(c.what)}
              hours={c.hours}
              tel={line.tel}
              sms={line.sms}
              callLabel={fill(words.screens.emergency.call, { number: line.tel })}
              smsLabel={fill(words.screens.emergency.sms, { number: line.sms ?? line.tel })}
              headingLevel={headingLevel}
            />
          </li>
        );
      })}
    </ul>
  );
}
