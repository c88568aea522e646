import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import type { AdultGender, FloorNeed } from '@havn/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessageKey } from '../../api/client.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import {
  capacityApi,
  conflictKind,
  peopleApi,
  useCapacityChange,
  type FindNeed,
  type OrderNoteDto,
  type PersonHit,
  type PlaceOptionDto,
} from './capacity-api.ts';
import { CapacityNav, capacityErrorText } from './shared.tsx';
import './capacity.css';

const genders = ['female', 'male', 'other'] as const satisfies readonly AdultGender[];
const floors = ['any', 'ground_floor', 'not_ground_floor'] as const satisfies readonly FloorNeed[];
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

/** The household and its needs. */
function NeedForm({ onFind }: { onFind: (need: FindNeed) => void }) {
  const { t } = useTranslation();
  const [gender, setGender] = useState<AdultGender>('female');
  const [housing, setHousing] = useState<'women' | 'men' | 'none'>('women');
  const [childCount, setChildCount] = useState('0');
  const [ages, setAges] = useState<string[]>([]);
  const [floor, setFloor] = useState<FloorNeed>('any');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const count = /^\d{1,2}$/.test(childCount) ? Math.min(Number(childCount), 10) : 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found: Record<string, string> = {};
    if (!/^\d{1,2}$/.test(childCount) || Number(childCount) > 10)
      found.children = t('capacity.find.childrenFormat');
    const childAges: number[] = [];
    for (let i = 0; i < count; i++) {
      const raw = (ages[i] ?? '').trim();
      if (!/^\d{1,2}$/.test(raw) || Number(raw) > 17)
        found[`age${i}`] = t('capacity.find.childAgeMissing', { n: i + 1 });
      else childAges.push(Number(raw));
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`find-${first}`)?.focus();
      return;
    }
    onFind({
      adultGender: gender,
      ...(gender === 'other' && housing !== 'none' ? { housing } : {}),
      childAges,
      accessible: form.get('accessible') === 'on',
      meetsScreenedCriteria: form.get('meetsScreened') === 'on',
      floor,
    });
  };

  return (
    <form onSubmit={submit} noValidate className="havn-form havn-find-form">
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.adult')}</Fieldset.Legend>
        {genders.map((g) => (
          <Radio
            key={g}
            name="gender"
            value={g}
            label={t(`capacity.find.genders.${g}`)}
            checked={gender === g}
            onChange={() => setGender(g)}
          />
        ))}
      </Fieldset>
      {gender === 'other' && (
        <Fieldset>
          <Fieldset.Legend>{t('capacity.find.housing')}</Fieldset.Legend>
          {(['women', 'men', 'none'] as const).map((h) => (
            <Radio
              key={h}
              name="housing"
              value={h}
              label={t(`capacity.find.housingOptions.${h}`)}
              checked={housing === h}
              onChange={() => setHousing(h)}
            />
          ))}
        </Fieldset>
      )}
      <Textfield
        id="find-children"
        label={t('capacity.find.children')}
        inputMode="numeric"
        value={childCount}
        onChange={(e) => setChildCount(e.target.value)}
        error={errors.children}
        className="havn-find-form__number"
      />
      {Array.from({ length: count }, (_, i) => (
        <Textfield
          key={i}
          id={`find-age${i}`}
          label={t('capacity.find.childAge', { n: i + 1 })}
          inputMode="numeric"
          value={ages[i] ?? ''}
          onChange={(e) => {
            const next = [...ages];
            next[i] = e.target.value;
            setAges(next);
          }}
          error={errors[`age${i}`]}
          className="havn-find-form__number"
        />
      ))}
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.needs')}</Fieldset.Legend>
        <Checkbox name="accessible" label={t('capacity.find.accessible')} />
        <Checkbox
          name="meetsScreened"
          label={t('capacity.find.meetsScreened')}
          description={t('capacity.find.meetsScreenedDescription')}
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('capacity.find.floor')}</Fieldset.Legend>
        {floors.map((f) => (
          <Radio
            key={f}
            name="floor"
            value={f}
            label={t(`capacity.find.floors.${f}`)}
            checked={floor === f}
            onChange={() => setFloor(f)}
          />
        ))}
      </Fieldset>
      <div>
        <Button type="submit">{t('capacity.find.submit')}</Button>
      </div>
    </form>
  );
}

/** Who gets the place: a registered adult or a new one by alias; each child by alias. */
function AssignForm({
  option,
  need,
  onAssigned,
  onTaken,
}: {
  option: PlaceOptionDto;
  need: FindNeed;
  onAssigned: (name: string) => void;
  onTaken: () => void;
}) {
  const { t } = useTranslation();
  const [how, setHow] = useState<'new' | 'existing'>('new');
  const [searchText, setSearchText] = useState('');
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  const [chosen, setChosen] = useState<PersonHit | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const assign = useCapacityChange(
    async (v: { adultAlias: string | null; adultId: string | null; childAliases: string[] }) => {
      const adultId =
        v.adultId ??
        (await peopleApi.registerAlias(v.adultAlias ?? '', { gender: need.adultGender }));
      const childIds: string[] = [];
      for (const alias of v.childAliases)
        childIds.push(await peopleApi.registerAlias(alias, { adultId }));
      const [adultBed, ...childBeds] = option.beds;
      return capacityApi.startStay({
        personId: adultId,
        bedId: adultBed?.id ?? '',
        children: childIds.map((personId, i) => ({
          personId,
          bedId: childBeds[i]?.id ?? '',
          age: need.childAges[i] ?? 0,
        })),
        need: {
          accessible: need.accessible,
          floor: need.floor,
          meetsScreenedCriteria: need.meetsScreenedCriteria,
          ...(need.housing ? { housing: need.housing } : {}),
        },
      });
    },
  );

  const search = () => {
    if (searchText.trim().length < 2) {
      setErrors({ search: t('capacity.assign.searchTooShort') });
      return;
    }
    setErrors({});
    peopleApi.search(searchText.trim()).then(
      (items) => setHits(items.filter((p) => !p.isChild)),
      (e: unknown) => setFailure(t(errorMessageKey(e))),
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assign.isPending) return;
    const form = new FormData(event.currentTarget);
    const found: Record<string, string> = {};
    const adultAlias = String(form.get('adultAlias') ?? '').trim();
    if (how === 'new' && adultAlias === '') found.adultAlias = t('capacity.assign.aliasMissing');
    if (how === 'existing' && !chosen) found.search = t('capacity.assign.chooseHit');
    const childAliases = need.childAges.map((_, i) => String(form.get(`child${i}`) ?? '').trim());
    childAliases.forEach((a, i) => {
      if (a === '') found[`child${i}`] = t('capacity.assign.aliasMissing');
    });
    setErrors(found);
    setFailure(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`assign-${first}`)?.focus();
      return;
    }
    assign.mutate(
      {
        adultAlias: how === 'new' ? adultAlias : null,
        adultId: how === 'existing' ? (chosen?.id ?? null) : null,
        childAliases,
      },
      {
        onSuccess: () => onAssigned(how === 'new' ? adultAlias : (chosen?.displayName ?? '')),
        onError: (e) => {
          const conflict = conflictKind(e);
          if (conflict?.key === 'bedTaken' || conflict?.key === 'bedNotFree') onTaken();
          else setFailure(capacityErrorText(t, e));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="havn-form">
      <Heading level={2} data-size="sm">
        {t('capacity.assign.title', { place: placeName(option) })}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('capacity.assign.chooseHow')}</Fieldset.Legend>
        <Radio
          name="how"
          value="new"
          label={t('capacity.assign.newPerson')}
          checked={how === 'new'}
          onChange={() => setHow('new')}
        />
        <Radio
          name="how"
          value="existing"
          label={t('capacity.assign.existingPerson')}
          checked={how === 'existing'}
          onChange={() => setHow('existing')}
        />
      </Fieldset>
      {how === 'new' ? (
        <Textfield
          id="assign-adultAlias"
          name="adultAlias"
          label={t('capacity.assign.alias')}
          description={t('capacity.assign.aliasDescription')}
          error={errors.adultAlias}
          maxLength={100}
          autoComplete="off"
        />
      ) : (
        <div className="havn-form">
          <div className="havn-capacity-search">
            <Textfield
              id="assign-search"
              label={t('capacity.assign.search')}
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  search();
                }
              }}
              error={errors.search}
              autoComplete="off"
            />
            <Button type="button" variant="secondary" onClick={search}>
              {t('capacity.assign.searchButton')}
            </Button>
          </div>
          {hits !== null &&
            (hits.length === 0 ? (
              <Paragraph role="status">{t('capacity.assign.noHits')}</Paragraph>
            ) : (
              <Fieldset>
                <Fieldset.Legend>{t('capacity.assign.hits')}</Fieldset.Legend>
                {hits.map((hit) => (
                  <Radio
                    key={hit.id}
                    name="hit"
                    value={hit.id}
                    label={
                      hit.birthDate
                        ? t('capacity.assign.hitBorn', {
                            name: hit.displayName,
                            date: hit.birthDate,
                          })
                        : hit.displayName
                    }
                    checked={chosen?.id === hit.id}
                    onChange={() => setChosen(hit)}
                  />
                ))}
              </Fieldset>
            ))}
        </div>
      )}
      {need.childAges.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('capacity.assign.childrenHeading')}</Fieldset.Legend>
          {need.childAges.map((age, i) => (
            <Textfield
              key={i}
              id={`assign-child${i}`}
              name={`child${i}`}
              label={t('capacity.assign.childAlias', { n: i + 1, age })}
              error={errors[`child${i}`]}
              maxLength={100}
              autoComplete="off"
            />
          ))}
        </Fieldset>
      )}
      {failure && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">{failure}</Paragraph>
        </Alert>
      )}
      <div>
        <Button type="submit" aria-disabled={assign.isPending || undefined}>
          {assign.isPending ? t('capacity.assign.working') : t('capacity.assign.submit')}
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
  onChoose: (option: PlaceOptionDto) => void;
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
  const { options, notFitting } = found.data;
  return (
    <>
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
              {(option.tier === 'lent' || option.tier === 'transition') && (
                <Paragraph data-size="sm">
                  <strong>{t(`capacity.find.conditions.${option.tier}`)}</strong>
                </Paragraph>
              )}
              {mayAssign && (
                <div>
                  <Button
                    data-size="sm"
                    aria-label={t('capacity.find.assignFor', {
                      rank: option.rank,
                      place: placeName(option),
                    })}
                    onClick={() => onChoose(option)}
                  >
                    {t('capacity.find.assign')}
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
                <strong>{unit.unitName}</strong>:{' '}
                {unit.reasons.map((r) => t(`capacity.find.reasons.${r}`)).join(', ')}
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
  const [chosen, setChosen] = useState<PlaceOptionDto | null>(null);
  const [taken, setTaken] = useState(false);
  const allowed = can(me, 'capacity.view_board');

  return (
    <div className="havn-page havn-capacity">
      <PageHeading>{name}</PageHeading>
      {allowed ? (
        <>
          <Paragraph variant="long">{t('capacity.find.intro')}</Paragraph>
          <CapacityNav />
          <NeedForm
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
              onChoose={(o) => {
                setTaken(false);
                setChosen(o);
              }}
            />
          )}
          <Dialog
            open={chosen !== null}
            onClose={() => setChosen(null)}
            closeButton={t('common.closeDialog')}
            aria-label={chosen ? t('capacity.assign.title', { place: placeName(chosen) }) : ''}
            className="havn-dialog"
          >
            {chosen && need && (
              <Dialog.Block>
                <AssignForm
                  option={chosen}
                  need={need}
                  onAssigned={(alias) => {
                    setChosen(null);
                    void navigate('/capacity', { state: { assigned: alias } });
                  }}
                  onTaken={() => {
                    setChosen(null);
                    setTaken(true);
                  }}
                />
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
