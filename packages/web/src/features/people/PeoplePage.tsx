import {
  Alert,
  Button,
  Heading,
  Link,
  Paragraph,
  Spinner,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { formatDate } from '../../lib/datetime.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { moduleDescriptionKey, moduleNameKey } from '../../modules.ts';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { useOffShift } from '../staff/shift-api.ts';
import { minSearchLength, usePeopleSearch } from './people-api.ts';

function Search() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const offShift = useOffShift(me);
  const headingId = useId();
  const [text, setText] = useState('');
  const debounced = useDebounced(text, 300);
  const search = usePeopleSearch(debounced);
  const long = debounced.trim().length >= minSearchLength;

  let status = null;
  if (!long) {
    status = text.trim().length > 0 ? t('people.search.tooShort') : null;
  } else if (search.isError) {
    status = t(errorMessageKey(search.error));
  } else if (search.data) {
    status =
      search.data.length === 0
        ? offShift
          ? t('people.search.noneOffShift')
          : t('people.search.none')
        : t('people.search.hits', { count: search.data.length });
  } else {
    status = t('people.search.searching');
  }

  return (
    <section aria-labelledby={headingId} className="havn-people-search">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('people.search.heading')}
      </Heading>
      <form role="search" aria-labelledby={headingId} onSubmit={(e) => e.preventDefault()}>
        <Textfield
          type="search"
          label={t('people.search.label')}
          description={t('people.search.description')}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      <div role="status" className="havn-status__line">
        {long && search.isFetching && <Spinner aria-hidden data-size="sm" />}
        {status && <Paragraph data-size="sm">{status}</Paragraph>}
      </div>
      {long && search.data && search.data.length > 0 && (
        <ul className="havn-people-hits" aria-label={t('people.search.results')}>
          {search.data.map((hit) => (
            <li key={hit.id}>
              <Link asChild>
                <RouterLink to={`/people/${hit.id}`}>{hit.displayName}</RouterLink>
              </Link>
              {hit.birthDate && (
                <span className="havn-muted">
                  {' '}
                  {t('people.bornShort', { date: formatDate(hit.birthDate) })}
                </span>
              )}
              {hit.isChild && (
                <>
                  {' '}
                  <Tag data-size="sm" data-color="neutral">
                    {t('people.child')}
                  </Tag>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * /people: find a person by name or alias (by POST: names never go in URLs), and register a new
 * one. Coordinators and night watches reach records only on shift.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const name = t(moduleNameKey('people'));
  useDocumentTitle(name);
  const allowed = can(me, 'people.search');
  return (
    <div className="havn-page">
      <PageHeading>{name}</PageHeading>
      <Paragraph variant="long">{t(moduleDescriptionKey('people'))}</Paragraph>
      {allowed ? (
        <>
          <OffShiftNotice me={me} />
          {can(me, 'people.create') && (
            <div>
              <Button asChild>
                <RouterLink to="/people/new">{t('people.new.button')}</RouterLink>
              </Button>
            </div>
          )}
          <Search />
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('people.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
