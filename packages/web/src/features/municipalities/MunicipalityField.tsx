import {
  resolveMunicipality,
  searchMunicipalities,
  municipalityLabel,
  type RegisterMunicipality,
} from '@havn/domain';
import {
  EXPERIMENTAL_Suggestion as Suggestion,
  EXPERIMENTAL_SuggestionEmpty as SuggestionEmpty,
  EXPERIMENTAL_SuggestionInput as SuggestionInput,
  EXPERIMENTAL_SuggestionList as SuggestionList,
  EXPERIMENTAL_SuggestionOption as SuggestionOption,
  Field,
  Label,
  ValidationMessage,
  type SuggestionItem,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useMunicipalityRegister } from './register-api.ts';

type Known = Pick<RegisterMunicipality, 'number' | 'name'>;

const itemOf = (m: Known): SuggestionItem => ({ value: m.number, label: municipalityLabel(m) });

/**
 * The state of one home-municipality field: what is picked or typed, and the check at saving.
 * `initial` is the one known, or only its number. `resolve` gives the number (null for an
 * empty field), or marks the field and gives undefined when the text names no municipality,
 * or two; `fromServer` marks it when the server refused the number.
 */
export function useMunicipalityChoice(initial: Known | string | null) {
  const { t } = useTranslation();
  const register = useMunicipalityRegister();
  const inputRef = useRef<HTMLInputElement>(null);
  const known = typeof initial === 'string' ? null : initial;
  const [picked, setPicked] = useState<SuggestionItem | null>(known ? itemOf(known) : null);
  const [text, setText] = useState(
    known ? municipalityLabel(known) : typeof initial === 'string' ? initial : '',
  );
  const [error, setError] = useState<string | undefined>();
  const fromServer = (failure: unknown) => {
    if (
      failure instanceof ApiError &&
      failure.fields.some((f) => f.code === 'unknown_municipality')
    ) {
      setError(
        t('stays.homeMunicipality.field.unknown', { text: inputRef.current?.value ?? text }),
      );
      inputRef.current?.focus();
    }
  };
  const resolve = (): string | null | undefined => {
    const typed = inputRef.current?.value ?? text;
    const match = resolveMunicipality(register.data ?? [], typed);
    setError(
      match.kind === 'unknown'
        ? t('stays.homeMunicipality.field.unknown', { text: typed.trim() })
        : match.kind === 'ambiguous'
          ? t('stays.homeMunicipality.field.ambiguous', { text: typed.trim() })
          : undefined,
    );
    if (match.kind === 'found') return match.municipality.number;
    if (match.kind === 'empty') return null;
    inputRef.current?.focus();
    return undefined;
  };
  return {
    register,
    inputRef,
    picked,
    setPicked,
    text,
    setText,
    error,
    setError,
    resolve,
    fromServer,
  };
}

export type MunicipalityChoice = ReturnType<typeof useMunicipalityChoice>;

/**
 * A home municipality by name or number: the register is searched as one types («Bergen»,
 * «4601», «Kárášjohka»), one is picked from the list, and a text that names none is marked
 * with what to do.
 */
export function MunicipalityField({
  choice,
  label,
  description,
}: {
  choice: MunicipalityChoice;
  label: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const descriptionId = useId();
  const matches = searchMunicipalities(choice.register.data ?? [], choice.text, 12);
  return (
    <Field className="havn-ds-short-field">
      <Label>{label}</Label>
      <Field.Description id={descriptionId}>
        {description ?? t('stays.homeMunicipality.field.description')}
      </Field.Description>
      <Suggestion
        filter={false}
        selected={choice.picked}
        onSelectedChange={(item) => {
          choice.setPicked(item);
          choice.setText(item?.label ?? '');
          choice.setError(undefined);
        }}
      >
        <SuggestionInput
          ref={choice.inputRef}
          autoComplete="off"
          defaultValue={choice.text}
          aria-invalid={choice.error ? true : undefined}
          aria-describedby={choice.error ? `${descriptionId} ${errorId}` : descriptionId}
          onInput={(e) => choice.setText(e.currentTarget.value)}
        />
        <SuggestionList>
          <SuggestionEmpty>
            {choice.register.isPending
              ? t('stays.homeMunicipality.field.loading')
              : t('stays.homeMunicipality.field.none')}
          </SuggestionEmpty>
          {matches.map((m) => (
            <SuggestionOption key={m.number} value={m.number} label={municipalityLabel(m)}>
              {municipalityLabel(m)}
            </SuggestionOption>
          ))}
        </SuggestionList>
      </Suggestion>
      {choice.error && <ValidationMessage id={errorId}>{choice.error}</ValidationMessage>}
    </Field>
  );
}
