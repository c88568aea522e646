import { concernTextMinLength } from '@havn/domain';
import { Button, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isDate, osloDate } from '../day-service/oslo-time.ts';
import { PartnerSelect } from '../contacts/PartnerSelect.tsx';
import { usePartners } from '../partners/partners-api.ts';
import { useConcernStep, type Concern } from './children-api.ts';
import { MessageView, previewMessage } from './MessageView.tsx';
import { useFieldErrors } from '../../lib/useFieldErrors.ts';
import { SubmitError } from './SubmitError.tsx';
import { LoadError, Loading, Section } from './ui.tsx';

const textOf = (event: FormEvent<HTMLFormElement>, name: string) =>
  String(new FormData(event.currentTarget).get(name) ?? '').trim();

function AssessForm({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const step = useConcernStep(concern.id);
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors(['assessment'] as const);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.isPending) return;
    const assessment = textOf(event, 'assessment');
    step.reset();
    const short = assessment.length < concernTextMinLength;
    if (show(short ? { assessment: t('children.concern.errors.assessment') } : {})) return;
    setAttempt((n) => n + 1);
    step.mutate({ step: 'assess', version: concern.version, assessment });
  };
  return (
    <Section heading={t('children.concern.assessHeading')}>
      <form className="havn-form" onSubmit={onSubmit} noValidate>
        <SubmitError
          mutation={step}
          attempt={attempt}
          hasFieldErrors={Object.keys(errors).length > 0}
        />
        <Textfield
          ref={refs.assessment as Ref<HTMLTextAreaElement>}
          multiline
          rows={4}
          name="assessment"
          label={t('children.concern.assessment')}
          description={t('children.concern.assessmentHint')}
          maxLength={4000}
          error={errors.assessment}
        />
        <div className="havn-actions">
          <Button type="submit" loading={step.isPending}>
            {t('children.concern.assess')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

function SendForm({ concern, senderName }: { concern: Concern; senderName: string }) {
  const { t } = useTranslation();
  const step = useConcernStep(concern.id);
  const partners = usePartners();
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [sentOn, setSentOn] = useState(osloDate());
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors(['office', 'sentOn'] as const);
  if (partners.isPending) return <Loading text={t('children.concern.loadingOffices')} />;
  if (partners.isError) return <LoadError error={partners.error} retry={partners.refetch} />;
  const offices = partners.data.filter((p) => p.type === 'child_welfare');
  const office = offices.find((p) => p.id === officeId) ?? null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.isPending) return;
    step.reset();
    const found = {
      ...(office ? {} : { office: t('children.concern.errors.office') }),
      ...(isDate(sentOn) ? {} : { sentOn: t('children.errors.date') }),
    };
    if (show(found) || !office) return;
    setAttempt((n) => n + 1);
    step.mutate({ step: 'send', version: concern.version, officePartnerId: office.id, sentOn });
  };
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SubmitError
        mutation={step}
        attempt={attempt}
        hasFieldErrors={Object.keys(errors).length > 0}
      />
      <PartnerSelect
        label={t('children.concern.office')}
        description={t('children.concern.officeHint')}
        value={officeId}
        onChange={setOfficeId}
        partners={offices}
        error={errors.office}
        selectRef={refs.office as Ref<HTMLSelectElement>}
      />
      <Textfield
        ref={refs.sentOn as Ref<HTMLInputElement>}
        className="havn-ds-short-field"
        type="date"
        label={t('children.concern.sentOn')}
        value={sentOn}
        onChange={(e) => setSentOn(e.target.value)}
        error={errors.sentOn}
      />
      {office && isDate(sentOn) && (
        <Section heading={t('children.concern.preview')}>
          <MessageView message={previewMessage(concern, office, sentOn, senderName)} />
        </Section>
      )}
      <div className="havn-actions">
        <Button type="submit" loading={step.isPending}>
          {t('children.concern.send')}
        </Button>
      </div>
    </form>
  );
}

function NotSentForm({ concern }: { concern: Concern }) {
  const { t } = useTranslation();
  const step = useConcernStep(concern.id);
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors(['reason'] as const);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.isPending) return;
    const reason = textOf(event, 'reason');
    step.reset();
    const short = reason.length < concernTextMinLength;
    if (show(short ? { reason: t('children.concern.errors.reason') } : {})) return;
    setAttempt((n) => n + 1);
    step.mutate({ step: 'not-sent', version: concern.version, reason });
  };
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SubmitError
        mutation={step}
        attempt={attempt}
        hasFieldErrors={Object.keys(errors).length > 0}
      />
      <Textfield
        ref={refs.reason as Ref<HTMLTextAreaElement>}
        multiline
        rows={3}
        name="reason"
        label={t('children.concern.notSentReason')}
        maxLength={2000}
        error={errors.reason}
      />
      <div className="havn-actions">
        <Button type="submit" variant="secondary" loading={step.isPending}>
          {t('children.concern.notSend')}
        </Button>
      </div>
    </form>
  );
}

/** The next step of an open concern: assess it, or (once assessed) send it or say why not. */
export function ConcernSteps({ concern, senderName }: { concern: Concern; senderName: string }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<'send' | 'not_send'>('send');
  if (concern.status === 'registered') return <AssessForm concern={concern} />;
  return (
    <Section heading={t('children.concern.concludeHeading')}>
      <Fieldset>
        <Fieldset.Legend>{t('children.concern.conclusion')}</Fieldset.Legend>
        <Radio
          name="conclusion"
          value="send"
          label={t('children.concern.choiceSend')}
          checked={choice === 'send'}
          onChange={() => setChoice('send')}
        />
        <Radio
          name="conclusion"
          value="not_send"
          label={t('children.concern.choiceNotSend')}
          checked={choice === 'not_send'}
          onChange={() => setChoice('not_send')}
        />
      </Fieldset>
      {choice === 'send' ? (
        <SendForm concern={concern} senderName={senderName} />
      ) : (
        <NotSentForm concern={concern} />
      )}
    </Section>
  );
}
