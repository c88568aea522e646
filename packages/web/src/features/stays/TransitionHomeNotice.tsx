import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, osloDate } from '../../lib/datetime.ts';
import type { Stay } from './stays-api.ts';

/** A woman living in a men's unit as a transition home; since when a man needs it, if one does. */
type TransitionHome = NonNullable<Stay['transitionHome']>;

/** "Raised 24.11.2026 03:00", in Oslo time. */
export function raisedText(raisedAt: string): string {
  const at = new Date(raisedAt);
  return `${formatDate(osloDate(at))} ${formatTime(at)}`;
}

/**
 * Trondheim's rule, where the woman's stay is shown: she lives in the men's apartment as a
 * transition home and must move when a man needs the place — and, once one does, since when.
 * `compact` for a table cell (the residents list); the stay page gets an alert.
 */
export function TransitionHomeNotice({
  home,
  compact = false,
}: {
  home: TransitionHome | null;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (!home) return null;
  const lines = [
    t('stays.transitionHome.lent'),
    ...(home.raisedAt
      ? [t('stays.transitionHome.raised', { date: raisedText(home.raisedAt) })]
      : []),
  ];
  if (compact) return <div className="havn-stays__transition">{lines.join(' ')}</div>;
  return (
    <Alert data-color={home.raisedAt ? 'warning' : 'info'} data-size="sm">
      {lines.map((line) => (
        <Paragraph key={line} data-size="sm">
          {line}
        </Paragraph>
      ))}
    </Alert>
  );
}
