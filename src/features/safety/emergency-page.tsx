import { Link } from 'react-router';
import type { ContactId } from '../../engine/index.ts';
import { contactsFor, nextQuestion } from '../../engine/questionnaire.ts';
import { ContactsList } from '../../common/contacts-list.tsx';
import { useVoice } from '../../i18n/context.tsx';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { useAnswers } from '../../stores/answers.ts';
import { words } from '../../i18n/words.ts';

/** Numbers shown when no answer says which apply (the "Danger immédiat ?" entry on the home page). */
const ALL_EMERGENCY: readonly ContactId[] = ['17', '112', '114', '15', '3114', '119'];
const EMERGENCY_NUMBERS: ReadonlySet<ContactId> = new Set(ALL_EMERGENCY);

/** Emergency numbers first: tap to call, 114 by SMS. Then the user may continue. */
export function EmergencyPage() {
  const v = useVoice();
  const answers = useAnswers((s) => s.answers);
  // Only the numbers: the plan's step tables load with the plan's screens, not on a first visit.
  const fromAnswers = contactsFor(answers).filter((c) => EMERGENCY_NUMBERS.has(c));
  const contacts = fromAnswers.length > 0 ? fromAnswers : ALL_EMERGENCY;
  const next = nextQuestion(answers);
  const started = answers.role !== undefined;

  return (
    <>
      <PageHeading>{v(words.screens.emergency.title)}</PageHeading>
      <p className="lead">{v(words.screens.emergency.lead)}</p>
      <ContactsList ids={contacts} headingLevel={2} />
      <Notice tone="info">
        <p>{v(words.screens.emergency.smsNote)}</p>
        <p>{v(words.screens.emergency.pharosNote)}</p>
      </Notice>
      <p className="actions">
        {started ? (
          <Link className="button" to={next === null ? '/plan' : `/questions/${next}`}>
            {next === null ? words.screens.emergency.backToPlan : words.screens.emergency.continue}
          </Link>
        ) : (
          <Link className="button" to="/questions/role">
            {words.screens.emergency.continue}
          </Link>
        )}
      </p>
    </>
  );
}
