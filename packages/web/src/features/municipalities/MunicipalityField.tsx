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
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { useMunicipalityRegister } from './register-api.ts';
import './municipalities.css';

type Known = Pick<RegisterMunicipality, 'number' | 'name'>;

const itemOf = (m: Known): SuggestionItem => ({ value: m.number, label: municipalityLabel(m) });

/**
 * The state of one home-municipality field: what is picked, and what the person last typed
 * (the list puts back the picked one when the field is left with a text it has no option for,
 * so the typed text is kept here to be named in the message). `initial` is the one known, or
 * only its number. `resolve` gives the number (null for an empty field), or marks the field and
 * gives undefined when the text names no municipality, or two; `fromServer` marks it when the
 * server refused the number.
 */
export function useMunicipalityChoice(initial: Known | string | null) {
  const { t } = useTranslation();
  const register = useMunicipalityRegister();
  const inputRef = useRef<HTMLInputElement>(null);
  const known = typeof initial === 'string' ? null : initial;
  const [picked, setPicked] = useState<SuggestionItem | null>(known ? itemOf(known) : null);
  const [typed, setTyped] = useState(
    known ? municipalityLabel(known) : typeof initial === 'string' ? initial : '',
  );
  const [error, setError] = useState<string | undefined>();
  const markUnknown = (text: string) => {
    setError(t('stays.homeMunicipality.field.unknown', { text: text.trim() }));
    inputRef.current?.focus();
  };
  const resolve = (): string | null | undefined => {
    if (picked && typed === picked.label) return picked.value;
    const match = resolveMunicipality(register.data ?? [], typed);
    if (match.kind === 'found') return match.municipality.number;
    if (match.kind === 'empty') return null;
    if (match.kind === 'unknown') markUnknown(typed);
    else {
      setError(t('stays.homeMunicipality.field.ambiguous', { text: typed.trim() }));
      inputRef.current?.focus();
    }
    return undefined;
  };
  const fromServer = (failure: unknown) => {
    if (
      failure instanceof ApiError &&
      failure.fields.some((f) => f.code === 'unknown_municipality')
    )
      markUnknown(typed);
  };
  const pick = (item: SuggestionItem | null) => {
    setPicked(item);
    setTyped(item?.label ?? '');
    setError(undefined);
  };
  return {
    register,
    inputRef,
    picked,
    pick,
    typed,
    setTyped,
    error,
    setError,
    resolve,
    fromServer,
  };
}

export type MunicipalityChoice = ReturnType<typeof useMunicipalityChoice>;

/**
 * A home municipality by name or number: the register is searched as one types («Bergen»,
 * «4601», «Kárášjohka»), one is picked from the list — or is taken when the text names exactly
 * one as the field is left — and a text that names none is marked with what to do.
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
  const register = useMemo(() => choice.register.data ?? [], [choice.register.data]);
  // Every option stays in the list (hidden when it does not match), so that a name or number
  // typed or pasted whole finds its option at once.
  const shown = useRef({ text: '', numbers: new Set<string>() });
  const matches = (text: string) => {
    if (shown.current.text !== text)
      shown.current = {
        text,
        numbers: new Set(searchMunicipalities(register, text, 12).map((m) => m.number)),
      };
    return shown.current.numbers;
  };
  return (
    <Field>
      <Label>{label}</Label>
      <Field.Description>
        {description ?? t('stays.homeMunicipality.field.description')}
      </Field.Description>
      <Suggestion
        className="havn-municipality-field"
        filter={({ value, input }) => matches(input.value).has(value)}
        selected={choice.picked}
        onSelectedChange={choice.pick}
        onBeforeMatch={(event) => {
          // «bergen» or «4601» typed: the one option it names, though its label reads otherwise.
          const element = event.currentTarget;
          const match = resolveMunicipality(register, element.control?.value ?? '');
          if (match.kind !== 'found') return;
          const options = [...(element.options ?? [])];
          const option = options.find((o) => o.value === match.municipality.number);
          if (!option) return;
          event.preventDefault();
          for (const o of options) o.selected = o === option;
        }}
      >
        <SuggestionInput
          ref={choice.inputRef}
          autoComplete="off"
          defaultValue={choice.typed}
          aria-invalid={choice.error ? true : undefined}
          onInput={(e) => {
            // What the person typed; the list's own changes to the text are not theirs.
            if (!e.nativeEvent.isTrusted) return;
            choice.setTyped(e.currentTarget.value);
            choice.setError(undefined);
          }}
        />
        <SuggestionList>
          <SuggestionEmpty>
            {choice.register.isPending
              ? t('stays.homeMunicipality.field.loading')
              : t('stays.homeMunicipality.field.none')}
          </SuggestionEmpty>
          {register.map((m) => (
            <SuggestionOption key={m.number} value={m.number} label={municipalityLabel(m)}>
              {municipalityLabel(m)}
            </SuggestionOption>
          ))}
        </SuggestionList>
      </Suggestion>
      {choice.error && <ValidationMessage>{choice.error}</ValidationMessage>}
    </Field>
  );
}
