import {
  intakeTargetGroups,
  screenedVulnerabilities,
  type IntakeTargetGroup,
  type ScreenedVulnerability,
} from '@havn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Textarea,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';
import {
  MunicipalityField,
  useMunicipalityChoice,
} from '../../municipalities/MunicipalityField.tsx';

/** Target group, home municipality, the screened unit's criteria — or an exclusion with reason. */
export function EligibilityStep({ intake, onDone }: StepProps) {
  const { t } = useTranslation();
  const e = intake.eligibility;
  const step = useStep(intake.id, 'eligibility');
  const [groups, setGroups] = useState<IntakeTargetGroup[]>(e.targetGroups);
  const [danger, setDanger] = useState(e.dangerToSelfOrOthers);
  const [considered, setConsidered] = useState(e.screened !== null);
  const [vulnerabilities, setVulnerabilities] = useState<ScreenedVulnerability[]>(
    e.screened ? [...e.screened.vulnerabilities] : [],
  );
  const [psychotic, setPsychotic] = useState(e.screened?.psychotic ?? false);
  const [manages, setManages] = useState(e.screened?.managesDailyLiving ?? true);
  const [errors, setErrors] = useState<{ groups?: string; reason?: string }>({});
  const municipality = useMunicipalityChoice(
    e.homeMunicipality ?? intake.person.homeMunicipalityNumber,
  );
  const groupsRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const groupsErrorId = useId();
  const dangerId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get('reason') ?? '').trim();
    const found = {
      ...(groups.length === 0 && !danger
        ? { groups: t('intake.eligibility.targetGroupsMissing') }
        : {}),
      ...(danger && !reason ? { reason: t('intake.eligibility.exclusionReasonMissing') } : {}),
    };
    setErrors(found);
    if (found.groups) return groupsRef.current?.focus();
    const homeMunicipalityNumber = municipality.resolve();
    if (homeMunicipalityNumber === undefined) return;
    if (found.reason) return reasonRef.current?.focus();
    step.save(
      {
        version: intake.version,
        targetGroups: groups,
        homeMunicipalityNumber,
        dangerToSelfOrOthers: danger,
        exclusionReason: danger ? reason : null,
        screened: considered ? { vulnerabilities, psychotic, managesDailyLiving: manages } : null,
      },
      (r) => {
        // A refusal for the screened unit is read before going on.
        if (r.outcome === 'eligible' && !r.outsideCooperation && r.screenedRefusal.length === 0)
          onDone();
      },
    );
  };
  const r = step.result;
  const refusal = r ? r.screenedRefusal : e.screenedRefusal;
  return (
    <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
      {step.error}
      {refusal.length > 0 && (
        <Alert data-color="warning">
          <Paragraph>
            {t('intake.eligibility.result.notForScreened', {
              exclusions: refusal.map((x) => t(`capacity.find.exclusionNames.${x}`)).join(', '),
            })}
          </Paragraph>
        </Alert>
      )}
      {r && (
        <Alert data-color={r.outcome === 'excluded' ? 'warning' : 'success'} role="status">
          <Paragraph>{t(`intake.eligibility.result.${r.outcome}`)}</Paragraph>
          {r.outsideCooperation && <Paragraph>{t('intake.eligibility.result.outside')}</Paragraph>}
          {r.meetsScreenedCriteria && (
            <Paragraph>{t('intake.eligibility.result.screened')}</Paragraph>
          )}
          {r.outcome === 'eligible' && (
            <Button data-size="sm" onClick={onDone}>
              {t('intake.household.continue')}
            </Button>
          )}
        </Alert>
      )}
      <Fieldset
        aria-invalid={errors.groups ? true : undefined}
        aria-describedby={errors.groups ? groupsErrorId : undefined}
      >
        <Fieldset.Legend>{t('intake.eligibility.targetGroups')}</Fieldset.Legend>
        {intake.originContactId && (
          <Fieldset.Description>{t('intake.eligibility.suggested')}</Fieldset.Description>
        )}
        {intakeTargetGroups.map((g, i) => (
          <Checkbox
            key={g}
            ref={i === 0 ? groupsRef : undefined}
            label={t(`intake.eligibility.groups.${g}`)}
            value={g}
            checked={groups.includes(g)}
            onChange={(ev) =>
              setGroups(
                ev.target.checked
                  ? intakeTargetGroups.filter((x) => x === g || groups.includes(x))
                  : groups.filter((x) => x !== g),
              )
            }
          />
        ))}
        {errors.groups && <ValidationMessage id={groupsErrorId}>{errors.groups}</ValidationMessage>}
      </Fieldset>
      <MunicipalityField
        choice={municipality}
        label={t('intake.eligibility.municipality')}
        description={t('intake.eligibility.municipalityDescription')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('intake.eligibility.danger')}</Fieldset.Legend>
        <Fieldset.Description>{t('intake.eligibility.dangerDescription')}</Fieldset.Description>
        <Radio
          name={dangerId}
          value="no"
          label={t('common.no')}
          checked={!danger}
          onChange={() => setDanger(false)}
        />
        <Radio
          name={dangerId}
          value="yes"
          label={t('common.yes')}
          checked={danger}
          onChange={() => setDanger(true)}
        />
      </Fieldset>
      {danger && (
        <Field>
          <Label>{t('intake.eligibility.exclusionReason')}</Label>
          <Textarea
            ref={reasonRef}
            name="reason"
            rows={3}
            defaultValue={e.exclusionReason ?? ''}
            aria-invalid={errors.reason ? true : undefined}
          />
          {errors.reason && <ValidationMessage>{errors.reason}</ValidationMessage>}
        </Field>
      )}
      <Checkbox
        label={t('intake.eligibility.screened')}
        checked={considered}
        onChange={(ev) => setConsidered(ev.target.checked)}
      />
      {considered && (
        <>
          <Fieldset>
            <Fieldset.Legend>{t('intake.eligibility.vulnerabilities')}</Fieldset.Legend>
            {screenedVulnerabilities.map((v) => (
              <Checkbox
                key={v}
                label={t(`intake.eligibility.vulnerability.${v}`)}
                value={v}
                checked={vulnerabilities.includes(v)}
                onChange={(ev) =>
                  setVulnerabilities(
                    ev.target.checked
                      ? [...vulnerabilities, v]
                      : vulnerabilities.filter((x) => x !== v),
                  )
                }
              />
            ))}
          </Fieldset>
          <Checkbox
            label={t('intake.eligibility.psychotic')}
            checked={psychotic}
            onChange={(ev) => setPsychotic(ev.target.checked)}
          />
          <Checkbox
            label={t('intake.eligibility.managesDailyLiving')}
            checked={manages}
            onChange={(ev) => setManages(ev.target.checked)}
          />
        </>
      )}
      <div>
        <Button type="submit" loading={step.pending}>
          {t('intake.save')}
        </Button>
      </div>
    </form>
  );
}
