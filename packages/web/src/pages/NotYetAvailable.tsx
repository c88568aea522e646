import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading, useDocumentTitle } from '../layout/page.tsx';
import { moduleDescriptionKey, moduleNameKey, type FeatureModuleId } from '../modules.ts';

/** The page of a module that is not built yet: its name, what it will do, and that it is not here. */
export function NotYetAvailable({ moduleId }: { moduleId: FeatureModuleId }) {
  const { t } = useTranslation();
  const name = t(moduleNameKey(moduleId));
  useDocumentTitle(name);
  return (
    <div className="havn-page">
      <PageHeading>{name}</PageHeading>
      <Paragraph variant="long">{t(moduleDescriptionKey(moduleId))}</Paragraph>
      <Alert data-color="info">
        <Paragraph>{t('notYet.unavailable')}</Paragraph>
      </Alert>
    </div>
  );
}
