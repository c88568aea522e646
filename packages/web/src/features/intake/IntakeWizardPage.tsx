import { intakeSteps, type IntakeStep } from '@havn/domain';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useIntake, useSaveStep, type Intake } from './intake-api.ts';
import { BedStep } from './steps/BedStep.tsx';
import { ConsentStep } from './steps/ConsentStep.tsx';
import { DelegatedStep } from './steps/DelegatedStep.tsx';
import { EligibilityStep } from './steps/EligibilityStep.tsx';
import { FlagsStep } from './steps/FlagsStep.tsx';
import { HelpNeedsStep } from './steps/HelpNeedsStep.tsx';
import { HouseholdStep } from './steps/HouseholdStep.tsx';
import { PrimaryContactStep } from './steps/PrimaryContactStep.tsx';
import type { StepProps } from './steps/step.ts';
import { IntakeFrame, LoadError, Loading } from './ui.tsx';

const isStep = (value: string | null): value is IntakeStep =>
  (intakeSteps as readonly string[]).includes(value ?? '');

function Stepper({ intake, current }: { intake: Intake; current: IntakeStep }) {
  const { t } = useTranslation();
  return (
    <nav className="havn-intake__steps" aria-label={t('intake.wizard.stepsLabel')}>
      <ol>
        {intakeSteps.map((step, i) => {
          const saved = intake.stepsSaved.includes(step);
          return (
            <li key={step}>
              <RouterLink to={`?steg=${step}`} aria-current={step === current ? 'step' : undefined}>
                {i + 1}. {t(`intake.steps.${step}`)}
                <span className="havn-intake__step-state">
                  {saved ? t('intake.wizard.done') : t('intake.wizard.notDone')}
                </span>
              </RouterLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function StepBody(props: StepProps & { step: IntakeStep }) {
  switch (props.step) {
    case 'household':
      return <HouseholdStep {...props} />;
    case 'consent':
      return <ConsentStep {...props} />;
    case 'eligibility':
      return <EligibilityStep {...props} />;
    case 'help_needs':
      return <HelpNeedsStep {...props} />;
    case 'threats':
    case 'safety_plan':
      return <DelegatedStep {...props} step={props.step} />;
    case 'primary_contact':
      return <PrimaryContactStep {...props} />;
    case 'flags':
      return <FlagsStep {...props} />;
    case 'bed':
      return <BedStep {...props} />;
  }
}

function Abandon({ intake }: { intake: Intake }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const abandon = useSaveStep(intake.id, 'abandon');
  return (
    <Button
      variant="tertiary"
      data-color="danger"
      data-size="sm"
      loading={abandon.isPending}
      onClick={() => {
        if (window.confirm(t('intake.wizard.abandonConfirm')))
          abandon.mutate(
            { version: intake.version },
            { onSuccess: () => void navigate('/intake') },
          );
      }}
    >
      {t('intake.wizard.abandon')}
    </Button>
  );
}

function Wizard({ intake, meId }: { intake: Intake; meId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('steg');
  // A closed tab loses nothing saved: without a step in the URL, resume at the first unsaved one.
  const step = isStep(asked) ? asked : intake.nextStep;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);
  const index = intakeSteps.indexOf(step);
  const next = () => setParams({ steg: intakeSteps[Math.min(index + 1, intakeSteps.length - 1)]! });
  const open = intake.status === 'in_progress';
  return (
    <>
      <Paragraph>
        <strong>{intake.person.displayName}</strong> · {t(`intake.wizard.status.${intake.status}`)}
      </Paragraph>
      {!open && (
        <Alert data-color={intake.status === 'completed' ? 'success' : 'info'}>
          <Paragraph>{t('intake.wizard.closed')}</Paragraph>
          {intake.stayId && (
            <Link asChild>
              <RouterLink to="/capacity">{t('intake.bed.board')}</RouterLink>
            </Link>
          )}
        </Alert>
      )}
      <div className="havn-intake__layout">
        <Stepper intake={intake} current={step} />
        <section aria-labelledby="intake-step-heading">
          <Paragraph data-size="sm">
            {t('intake.wizard.stepOf', { n: index + 1, total: intakeSteps.length })}
          </Paragraph>
          <Heading level={2} data-size="md" id="intake-step-heading" ref={headingRef} tabIndex={-1}>
            {t(`intake.steps.${step}`)}
          </Heading>
          {/* Keyed by step: each step starts from what the server holds. */}
          <StepBody key={step} step={step} intake={intake} meId={meId} onDone={next} />
        </section>
      </div>
      <div className="havn-intake__actions">
        <Link asChild>
          <RouterLink to="/intake">{t('intake.wizard.back')}</RouterLink>
        </Link>
        {open && <Abandon intake={intake} />}
      </div>
    </>
  );
}

/** /intake/:id — the intake as a stepper; each step saves on its own, server-side. */
export function IntakeWizardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const intake = useIntake(id);
  return (
    <IntakeFrame title={t('intake.title')}>
      {(me) =>
        intake.isPending ? (
          <Loading text={t('intake.loading')} />
        ) : intake.isError ? (
          <LoadError error={intake.error} retry={intake.refetch} />
        ) : (
          <Wizard intake={intake.data} meId={me.user.id} />
        )
      }
    </IntakeFrame>
  );
}
