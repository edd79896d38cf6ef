import type { ContactId } from '../engine/index.ts';
import { frQuestions as fr } from '../content/fr/questions.ts';
import { ui } from '../content/fr/ui.ts';
import { useVoice } from '../i18n/context.tsx';
import { fill } from '../i18n/voice.ts';
import { ContactCard } from '../ui/contact-card.tsx';

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
        const c = fr.contacts[id];
        return (
          <li key={id} id={`contact-${id}`}>
            <ContactCard
              name={c.name}
              what={v(c.what)}
              hours={c.hours}
              tel={c.tel}
              sms={c.sms}
              callLabel={fill(ui.emergency.call, { number: c.tel })}
              smsLabel={fill(ui.emergency.sms, { number: c.sms ?? c.tel })}
              headingLevel={headingLevel}
            />
          </li>
        );
      })}
    </ul>
  );
}
