import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { formatMonth } from '../../lib/datetime.ts';
import { contactChannels, useContactCounts, type ContactCount } from './contacts-api.ts';

function Period({ label, count }: { label: string; count: ContactCount | null }) {
  const { t } = useTranslation();
  const channels = contactChannels
    .filter((c) => (count?.byChannel[c] ?? 0) > 0)
    .map((c) => `${t(`contacts.channels.${c}`)} ${count!.byChannel[c]}`)
    .join(', ');
  return (
    <div className="havn-counts__period">
      <Heading level={3} data-size="2xs">
        {label}
      </Heading>
      <dl className="havn-counts__figures">
        <div>
          <dt>{t('contacts.counts.total')}</dt>
          <dd>{count?.total ?? 0}</dd>
        </div>
        <div>
          <dt>{t('contacts.counts.oneToOne')}</dt>
          <dd>{count?.oneToOnePhone ?? 0}</dd>
        </div>
      </dl>
      {channels && (
        <Paragraph data-size="sm" className="havn-muted">
          {channels}
        </Paragraph>
      )}
    </div>
  );
}

/** How many contacts today and this month, by channel, and how many one-to-one phone calls. */
export function ContactCounts() {
  const { t } = useTranslation();
  const headingId = useId();
  const counts = useContactCounts();
  return (
    <section className="havn-counts" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('contacts.counts.heading')}
      </Heading>
      {counts.isError ? (
        <Paragraph data-size="sm">{t(errorMessageKey(counts.error))}</Paragraph>
      ) : counts.data ? (
        <div className="havn-counts__periods">
          <Period label={t('contacts.counts.today')} count={counts.data.today} />
          <Period
            label={t('contacts.counts.month', { month: formatMonth(counts.data.monthPeriod) })}
            count={counts.data.month}
          />
        </div>
      ) : (
        <Paragraph data-size="sm">{t('contacts.counts.loading')}</Paragraph>
      )}
    </section>
  );
}
