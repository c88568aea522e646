import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordRefusal, refusalOf } from '../access/RecordRefusal.tsx';
import { Link as RouterLink, useParams } from 'react-router';
import { can } from '../../auth/me.ts';
import { formatShortDate } from '../day-service/oslo-time.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import {
  ActivitiesSection,
  ConcernsList,
  ConversationsSection,
  ParentContactsSection,
  SchoolingSection,
} from './ChildSections.tsx';
import { useChildPage, type ChildPageData } from './children-api.ts';
import { ConcernForm } from './ConcernForm.tsx';
import { HealthForm } from './HealthForm.tsx';
import { ChildrenPageFrame, LoadError, Loading, Section } from './ui.tsx';

function ConcernsSection({ page }: { page: ChildPageData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Section heading={t('children.concerns.heading')}>
      <Paragraph data-size="sm">{t('children.concerns.intro')}</Paragraph>
      <Disclosure
        label={t('children.concerns.add')}
        heading={t('children.concerns.add')}
        open={open}
        onOpenChange={setOpen}
        variant="primary"
      >
        {(close) => (
          <ConcernForm stayId={page.stayId} personId={page.child.id} canFollowUp onCancel={close} />
        )}
      </Disclosure>
      <ConcernsList page={page} />
    </Section>
  );
}

function ChildScreen({ stayId, personId }: { stayId: string; personId: string }) {
  const { t } = useTranslation();
  const page = useChildPage(stayId, personId);
  if (page.isPending) return <Loading text={t('children.loading')} />;
  if (page.isError) {
    const refusal = refusalOf(page.error);
    // Breaking the glass for a child opens her pages alone, not her mother's stay.
    return refusal ? (
      <RecordRefusal reason={refusal} record={{ recordType: 'person', recordId: personId }} />
    ) : (
      <LoadError error={page.error} retry={page.refetch} />
    );
  }
  const { child } = page.data;
  return (
    <>
      <Paragraph>
        <strong>{child.displayName}</strong>
        {child.birthDate && ` – ${t('children.born', { date: formatShortDate(child.birthDate) })}`}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/stays/${encodeURIComponent(stayId)}`}>
            {t('children.backToStay')}
          </RouterLink>
        </Link>
      </Paragraph>
      <SchoolingSection page={page.data} />
      <ActivitiesSection page={page.data} />
      <Section heading={t('children.health.heading')}>
        <HealthForm stayId={stayId} personId={personId} health={page.data.health} />
      </Section>
      <ParentContactsSection page={page.data} />
      <ConversationsSection page={page.data} />
      <ConcernsSection page={page.data} />
    </>
  );
}

/**
 * /stays/:stayId/children/:personId: the child's page — schooling, activities, health, contact
 * with a perpetrator parent, one-to-one conversations and §6 concerns. Those who may register a
 * concern but not work the stay (the night watch) get the concern form only, and read nothing.
 */
export function ChildPage() {
  const { t } = useTranslation();
  const { stayId = '', personId = '' } = useParams();
  return (
    <ChildrenPageFrame
      title={t('children.page.title')}
      permissions={['stays.work', 'child_welfare.report_concern']}
    >
      {(me) =>
        can(me, 'stays.work') ? (
          <ChildScreen stayId={stayId} personId={personId} />
        ) : (
          <Section heading={t('children.concerns.add')}>
            <Paragraph data-size="sm">{t('children.concerns.intro')}</Paragraph>
            <ConcernForm stayId={stayId} personId={personId} canFollowUp={false} />
          </Section>
        )
      }
    </ChildrenPageFrame>
  );
}
