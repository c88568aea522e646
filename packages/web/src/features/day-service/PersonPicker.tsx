import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { formatShortDate } from './oslo-time.ts';
import {
  minSearchLength,
  usePersonSearch,
  type PersonHit,
  type PersonRef,
} from './day-users-api.ts';
import './day-service.css';

function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Finds a person by name or alias and picks one of the hits. Once picked, the name shows with a
 * button to pick someone else. Enter in the search field searches; it never submits the form.
 */
export function PersonPicker({
  label,
  description,
  value,
  onChange,
  error,
  inputRef,
  accept = () => true,
}: {
  label: string;
  description?: string;
  value: PersonRef | null;
  onChange: (person: PersonRef | null) => void;
  error?: string | undefined;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Which hits may be picked here (only children, say); the rest are not offered. */
  accept?: (hit: PersonHit) => boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const settled = useSettled(text, 300);
  const changeRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  // Where focus goes once the choice has changed: the picked hit, or the search field, is gone.
  const moveFocus = useRef<'change' | 'search' | null>(null);
  useEffect(() => {
    if (moveFocus.current === 'change') changeRef.current?.focus();
    if (moveFocus.current === 'search') searchRef.current?.focus();
    moveFocus.current = null;
  }, [value]);
  const pick = (person: PersonRef | null) => {
    moveFocus.current = person ? 'change' : 'search';
    onChange(person);
  };
  const search = usePersonSearch(settled);
  const long = settled.trim().length >= minSearchLength;

  if (value) {
    return (
      <div className="havn-ds-section">
        <Paragraph>
          <strong>{label}</strong>
          <br />
          {t('dayService.person.chosen', { name: value.displayName })}
        </Paragraph>
        <div>
          <Button ref={changeRef} variant="secondary" data-size="sm" onClick={() => pick(null)}>
            {t('dayService.person.change')}
          </Button>
        </div>
      </div>
    );
  }

  // What the search found, said in a live region; the hits themselves are buttons below it.
  let said: string | null = null;
  const hits = long && !search.isError ? (search.data ?? []).filter(accept) : [];
  if (long && search.isError) said = t(errorMessageKey(search.error));
  else if (long && search.data)
    said =
      hits.length === 0
        ? t('dayService.person.noHits')
        : t('dayService.person.hits', { count: hits.length });
  else if (long && search.isFetching) said = t('dayService.person.searching');

  return (
    <div className="havn-ds-section">
      <Textfield
        ref={(element: HTMLInputElement | null) => {
          searchRef.current = element;
          if (inputRef) inputRef.current = element;
        }}
        type="search"
        label={label}
        description={description ?? t('dayService.person.searchDescription')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        autoComplete="off"
        error={error}
      />
      <div role="status">{said && <Paragraph data-size="sm">{said}</Paragraph>}</div>
      {hits.length > 0 && (
        <ul className="havn-ds-picklist" aria-label={t('dayService.person.hitsLabel')}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => pick({ id: hit.id, displayName: hit.displayName })}
              >
                {t('dayService.person.pick', { name: hit.displayName })}
                {hit.birthDate &&
                  `, ${t('dayService.person.born', { date: formatShortDate(hit.birthDate) })}`}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
