import { Card, Tag } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { formatShortDate } from '../features/day-service/oslo-time.ts';

/**
 * One contact with a case as a card: date and kind, length, interpreter, the staff who took part,
 * and the module's own written facts (`details`, those with a text shown, line breaks kept). The
 * caller gives the texts.
 */
export function VisitCard({
  date,
  kindText,
  minutesText,
  interpreterText,
  staffLabel,
  staff,
  details,
}: {
  date: string;
  kindText: string;
  minutesText: string;
  /** Shown as a tag when an interpreter took part; null when none did. */
  interpreterText: string | null;
  staffLabel: string;
  staff: readonly { name: string }[];
  details: readonly { label: string; text: string | null }[];
}) {
  return (
    <Card data-color="neutral" className="havn-ds-card">
      <div className="havn-ds-card__top">
        <span className="havn-ds-card__time">
          <time dateTime={date}>{formatShortDate(date)}</time>
          {' · '}
          {kindText}
        </span>
        <span className="havn-tags">
          <Tag data-color="neutral" data-size="sm">
            {minutesText}
          </Tag>
          {interpreterText !== null && (
            <Tag data-color="info" data-size="sm">
              {interpreterText}
            </Tag>
          )}
        </span>
      </div>
      <dl className="havn-ds-facts">
        <dt>{staffLabel}</dt>
        <dd>{staff.map((s) => s.name).join(', ')}</dd>
        {details.map(
          ({ label, text }) =>
            text && (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd className="havn-prewrap">{text}</dd>
              </Fragment>
            ),
        )}
      </dl>
    </Card>
  );
}
