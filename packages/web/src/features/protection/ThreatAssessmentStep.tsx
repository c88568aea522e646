import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../staff/format.ts';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { useAssessmentHistory } from './protection-api.ts';
import './protection.css';

/**
 * The intake's step "mapping of threats and protection needs". The initial assessment is saved
 * once; coming back to the step shows that it is done rather than the answers again.
 */
export function ThreatAssessmentStep({
  intakeId,
  onDone,
}: {
  intakeId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const history = useAssessmentHistory(intakeId);
  // Decided on the first answer: the refetch after a save must not swap the form for the notice
  // before the form has said it is done.
  const [doneBefore, setDoneBefore] = useState<boolean | null>(null);
  if (history.isSuccess && doneBefore === null) setDoneBefore(history.data.items.length > 0);
  let content;
  if (history.isPending) content = <Loading text={t('protection.loading')} />;
  else if (history.isError)
    content = <LoadError error={history.error} retry={() => history.refetch()} />;
  else if (doneBefore && history.data.items.length > 0) {
    const initial = history.data.items.at(-1)!;
    content = (
      <>
        <Alert data-color="success">
          <Paragraph>
            {t('protection.assessment.alreadyDone', { at: formatDateTime(initial.assessedAt) })}
          </Paragraph>
        </Alert>
        <div>
          <Button onClick={onDone}>{t('protection.assessment.continue')}</Button>
        </div>
      </>
    );
  } else content = <AssessmentForm intakeId={intakeId} kinds={['initial']} onSaved={onDone} />;
  return (
    <section className="havn-protection" aria-labelledby={`threats-${intakeId}`}>
      <Heading level={2} data-size="sm" id={`threats-${intakeId}`}>
        {t('protection.assessment.heading')}
      </Heading>
      {content}
    </section>
  );
}
