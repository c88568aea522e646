import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../../lib/datetime.ts';
import type { Duplicate } from './people-api.ts';

/**
 * The server found people who may be the same: open one of them, or confirm that this is someone
 * else and register anyway. The heading takes focus, so the question is not missed.
 */
export function Duplicates({
  duplicates,
  pending,
  onConfirm,
}: {
  duplicates: Duplicate[];
  pending: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [duplicates]);
  return (
    <Alert data-color="warning" className="havn-duplicates">
      <section aria-labelledby={headingId} className="havn-duplicates__body">
        <Heading
          level={2}
          data-size="xs"
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          className="havn-dialog__heading"
        >
          {t('people.duplicates.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('people.duplicates.intro')}</Paragraph>
        <ul className="havn-duplicates__list">
          {duplicates.map((d) => (
            <li key={d.id}>
              <Link asChild>
                <RouterLink to={`/people/${d.id}`}>{d.displayName}</RouterLink>
              </Link>
              {d.birthDate && ` (${t('people.bornShort', { date: formatDate(d.birthDate) })})`}
              {' – '}
              <span>{t(`people.duplicates.reasons.${d.reason}`)}</span>
            </li>
          ))}
        </ul>
        <div>
          <Button onClick={onConfirm} loading={pending}>
            {t('people.duplicates.confirm')}
          </Button>
        </div>
      </section>
    </Alert>
  );
}
