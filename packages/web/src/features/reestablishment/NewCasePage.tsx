import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { FormError } from '../../lib/FormError.tsx';
import { PrimaryContactPicker } from '../staff/PrimaryContactPicker.tsx';
import { HousingFields, PartnersField } from './CaseFields.tsx';
import { useOpenCase, type Housing } from './reestablishment-api.ts';
import { BackToList, casePath, ReestablishmentPage } from './ui.tsx';

/** What the server's refusal means for the user, in their words. */
function problemOf(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.fields.some((f) => f.code === 'no_transition_stay'))
    return t('reestablishment.open.errors.noTransitionStay');
  if (error.reason === 'stay_going_on') return t('reestablishment.open.errors.stayGoing');
  if (error.reason === 'case_open') return t('reestablishment.open.errors.alreadyOpen');
  return null;
}

function NewCaseForm({ me, source }: { me: Authenticated; source: Record<string, string> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenCase();
  const [housing, setHousing] = useState<Housing>(
    source['fromStayId'] ? 'permanent_home' : 'transition_apartment',
  );
  const [municipality, setMunicipality] = useState<string | null>(null);
  // Opening the case names nobody unless the unit leader does.
  const [primary, setPrimary] = useState<string | null>(null);
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [municipalityError, setMunicipalityError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const municipalityRef = useRef<HTMLSelectElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open.isPending) return;
    const goals = String(new FormData(event.currentTarget).get('goals') ?? '').trim();
    open.reset();
    if (housing === 'permanent_home' && municipality === null) {
      setMunicipalityError(t('reestablishment.open.errors.municipality'));
      municipalityRef.current?.focus();
      return;
    }
    setMunicipalityError(undefined);
    setAttempt((n) => n + 1);
    open.mutate(
      {
        ...source,
        housing,
        municipalityNumber: housing === 'permanent_home' ? municipality : null,
        primaryContactId: primary,
        goals: goals === '' ? null : goals,
        partnerIds,
      },
      { onSuccess: ({ id }) => void navigate(casePath(id)) },
    );
  };

  const formError = open.isError
    ? (problemOf(t, open.error) ?? t(errorMessageKey(open.error)))
    : null;
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <HousingFields
        housing={housing}
        onHousing={setHousing}
        municipality={municipality}
        onMunicipality={setMunicipality}
        error={municipalityError}
        selectRef={municipalityRef}
      />
      <PrimaryContactPicker
        me={me}
        currentId={null}
        currentName={null}
        label={t('reestablishment.open.primaryContact')}
        noneLabel={t('staff.primaryContact.none')}
        value={primary}
        onChange={setPrimary}
      />
      <Textfield
        multiline
        rows={3}
        name="goals"
        label={t('reestablishment.open.goals')}
        description={t('reestablishment.open.goalsDescription')}
        maxLength={4000}
      />
      <PartnersField value={partnerIds} onChange={setPartnerIds} />
      <div className="havn-actions">
        <Button type="submit" loading={open.isPending}>
          {t('reestablishment.open.submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * /departures/reestablishment/ny: opens a follow-up case, after a stay (`?opphold=<stay id>`:
 * the person and the children come from it) or for a person (`?person=<id>`).
 */
export function NewCasePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const stayId = params.get('opphold');
  const personId = params.get('person');
  const source: Record<string, string> | null = stayId
    ? { fromStayId: stayId }
    : personId
      ? { personId }
      : null;
  return (
    <ReestablishmentPage title={t('reestablishment.open.title')}>
      {(me) => (
        <>
          <BackToList />
          <Paragraph variant="long">{t('reestablishment.open.intro')}</Paragraph>
          {source ? (
            <NewCaseForm me={me} source={source} />
          ) : (
            <Alert data-color="info">
              <Paragraph>{t('reestablishment.open.missing')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </ReestablishmentPage>
  );
}
