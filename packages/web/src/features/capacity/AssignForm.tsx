import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import {
  capacityApi,
  conflictKind,
  peopleApi,
  useCapacityChange,
  type FindNeed,
  type PersonHit,
} from './capacity-api.ts';
import { capacityErrorText } from './shared.tsx';

/** What was typed for the household: kept when the place is lost, so another is one click away. */
export interface AssignDraft {
  how: 'new' | 'existing';
  adultAlias: string;
  chosen: PersonHit | null;
  childAliases: string[];
}

/**
 * Who gets the place: a registered adult or a new one by alias; each child by alias. People
 * known by alias only are registered by the server with the stay, in one transaction: when the
 * bed goes to someone else first, nobody is registered, and `onTaken` gets what was typed.
 */
export function AssignForm({
  place,
  beds,
  need,
  reservationId,
  draft,
  onAssigned,
  onTaken,
}: {
  /** The unit and room, as the heading names them. */
  place: string;
  /** One bed per person: the adult's first, then the children's in the order of the need. */
  beds: readonly { id: string }[];
  need: FindNeed;
  /** The reservation the household takes up, when it was expected. */
  reservationId?: string;
  /** What was typed before another place was lost. */
  draft?: AssignDraft | null;
  onAssigned: (name: string) => void;
  onTaken: (draft: AssignDraft) => void;
}) {
  const { t } = useTranslation();
  const [how, setHow] = useState<'new' | 'existing'>(draft?.how ?? 'new');
  const [searchText, setSearchText] = useState('');
  const [hits, setHits] = useState<PersonHit[] | null>(draft?.chosen ? [draft.chosen] : null);
  const [chosen, setChosen] = useState<PersonHit | null>(draft?.chosen ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const assign = useCapacityChange((v: AssignDraft) => {
    const [adultBed, ...childBeds] = beds;
    return capacityApi.startStay({
      ...(v.how === 'existing' && v.chosen
        ? { personId: v.chosen.id }
        : { newPerson: { alias: v.adultAlias, gender: need.adultGender } }),
      bedId: adultBed?.id ?? '',
      children: v.childAliases.map((alias, i) => ({
        alias,
        bedId: childBeds[i]?.id ?? '',
        age: need.childAges[i] ?? 0,
      })),
      need: {
        accessible: need.accessible,
        floor: need.floor,
        meetsScreenedCriteria: need.meetsScreenedCriteria,
        ...(need.housing ? { housing: need.housing } : {}),
        ...(need.stayKind ? { stayKind: need.stayKind } : {}),
      },
      ...(reservationId ? { reservationId } : {}),
    });
  });

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
    const typed: AssignDraft = { how, adultAlias, chosen, childAliases };
    assign.mutate(typed, {
      onSuccess: () => onAssigned(how === 'new' ? adultAlias : (chosen?.displayName ?? '')),
      onError: (e) => {
        const conflict = conflictKind(e);
        if (conflict?.key === 'bedTaken' || conflict?.key === 'bedNotFree') onTaken(typed);
        else setFailure(capacityErrorText(t, e));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="havn-form">
      <Heading level={2} data-size="sm">
        {t('capacity.assign.title', { place })}
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
          defaultValue={draft?.adultAlias}
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
              defaultValue={draft?.childAliases[i]}
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
