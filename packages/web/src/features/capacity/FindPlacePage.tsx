import {
  Alert,
  Button,
  Dialog,
  Heading,
  Paragraph,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { StartIntakeButton, type IntakeSource } from '../intake/StartIntakeButton.tsx';
import { AssignForm, type AssignDraft } from './AssignForm.tsx';
import { CapacityAlerts } from './CapacityAlerts.tsx';
import { NeedForm } from './NeedForm.tsx';
import {
  capacityApi,
  conflictKind,
  useCapacityChange,
  type FindNeed,
  type OrderNoteDto,
  type PlaceOptionDto,
} from './capacity-api.ts';
import { CapacityNav, capacityErrorText, unfitText } from './shared.tsx';
import './capacity.css';

const noteCodes = [
  'screened_unit_for_its_target_group',
  'regular_place',
  'transition_only_when_no_women_place',
  'lent_only_when_regular_places_full',
  'accessible_kept_for_those_who_need_it',
] as const;

function useNoteText() {
  const { t } = useTranslation();
  return (note: OrderNoteDto) => {
    if (note.code === 'spare_beds')
      return t('capacity.find.notes.spare_beds', { count: note.count ?? 0 });
    const known = noteCodes.find((c) => c === note.code);
    return known ? t(`capacity.find.notes.${known}`) : t('capacity.find.notes.unknown');
  };
}

function placeName(option: PlaceOptionDto) {
  return option.roomName ? `${option.unitName}, ${option.roomName}` : option.unitName;
}

const hourMs = 3_600_000;

/**
 * Holds the place for a household on its way (the police bringing a mother and two children in
 * two hours): a label, when they are expected, and how long to hold the beds after that.
 */
function ReserveForm({
  option,
  need,
  onReserved,
  onTaken,
}: {
  option: PlaceOptionDto;
  need: FindNeed;
  onReserved: (label: string) => void;
  onTaken: () => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const reserve = useCapacityChange(capacityApi.reserve);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reserve.isPending) return;
    const form = new FormData(event.currentTarget);
    const label = String(form.get('label') ?? '').trim();
    const inHours = String(form.get('arrivesIn') ?? '').trim();
    const holdHours = String(form.get('holdFor') ?? '').trim();
    const found: Record<string, string> = {};
    if (label === '') found.label = t('capacity.reserve.labelMissing');
    if (!/^\d{1,2}$/.test(inHours) || Number(inHours) > 24)
      found.arrivesIn = t('capacity.reserve.arrivesInFormat');
    if (!/^\d{1,2}$/.test(holdHours) || Number(holdHours) < 1 || Number(holdHours) > 24)
      found.holdFor = t('capacity.reserve.holdForFormat');
    setErrors(found);
    setFailure(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`reserve-${first}`)?.focus();
      return;
    }
    const expected = Date.now() + Number(inHours) * hourMs;
    reserve.mutate(
      {
        ...need,
        bedIds: option.beds.map((b) => b.id),
        label,
        expectedArrivalAt: new Date(expected).toISOString(),
        expiresAt: new Date(expected + Number(holdHours) * hourMs).toISOString(),
      },
      {
        onSuccess: () => onReserved(label),
        onError: (e) => {
          const conflict = conflictKind(e);
          if (
            conflict?.key === 'bedTaken' ||
            conflict?.key === 'bedNotFree' ||
            conflict?.key === 'bedReserved'
          )
            onTaken();
          else setFailure(capacityErrorText(t, e));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="havn-form">
      <Heading level={2} data-size="sm">
        {t('capacity.reserve.title', { place: placeName(option) })}
      </Heading>
      <Paragraph data-size="sm">{t('capacity.reserve.intro')}</Paragraph>
      <Textfield
        id="reserve-label"
        name="label"
        label={t('capacity.reserve.label')}
        description={t('capacity.reserve.labelDescription')}
        error={errors.label}
        maxLength={20}
        autoComplete="off"
      />
      <Textfield
        id="reserve-arrivesIn"
        name="arrivesIn"
        label={t('capacity.reserve.arrivesIn')}
        inputMode="numeric"
        defaultValue="2"
        error={errors.arrivesIn}
        className="havn-find-form__number"
      />
      <Textfield
        id="reserve-holdFor"
        name="holdFor"
        label={t('capacity.reserve.holdFor')}
        inputMode="numeric"
        defaultValue="2"
        error={errors.holdFor}
        className="havn-find-form__number"
      />
      {failure && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">{failure}</Paragraph>
        </Alert>
      )}
      <div>
        <Button type="submit" aria-disabled={reserve.isPending || undefined}>
          {t('capacity.reserve.submit')}
        </Button>
      </div>
    </form>
  );
}

function Results({
  need,
  mayAssign,
  onChoose,
}: {
  need: FindNeed;
  mayAssign: boolean;
  onChoose: (option: PlaceOptionDto, action: 'assign' | 'reserve') => void;
}) {
  const { t } = useTranslation();
  const noteText = useNoteText();
  const found = useQuery({
    queryKey: ['capacity', 'find', need],
    queryFn: () => capacityApi.find(need),
  });
  if (found.isPending)
    return (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('capacity.find.searching')}
      </Paragraph>
    );
  if (found.isError)
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(errorMessageKey(found.error))}</Paragraph>
      </Alert>
    );
  const { options, notFitting, alerts } = found.data;
  return (
    <>
      <CapacityAlerts
        alerts={alerts}
        unitName={(id) => notFitting.find((u) => u.unitId === id)?.unitName ?? ''}
        waitingLabel={() => undefined}
        where="find"
      />
      <section aria-labelledby="find-options" className="havn-capacity-section">
        <Heading level={2} data-size="md" id="find-options">
          {t('capacity.find.optionsHeading')}
        </Heading>
        <Paragraph>
          {options.length === 0
            ? t('capacity.find.noOptions')
            : t('capacity.find.optionsCount', { count: options.length })}
        </Paragraph>
        <ol className="havn-options">
          {options.map((option) => (
            <li key={`${option.unitId}-${option.roomId ?? ''}`} className="havn-unit-card">
              <Heading level={3} data-size="xs">
                {option.roomName
                  ? t('capacity.find.optionRoom', {
                      rank: option.rank,
                      unit: option.unitName,
                      room: option.roomName,
                    })
                  : t('capacity.find.option', { rank: option.rank, unit: option.unitName })}
              </Heading>
              <dl className="havn-capacity-totals havn-capacity-totals--compact">
                <div>
                  <dt>{t('capacity.find.beds')}</dt>
                  <dd>
                    {option.beds
                      .map((b) =>
                        t(
                          b.kind === 'bed'
                            ? 'capacity.board.bedName'
                            : 'capacity.board.bedNameKind',
                          {
                            kind: t(`capacity.bedKinds.${b.kind}`),
                            label: b.label,
                          },
                        ),
                      )
                      .join(', ')}
                  </dd>
                </div>
              </dl>
              <ul className="havn-unit-facts">
                {option.order.map((note) => (
                  <li key={note.code}>{noteText(note)}</li>
                ))}
              </ul>
              {option.condition && (
                <Paragraph data-size="sm">
                  <strong>{t(`capacity.find.conditions.${option.condition}`)}</strong>
                </Paragraph>
              )}
              {mayAssign && (
                <div className="havn-capacity-buttons">
                  <Button
                    data-size="sm"
                    aria-label={t('capacity.find.assignFor', {
                      rank: option.rank,
                      place: placeName(option),
                    })}
                    onClick={() => onChoose(option, 'assign')}
                  >
                    {t('capacity.find.assign')}
                  </Button>
                  <Button
                    data-size="sm"
                    variant="secondary"
                    aria-label={t('capacity.find.reserveFor', {
                      rank: option.rank,
                      place: placeName(option),
                    })}
                    onClick={() => onChoose(option, 'reserve')}
                  >
                    {t('capacity.find.reserve')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      {notFitting.length > 0 && (
        <section aria-labelledby="find-not-fitting" className="havn-capacity-section">
          <Heading level={2} data-size="sm" id="find-not-fitting">
            {t('capacity.find.notFittingHeading')}
          </Heading>
          <ul className="havn-not-fitting">
            {notFitting.map((unit) => (
              <li key={unit.unitId}>
                <strong>{unit.unitName}</strong>: {unfitText(t, unit)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** /capacity/find: "Finn plass til", and giving the chosen place to a household. */
export function FindPlacePage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const navigate = useNavigate();
  const name = t('capacity.find.title');
  useDocumentTitle(name);
  const [need, setNeed] = useState<FindNeed | null>(null);
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<{
    option: PlaceOptionDto;
    action: 'assign' | 'reserve';
  } | null>(null);
  const [taken, setTaken] = useState(false);
  // The household typed for a place that went to someone else: the next place starts from it.
  const [draft, setDraft] = useState<AssignDraft | null>(null);
  const allowed = can(me, 'capacity.view_board');
  // Come from a logged contact: its household fills the form, and its intake can start here.
  const fromContact = (useLocation().state as { fromContact?: IntakeSource } | null)?.fromContact;
  const onTaken = (typed?: AssignDraft) => {
    setChosen(null);
    setTaken(true);
    if (typed) setDraft(typed);
  };

  return (
    <div className="havn-page havn-capacity">
      <PageHeading>{name}</PageHeading>
      {allowed ? (
        <>
          <Paragraph variant="long">{t('capacity.find.intro')}</Paragraph>
          <CapacityNav />
          {fromContact && can(me, 'intake.conduct') && (
            <div className="havn-capacity-buttons">
              <StartIntakeButton contact={fromContact} />
            </div>
          )}
          <NeedForm
            initial={
              fromContact?.household && {
                adultGender: fromContact.household.adultGender,
                childAges: fromContact.household.children.map((c) => c.age),
              }
            }
            onFind={(n) => {
              setTaken(false);
              setNeed(n);
              setRound((r) => r + 1);
            }}
          />
          <div role="alert">
            {taken && (
              <Alert data-color="danger">
                <Paragraph>{t('capacity.find.bedTaken')}</Paragraph>
              </Alert>
            )}
          </div>
          {need && (
            <Results
              key={round}
              need={need}
              mayAssign={can(me, 'capacity.assign')}
              onChoose={(option, action) => {
                setTaken(false);
                setChosen({ option, action });
              }}
            />
          )}
          <Dialog
            open={chosen !== null}
            onClose={() => setChosen(null)}
            closeButton={t('common.closeDialog')}
            aria-label={
              chosen
                ? t(
                    chosen.action === 'assign' ? 'capacity.assign.title' : 'capacity.reserve.title',
                    {
                      place: placeName(chosen.option),
                    },
                  )
                : ''
            }
            className="havn-dialog"
          >
            {chosen && need && (
              <Dialog.Block>
                {chosen.action === 'assign' ? (
                  <AssignForm
                    place={placeName(chosen.option)}
                    beds={chosen.option.beds}
                    need={need}
                    draft={draft}
                    onAssigned={(alias) => {
                      setChosen(null);
                      void navigate('/capacity', { state: { assigned: alias } });
                    }}
                    onTaken={onTaken}
                  />
                ) : (
                  <ReserveForm
                    option={chosen.option}
                    need={need}
                    onReserved={(label) => {
                      setChosen(null);
                      void navigate('/capacity', { state: { reserved: label } });
                    }}
                    onTaken={onTaken}
                  />
                )}
              </Dialog.Block>
            )}
          </Dialog>
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('capacity.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
