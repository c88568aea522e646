import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { formatDayAndTime, formatShortDate } from '../day-service/oslo-time.ts';
import { childPath, useConcern, type Concern } from './children-api.ts';
import { ConcernStatusTag } from './ConcernStatusTag.tsx';
import { ConcernSteps } from './ConcernSteps.tsx';
import { MessageView } from './MessageView.tsx';
import { ChildrenPageFrame, LoadError, Loading, Section } from './ui.tsx';

function Facts({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const row = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <dl className="havn-ds-facts">
      {row(t('children.concern.child'), concern.child.displayName)}
      {row(
        t('children.concern.registered'),
        `${formatDayAndTime(concern.registeredAt)}, ${concern.registeredBy.name}`,
      )}
      {row(t('children.concern.text'), concern.concern)}
      {concern.assessment &&
        concern.assessedAt &&
        row(
          t('children.concern.assessment'),
          `${concern.assessment}\n(${formatDayAndTime(concern.assessedAt)}, ${concern.assessedBy?.name ?? ''})`,
        )}
      {concern.office &&
        concern.sentOn &&
        row(
          t('children.concern.sentTo'),
          t('children.concern.sentToValue', {
            office: concern.office.name,
            date: formatShortDate(concern.sentOn),
          }),
        )}
      {concern.notSentReason && row(t('children.concern.notSentReason'), concern.notSentReason)}
    </dl>
  );
}

function ConcernScreen({ id, senderName }: { id: string; senderName: string }) {
  const { t } = useTranslation();
  const concern = useConcern(id);
  if (concern.isPending) return <Loading text={t('children.concern.loading')} />;
  if (concern.isError) return <LoadError error={concern.error} retry={concern.refetch} />;
  const c = concern.data;
  return (
    <>
      <Paragraph>
        {t('children.concern.status')} <ConcernStatusTag status={c.status} />
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={childPath(c.stayId, c.child.id)}>
            {t('children.concern.toChild')}
          </RouterLink>
        </Link>
      </Paragraph>
      <Facts concern={c} />
      {c.status === 'sent' && c.message && (
        <Section heading={t('children.concern.message')}>
          <MessageView message={c.message} />
        </Section>
      )}
      {(c.status === 'registered' || c.status === 'assessed') && (
        <ConcernSteps concern={c} senderName={senderName} />
      )}
      {c.status === 'not_sent' && (
        <Alert data-color="info" data-size="sm">
          <Paragraph data-size="sm">{t('children.concern.notSentDone')}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** /child-welfare/concerns/:id: one §6 concern — assess it, then send it or say why not. */
export function ConcernPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <ChildrenPageFrame title={t('children.concern.title')} permissions={['child_welfare.decide']}>
      {(me) => <ConcernScreen id={id} senderName={me.user.displayName} />}
    </ChildrenPageFrame>
  );
}
