import {
  Alert,
  Button,
  Fieldset,
  Paragraph,
  Spinner,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { formatDate } from '../../lib/datetime.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import {
  minSearchLength,
  peopleApi,
  peopleKey,
  usePeopleSearchResult,
  type Duplicate,
} from '../people/people-api.ts';

export interface LinkedPerson {
  id: string;
  displayName: string;
}

/** Enter in a field of its own must not log the contact: it does this field's job instead. */
const onEnter = (run: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  run();
};

/** Search by name or alias; pick one of the hits. */
function FindPerson({ onPick }: { onPick: (person: LinkedPerson) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const debounced = useDebounced(text, 300);
  const found = usePeopleSearchResult(debounced);
  const search = { ...found, data: found.data?.items };
  const earlier = found.data?.earlierRecords ?? [];
  const long = debounced.trim().length >= minSearchLength;
  useEffect(() => searchRef.current?.focus(), []);

  let result = null;
  if (long && search.isError) {
    result = <Paragraph data-size="sm">{t(errorMessageKey(search.error))}</Paragraph>;
  } else if (long && search.data) {
    result =
      search.data.length === 0 ? (
        <Paragraph data-size="sm">
          {earlier.length > 0 ? t('contacts.person.earlier') : t('contacts.person.noHits')}
        </Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm" className="ds-sr-only">
            {t('people.search.hits', { count: search.data.length })}
          </Paragraph>
          <ul className="havn-picklist" aria-label={t('contacts.person.hitsLabel')}>
            {search.data.map((hit) => (
              <li key={hit.id}>
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => onPick({ id: hit.id, displayName: hit.displayName })}
                >
                  {t('contacts.person.pick', { name: hit.displayName })}
                  {hit.birthDate &&
                    ` (${t('people.bornShort', { date: formatDate(hit.birthDate) })})`}
                </Button>
              </li>
            ))}
          </ul>
        </>
      );
  } else if (long && search.isFetching) {
    result = (
      <Paragraph data-size="sm" className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('people.search.searching')}
      </Paragraph>
    );
  }

  return (
    <div className="havn-person-link__part">
      <Textfield
        ref={searchRef}
        type="search"
        label={t('contacts.person.search')}
        description={t('contacts.person.searchDescription')}
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onEnter(() => {
          const first = search.data?.[0];
          if (long && first && search.data?.length === 1)
            onPick({ id: first.id, displayName: first.displayName });
        })}
      />
      <div role="status">{result}</div>
    </div>
  );
}

/** A new person with only an alias: enough to link the contact; the rest can come later. */
function QuickRegister({ onPick }: { onPick: (person: LinkedPerson) => void }) {
  const { t } = useTranslation();
  const [alias, setAlias] = useState('');
  const [missing, setMissing] = useState(false);
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const register = async (confirmNotDuplicate: boolean) => {
    const name = alias.trim();
    setMissing(name === '');
    if (name === '' || pending) return;
    setPending(true);
    setFailure(null);
    try {
      const result = await peopleApi.create({ alias: name, confirmNotDuplicate });
      if (result.created) {
        void queryClient.invalidateQueries({ queryKey: peopleKey });
        onPick({ id: result.id, displayName: name });
      } else {
        setDuplicates(result.duplicates);
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="havn-person-link__part">
      <Textfield
        label={t('contacts.person.newAlias')}
        description={t('contacts.person.newAliasDescription')}
        autoComplete="off"
        value={alias}
        onChange={(e) => {
          setAlias(e.target.value);
          setDuplicates(null);
        }}
        onKeyDown={onEnter(() => void register(false))}
        error={missing ? t('contacts.person.aliasMissing') : undefined}
      />
      <div>
        <Button
          variant="secondary"
          data-size="sm"
          loading={pending}
          onClick={() => void register(false)}
        >
          {t('contacts.person.register')}
        </Button>
      </div>
      {failure !== null && (
        <Paragraph data-size="sm" role="alert">
          {t(errorMessageKey(failure))}
        </Paragraph>
      )}
      {duplicates && (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">{t('people.duplicates.intro')}</Paragraph>
          <ul className="havn-picklist">
            {duplicates.map((d) => (
              <li key={d.id}>
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => onPick({ id: d.id, displayName: d.displayName })}
                >
                  {t('contacts.person.pick', { name: d.displayName })}
                </Button>{' '}
                <span className="havn-muted">{t(`people.duplicates.reasons.${d.reason}`)}</span>
              </li>
            ))}
          </ul>
          <Button data-size="sm" onClick={() => void register(true)}>
            {t('people.duplicates.confirm')}
          </Button>
        </Alert>
      )}
    </div>
  );
}

/**
 * The person the contact is about: anonymous unless linked. "Koble til person" opens a search and
 * a quick registration with just an alias. Linking needs access to person records, so a
 * coordinator or night watch off shift is told to start the shift first.
 */
export function PersonLink({
  person,
  onChange,
  canLink,
  error,
}: {
  person: LinkedPerson | null;
  onChange: (person: LinkedPerson | null) => void;
  canLink: boolean;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [open, setOpen] = useState(false);
  const linkedRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const [justLinked, setJustLinked] = useState(false);

  useEffect(() => {
    if (justLinked) linkedRef.current?.focus();
  }, [justLinked]);

  const pick = (picked: LinkedPerson) => {
    onChange(picked);
    setOpen(false);
    setJustLinked(true);
  };

  let content;
  if (person) {
    content = (
      <div className="havn-person-link__linked">
        <p ref={linkedRef} tabIndex={-1} className="havn-person-link__name">
          {t('contacts.person.linked', { name: person.displayName })}
        </p>
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => {
            onChange(null);
            setJustLinked(false);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        >
          {t('contacts.person.unlink')}
        </Button>
      </div>
    );
  } else if (!canLink) {
    content = <Paragraph data-size="sm">{t('contacts.person.needsShift')}</Paragraph>;
  } else if (open) {
    content = (
      <>
        <FindPerson onPick={pick} />
        <QuickRegister onPick={pick} />
        <div>
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setOpen(false);
              requestAnimationFrame(() => openRef.current?.focus());
            }}
          >
            {t('contacts.person.keepAnonymous')}
          </Button>
        </div>
      </>
    );
  } else {
    content = (
      <div>
        <Button
          ref={openRef}
          variant="secondary"
          data-size="sm"
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('contacts.person.link')}
        </Button>
      </div>
    );
  }

  return (
    <Fieldset
      className="havn-person-link"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{t('contacts.person.legend')}</Fieldset.Legend>
      {!person && <Fieldset.Description>{t('contacts.person.anonymous')}</Fieldset.Description>}
      {content}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
