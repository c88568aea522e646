import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { useSafetyPlan } from './protection-api.ts';
import { SafetyPlanForm } from './SafetyPlanForm.tsx';
import './protection.css';

/** The intake's step "safety plan": written with the person, kept for the stay. */
export function SafetyPlanStep({ intakeId, onDone }: { intakeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const plan = useSafetyPlan(intakeId);
  let content;
  if (plan.isPending) content = <Loading text={t('protection.loading')} />;
  else if (plan.isError) content = <LoadError error={plan.error} retry={() => plan.refetch()} />;
  else
    content = (
      // No key on the version: the refetch after a save must not remount the form before it has
      // said it is done; the form keeps what was typed and sends the newest version it was given.
      <SafetyPlanForm intakeId={intakeId} plan={plan.data} onSaved={onDone} />
    );
  return (
    <section className="havn-protection" aria-labelledby={`plan-${intakeId}`}>
      <Heading level={2} data-size="sm" id={`plan-${intakeId}`}>
        {t('protection.plan.heading')}
      </Heading>
      <Paragraph>{t('protection.plan.intro')}</Paragraph>
      {content}
    </section>
  );
}
