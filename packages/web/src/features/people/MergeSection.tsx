import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { formatDate } from '../../lib/datetime.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import {
  minSearchLength,
  peopleApi,
  peopleKey,
  usePeopleSearch,
  type PersonView,
  type SearchHit,
} from './people-api.ts';

/**
 * For the unit leader: the same person registered twice is merged into this record. Empty fields
 * here are filled from the other, its links move here, and it points here afterwards.
 */
export function MergeSection({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const debounced = useDebounced(text, 300);
  const search = usePeopleSearch(debounced);
  const hits = (search.data ?? []).filter((h) => h.id !== person.id);
  const long = debounced.trim().length >= minSearchLength;
  const merge = useMutation({
    mutationFn: async (other: SearchHit) => {
      const current = await peopleApi.get(other.id);
      return peopleApi.merge({
        keepId: person.id,
        mergeId: other.id,
        version: person.version,
        mergeVersion: current.version,
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
    onSuccess: () => {
      setChosen(null);
      setText('');
    },
  });

  return (
    <section aria-labelledby={headingId} className="havn-person-section">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('people.merge.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('people.merge.intro')}</Paragraph>
      {chosen ? (
        <div className="havn-confirm__question">
          <Paragraph data-size="sm">
            {t('people.merge.confirm', { other: chosen.displayName, keep: person.displayName })}
          </Paragraph>
          <div className="havn-actions">
            <Button
              data-color="danger"
              data-size="sm"
              autoFocus
              loading={merge.isPending}
              onClick={() => {
                if (!merge.isPending) merge.mutate(chosen);
              }}
            >
              {t('people.merge.confirmButton')}
            </Button>
            <Button variant="tertiary" data-size="sm" onClick={() => setChosen(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <Textfield
            type="search"
            label={t('people.merge.search')}
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {long && hits.length > 0 && (
            <ul className="havn-picklist" aria-label={t('people.search.results')}>
              {hits.map((hit) => (
                <li key={hit.id}>
                  <Button variant="secondary" data-size="sm" onClick={() => setChosen(hit)}>
                    {t('people.merge.choose', { name: hit.displayName })}
                    {hit.birthDate &&
                      ` (${t('people.bornShort', { date: formatDate(hit.birthDate) })})`}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {long && search.data && hits.length === 0 && (
            <Paragraph data-size="sm">{t('people.search.none')}</Paragraph>
          )}
        </>
      )}
      <div role="status">
        {merge.isSuccess && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('people.merge.done')}</Paragraph>
          </Alert>
        )}
      </div>
      {merge.isError && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">
            {merge.error instanceof ApiError && merge.error.code === 'conflict'
              ? t('people.conflict')
              : t(errorMessageKey(merge.error))}
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}
