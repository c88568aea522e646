import {
  housingRoutes,
  moveOutStepKinds,
  type HousingRoute,
  type MoveOutStepKind,
} from '@havn/domain';
import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link as DsLink,
  Paragraph,
  Radio,
  Select,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { formatDate, formatDayTime } from '../../lib/datetime.ts';
import { FormError } from '../../lib/FormError.tsx';
import { usePartners } from '../partners/partners-api.ts';
import { useStaffDirectory } from '../staff/directory-api.ts';
import {
  useAddStep,
  useMoveOutPlan,
  useSavePlan,
  useUpdateStep,
  type MoveOutPlan,
  type MoveOutStep,
  type Owner,
} from './move-out-api.ts';

/** An owner as one select value: 'staff:<id>' or 'partner:<id>'; '' for none. */
const ownerValue = (owner: Owner | null) => (owner ? `${owner.type}:${owner.id}` : '');
function ownerFields(value: string) {
  const [type, id] = value.split(':');
  return {
    ownerUserId: type === 'staff' && id ? id : null,
    ownerPartnerId: type === 'partner' && id ? id : null,
  };
}

function OwnerSelect({ label, defaultValue }: { label: string; defaultValue: string }) {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const partners = usePartners();
  return (
    <Field>
      <Label>{label}</Label>
      <Select name="owner" defaultValue={defaultValue}>
        <Select.Option value="">{t('departures.plan.noOwner')}</Select.Option>
        <optgroup label={t('departures.plan.staffGroup')}>
          {(staff.data ?? []).map((s) => (
            <Select.Option key={s.id} value={`staff:${s.id}`}>
              {s.name}
            </Select.Option>
          ))}
        </optgroup>
        <optgroup label={t('departures.plan.partnerGroup')}>
          {(partners.data ?? [])
            .filter((p) => p.active)
            .map((p) => (
              <Select.Option key={p.id} value={`partner:${p.id}`}>
                {p.name}
              </Select.Option>
            ))}
        </optgroup>
      </Select>
    </Field>
  );
}

function PlanForm({ plan, save }: { plan: MoveOutPlan; save: ReturnType<typeof useSavePlan> }) {
  const { t } = useTranslation();
  const partners = usePartners();
  const [route, setRoute] = useState<HousingRoute>(plan.route);
  const [removed, setRemoved] = useState<'yes' | 'no' | ''>(
    plan.perpetratorRemoved === null ? '' : plan.perpetratorRemoved ? 'yes' : 'no',
  );
  const [readyError, setReadyError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const readyOn = String(form.get('readyOn') ?? '');
    const partner = String(form.get('applicationPartnerId') ?? '');
    setReadyError(undefined);
    setAttempt((n) => n + 1);
    save.mutate(
      {
        version: plan.version,
        route,
        perpetratorRemoved: route === 'own_home' && removed !== '' ? removed === 'yes' : null,
        applicationPartnerId: partner === '' ? null : partner,
        readyOn: readyOn === '' ? null : readyOn,
      },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.fields.some((f) => f.path === 'body.readyOn'))
            setReadyError(t('departures.plan.readyOnInvalid'));
        },
      },
    );
  };

  const failure =
    save.isError && !readyError
      ? save.error instanceof ApiError && save.error.code === 'conflict'
        ? t('departures.plan.conflict')
        : t(errorMessageKey(save.error))
      : null;

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={failure} attempt={attempt} />
      <Field>
        <Label>{t('departures.plan.route')}</Label>
        <Select
          name="route"
          value={route}
          onChange={(e) => setRoute(e.target.value as HousingRoute)}
        >
          {housingRoutes.map((r) => (
            <Select.Option key={r} value={r}>
              {t(`departures.routes.${r}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {route === 'own_home' && (
        <Fieldset>
          <Fieldset.Legend>{t('departures.plan.perpetratorRemoved')}</Fieldset.Legend>
          {(['yes', 'no', ''] as const).map((v) => (
            <Radio
              key={v || 'unknown'}
              name="perpetratorRemoved"
              value={v}
              label={t(`departures.plan.${v || 'unknown'}`)}
              checked={removed === v}
              onChange={() => setRemoved(v)}
            />
          ))}
        </Fieldset>
      )}
      <Field>
        <Label>{t('departures.plan.applicationPartner')}</Label>
        <Select name="applicationPartnerId" defaultValue={plan.applicationPartner?.id ?? ''}>
          <Select.Option value="">{t('departures.plan.noPartner')}</Select.Option>
          {(partners.data ?? []).map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        className="havn-ds-short-field"
        type="date"
        name="readyOn"
        label={t('departures.plan.readyOn')}
        description={t('departures.plan.readyHelp')}
        defaultValue={plan.readyOn ?? ''}
        min={plan.arrivalOn}
        error={readyError}
      />
      {plan.waitingDays !== null && (
        <Paragraph data-size="sm">
          {t('departures.plan.waiting', {
            days: t('departures.days', { count: plan.waitingDays }),
          })}
        </Paragraph>
      )}
      <div className="havn-actions">
        <Button type="submit" loading={save.isPending}>
          {t('departures.plan.save')}
        </Button>
      </div>
    </form>
  );
}

function StepItem({ plan, step }: { plan: MoveOutPlan; step: MoveOutStep }) {
  const { t } = useTranslation();
  const update = useUpdateStep(plan.stayId);
  const toggle = () =>
    update.mutate({
      id: step.id,
      version: step.version,
      dueOn: step.dueOn,
      ...ownerFields(ownerValue(step.owner)),
      done: step.doneAt === null,
    });
  return (
    <li className="havn-moveout-step">
      <span>
        <strong>{t(`departures.steps.${step.kind}`)}</strong>
        {step.id === plan.nextStepId && <> ({t('departures.plan.next')})</>}
        {step.owner && <> – {step.owner.name}</>}
        {step.dueOn && <> – {formatDate(step.dueOn)}</>}
        {step.doneAt && (
          <span className="havn-muted">
            {' '}
            {t('departures.plan.done', { date: formatDayTime(step.doneAt) })}
          </span>
        )}
      </span>
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        loading={update.isPending}
        onClick={toggle}
        aria-label={`${step.doneAt ? t('departures.plan.reopen') : t('departures.plan.markDone')}: ${t(`departures.steps.${step.kind}`)}`}
      >
        {step.doneAt ? t('departures.plan.reopen') : t('departures.plan.markDone')}
      </Button>
      {update.isError && (
        <Paragraph data-size="sm" role="alert">
          {update.error instanceof ApiError && update.error.code === 'conflict'
            ? t('departures.plan.conflict')
            : t(errorMessageKey(update.error))}
        </Paragraph>
      )}
    </li>
  );
}

function AddStepForm({ plan }: { plan: MoveOutPlan }) {
  const { t } = useTranslation();
  const add = useAddStep(plan.stayId);
  const [attempt, setAttempt] = useState(0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const dueOn = String(form.get('dueOn') ?? '');
    setAttempt((n) => n + 1);
    add.mutate(
      {
        kind: String(form.get('kind')) as MoveOutStepKind,
        dueOn: dueOn === '' ? null : dueOn,
        ...ownerFields(String(form.get('owner') ?? '')),
      },
      { onSuccess: () => formElement.reset() },
    );
  };
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={add.isError ? t(errorMessageKey(add.error)) : null} attempt={attempt} />
      <div className="havn-form__row">
        <Field>
          <Label>{t('departures.plan.step')}</Label>
          <Select name="kind" defaultValue={moveOutStepKinds[0]}>
            {moveOutStepKinds.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`departures.steps.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield type="date" name="dueOn" label={t('departures.plan.dueOn')} />
        <OwnerSelect label={t('departures.plan.owner')} defaultValue="" />
      </div>
      <div className="havn-actions">
        <Button type="submit" variant="secondary" loading={add.isPending}>
          {t('departures.plan.addStep')}
        </Button>
      </div>
      {add.isSuccess && (
        <Paragraph data-size="sm" role="status">
          {t('departures.plan.added')}
        </Paragraph>
      )}
    </form>
  );
}

/**
 * The stay's move-out plan, for the stay page and the move-out board: the housing route, the
 * ready-to-move date, the steps with their owners, and the letter confirming the stay.
 */
export function MoveOutPlanSection({ stayId }: { stayId: string }) {
  const { t } = useTranslation();
  const plan = useMoveOutPlan(stayId);
  // Here, not in the form: the form remounts with the saved version, the outcome stays.
  const save = useSavePlan(stayId);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="havn-moveout-plan">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('departures.plan.title')}
      </Heading>
      {plan.isPending ? (
        <Paragraph className="havn-status__line">
          <Spinner aria-hidden data-size="sm" />
          {t('departures.loading')}
        </Paragraph>
      ) : plan.isError ? (
        <Alert data-color="danger">
          <Paragraph>{t(errorMessageKey(plan.error))}</Paragraph>
        </Alert>
      ) : (
        <>
          {save.isSuccess && (
            <Alert data-color="success" role="status">
              <Paragraph>{t('departures.plan.saved')}</Paragraph>
            </Alert>
          )}
          {/* Keyed by version: after a save or a conflict the fields show the latest. */}
          <PlanForm key={plan.data.version} plan={plan.data} save={save} />
          <Heading level={3} data-size="xs">
            {t('departures.plan.stepsTitle')}
          </Heading>
          {plan.data.steps.length === 0 ? (
            <Paragraph data-size="sm">{t('departures.plan.noSteps')}</Paragraph>
          ) : (
            <ul className="havn-moveout-steps">
              {plan.data.steps.map((s) => (
                <StepItem key={s.id} plan={plan.data} step={s} />
              ))}
            </ul>
          )}
          <AddStepForm plan={plan.data} />
          <Heading level={3} data-size="xs">
            {t('departures.plan.letterTitle')}
          </Heading>
          <Paragraph data-size="sm">
            {plan.data.letter
              ? t('departures.plan.letterMade', {
                  date: formatDayTime(plan.data.letter.generatedAt),
                  name: plan.data.letter.generatedBy,
                })
              : t('departures.plan.letterNone')}
          </Paragraph>
          <DsLink asChild>
            <Link to={`/departures/letter/${stayId}`}>{t('departures.plan.letterOpen')}</Link>
          </DsLink>
        </>
      )}
    </section>
  );
}
