import { Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { FormError } from '../../lib/FormError.tsx';
import { PrimaryContactPicker } from '../staff/PrimaryContactPicker.tsx';
import { HousingFields, PartnersField } from './CaseFields.tsx';
import { useUpdateCase, type Housing, type ReestablishmentCase } from './reestablishment-api.ts';
import { FormActions } from '../../lib/FormActions.tsx';

/** Changes goals, services, primary contact and where the person lives, with the version read. */
export function EditForm({
  me,
  theCase,
  onDone,
  onCancel,
}: {
  me: Authenticated;
  theCase: ReestablishmentCase;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCase(theCase.id);
  const [housing, setHousing] = useState<Housing>(theCase.housing);
  const [municipality, setMunicipality] = useState<string | null>(
    theCase.municipality?.number ?? null,
  );
  const [primary, setPrimary] = useState<string | null>(theCase.primaryContact?.id ?? null);
  const [partnerIds, setPartnerIds] = useState<string[]>(theCase.partners.map((p) => p.id));
  const [municipalityError, setMunicipalityError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const municipalityRef = useRef<HTMLSelectElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const goals = String(new FormData(event.currentTarget).get('goals') ?? '').trim();
    update.reset();
    if (housing === 'permanent_home' && municipality === null) {
      setMunicipalityError(t('reestablishment.open.errors.municipality'));
      municipalityRef.current?.focus();
      return;
    }
    setMunicipalityError(undefined);
    setAttempt((n) => n + 1);
    update.mutate(
      {
        version: theCase.version,
        housing,
        municipalityNumber: housing === 'permanent_home' ? municipality : null,
        ...(primary && primary !== theCase.primaryContact?.id ? { primaryContactId: primary } : {}),
        goals: goals === '' ? null : goals,
        partnerIds,
      },
      { onSuccess: onDone },
    );
  };

  let formError: string | null = null;
  if (update.isError)
    formError =
      update.error instanceof ApiError && update.error.code === 'conflict'
        ? t('reestablishment.case.conflict')
        : update.error instanceof ApiError &&
            update.error.fields.some((f) => f.code === 'no_transition_stay')
          ? t('reestablishment.open.errors.noTransitionStay')
          : t(errorMessageKey(update.error));
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <Textfield
        multiline
        rows={3}
        name="goals"
        label={t('reestablishment.open.goals')}
        description={t('reestablishment.open.goalsDescription')}
        defaultValue={theCase.goals ?? ''}
        maxLength={4000}
        autoFocus
      />
      <PartnersField value={partnerIds} onChange={setPartnerIds} />
      <PrimaryContactPicker
        me={me}
        currentId={theCase.primaryContact?.id ?? null}
        currentName={theCase.primaryContact?.name ?? null}
        label={t('reestablishment.open.primaryContact')}
        value={primary}
        onChange={setPrimary}
      />
      <HousingFields
        housing={housing}
        onHousing={setHousing}
        municipality={municipality}
        onMunicipality={setMunicipality}
        error={municipalityError}
        selectRef={municipalityRef}
      />
      <FormActions
        submit={t('reestablishment.case.save')}
        pending={update.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
