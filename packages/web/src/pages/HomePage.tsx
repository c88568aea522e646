import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading, useDocumentTitle } from '../layout/page.tsx';
import { moduleNameKey } from '../modules.ts';
import { MyAppointments } from '../features/day-service/MyAppointments.tsx';
import { MyStayTasks } from '../features/stays/MyTasks.tsx';
import { OpenConcernsCard } from '../features/children/OpenConcernsCard.tsx';
import { ReassessmentCard } from '../features/protection/ReassessmentCard.tsx';
import { HealthStatus } from './HealthStatus.tsx';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t(moduleNameKey('home')));
  return (
    <div className="havn-page">
      <PageHeading>{t('app.name')}</PageHeading>
      <Paragraph variant="long">{t('home.welcome')}</Paragraph>
      <MyAppointments />
      <MyStayTasks />
      <OpenConcernsCard />
      <ReassessmentCard />
      <HealthStatus />
    </div>
  );
}
