import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { formatDate } from '../../lib/datetime.ts';
import { useStartIntake } from '../intake/intake-api.ts';
import type { Duplicate, EarlierRecord } from './people-api.ts';

/**
 * An earlier record the user may not open: only that it exists and why it matched. An adult's
 * intake can start on it, which links the returning person to her record (audited on it).
 */
function EarlierRecordItem({
  record,
  mayStartIntake,
}: {
  record: EarlierRecord;
  mayStartIntake: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartIntake();
  return (
    <li>
      <Paragraph data-size="sm">
        {t('people.duplicates.earlier', {
          reason: t(`people.duplicates.reasons.${record.reason}`),
        })}
      </Paragraph>
      {mayStartIntake && (
        <>
          <Paragraph data-size="sm">{t('people.duplicates.earlierHint')}</Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            loading={start.isPending}
            onClick={() =>
              start.mutate(
                { earlierRecord: record.ref, children: [] },
                { onSuccess: ({ id }) => void navigate(`/intake/${encodeURIComponent(id)}`) },
              )
            }
          >
            {t('people.duplicates.startIntake')}
          </Button>
          {start.isError && (
            <Paragraph data-size="sm" role="alert">
              {t(errorMessageKey(start.error))}
            </Paragraph>
          )}
        </>
      )}
    </li>
  );
}

/**
 * The server found people who may be the same: open one of them (or, with `onChoose`, use one
 * where the new one was wanted), or confirm that this is someone else and register anyway. The
 * heading takes focus, so the question is not missed.
 */
export function Duplicates({
  duplicates,
  earlierRecords,
  mayStartIntake,
  pending,
  onConfirm,
  onChoose,
}: {
  duplicates: Duplicate[];
  earlierRecords: EarlierRecord[];
  mayStartIntake: boolean;
  pending: boolean;
  onConfirm: () => void;
  onChoose?: (duplicate: Duplicate) => void;
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
              {onChoose && (
                <>
                  {' '}
                  <Button variant="secondary" data-size="sm" onClick={() => onChoose(d)}>
                    {t('people.duplicates.choose', { name: d.displayName })}
                  </Button>
                </>
              )}
            </li>
          ))}
          {earlierRecords.map((record) => (
            <EarlierRecordItem key={record.ref} record={record} mayStartIntake={mayStartIntake} />
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
