import { Link as DsLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { MoveOutPlanSection } from './MoveOutPlanSection.tsx';
import '../departures/departures.css';

/** /departures/plan/:stayId: one stay's move-out plan, opened from the move-out board. */
export function PlanPage() {
  const { t } = useTranslation();
  const { stayId = '' } = useParams();
  const name = t('departures.plan.title');
  useDocumentTitle(name);
  return (
    <div className="havn-page">
      <PageHeading>{name}</PageHeading>
      <DsLink asChild>
        <Link to="/departures">{t('departures.letter.back')}</Link>
      </DsLink>
      <MoveOutPlanSection stayId={stayId} />
    </div>
  );
}
