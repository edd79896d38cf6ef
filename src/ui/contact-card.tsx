interface Props {
  readonly name: string;
  readonly what: string;
  readonly hours: string;
  readonly tel: string;
  readonly sms?: string | undefined;
  readonly callLabel: string;
  readonly smsLabel: string;
  /** The card's heading level, one below the section it sits in. */
  readonly headingLevel?: 2 | 3;
}

/** One help line: what it is for, its hours, and a tap-to-call (or tap-to-text) link. */
export function ContactCard({
  name,
  what,
  hours,
  tel,
  sms,
  callLabel,
  smsLabel,
  headingLevel = 3,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="contact">
      <Heading className="contact__name">{name}</Heading>
      <p>{what}</p>
      <p className="contact__hours">{hours}</p>
      <p className="contact__actions">
        {sms === undefined ? (
          <a className="button button--call" href={`tel:${tel}`}>
            {callLabel}
          </a>
        ) : (
          <a className="button button--call" href={`sms:${sms}`}>
            {smsLabel}
          </a>
        )}
      </p>
    </div>
  );
}
