import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Spinner,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useId, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useStaffDirectory, type Colleague } from './directory-api.ts';
import './staff-picker.css';

/** The user first, named as "you", then the others in the directory's (alphabetical) order. */
function ordered(staff: readonly Colleague[], meId: string | undefined) {
  const me = staff.filter((s) => s.id === meId);
  return [...me, ...staff.filter((s) => s.id !== meId)];
}

const nameOf = (t: TFunction, colleague: Colleague, meId: string | undefined) =>
  colleague.id === meId ? t('staff.picker.you', { name: colleague.name }) : colleague.name;

const rolesOf = (t: TFunction, colleague: Colleague) =>
  colleague.roles.map((r) => t(`roles.${r}`)).join(', ');

interface Common {
  label: string;
  description?: string;
  error?: string | undefined;
  /** The logged-in user, shown first and named as "you". */
  meId?: string;
}

interface Multiple extends Common {
  multiple: true;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Focus goes here on a validation error: the first checkbox. */
  inputRef?: Ref<HTMLInputElement>;
  /** More controls inside the same group, after the colleagues (e.g. "nobody goes"). */
  children?: ReactNode;
}

interface Single extends Common {
  multiple?: false;
  value: string | null;
  onChange: (id: string | null) => void;
  inputRef?: Ref<HTMLSelectElement>;
  /** Offers "nobody" as the first choice, with this label; without it a colleague is required. */
  noneLabel?: string;
}

/** Loading and failure of the directory, in the place the picker will be. */
function DirectoryState({ label }: { label: string }) {
  const { t } = useTranslation();
  const directory = useStaffDirectory();
  if (directory.isError)
    return (
      <Alert data-color="warning" data-size="sm">
        <Paragraph data-size="sm">
          {label}: {t(errorMessageKey(directory.error))}
        </Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => void directory.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  return (
    <Paragraph className="havn-status__line" role="status" data-size="sm">
      <Spinner aria-hidden data-size="sm" />
      {t('staff.picker.loading')}
    </Paragraph>
  );
}

/**
 * Colleagues from the staff directory as `<option>`s, for a select that offers other owners
 * too (a task may belong to a partner). `valueOf` turns a staff id into the option's value.
 */
export function StaffOptions({
  meId,
  valueOf = (id) => id,
}: {
  meId?: string;
  valueOf?: (id: string) => string;
}) {
  const { t } = useTranslation();
  const directory = useStaffDirectory();
  return ordered(directory.data ?? [], meId).map((s) => (
    <Select.Option key={s.id} value={valueOf(s.id)}>
      {nameOf(t, s, meId)}
    </Select.Option>
  ));
}

/**
 * Choose colleagues — the staff who go, who took part — or one colleague — a primary contact.
 * Several: a labelled group of checkboxes with each one's roles. One: a labelled native select.
 * Both work with the keyboard alone and show a validation message tied to the control.
 */
export function StaffPicker(props: Multiple | Single) {
  const { t } = useTranslation();
  const directory = useStaffDirectory();
  const errorId = useId();
  const { label, description, error, meId } = props;
  if (!directory.data) return <DirectoryState label={label} />;
  const staff = ordered(directory.data, meId);

  if (props.multiple) {
    const { value, onChange, inputRef, children } = props;
    return (
      <Fieldset
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        <Fieldset.Legend>{label}</Fieldset.Legend>
        {description && <Fieldset.Description>{description}</Fieldset.Description>}
        <div className="havn-staff-picker">
          {staff.map((s, index) => (
            <Checkbox
              key={s.id}
              ref={index === 0 ? inputRef : undefined}
              name="staffIds"
              value={s.id}
              label={nameOf(t, s, meId)}
              description={rolesOf(t, s)}
              checked={value.includes(s.id)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? staff.filter((x) => x.id === s.id || value.includes(x.id)).map((x) => x.id)
                    : value.filter((id) => id !== s.id),
                )
              }
            />
          ))}
        </div>
        {children}
        {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      </Fieldset>
    );
  }

  const { value, onChange, inputRef, noneLabel } = props;
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        ref={inputRef}
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        {noneLabel !== undefined && <Select.Option value="">{noneLabel}</Select.Option>}
        {staff.map((s) => (
          <Select.Option key={s.id} value={s.id}>
            {nameOf(t, s, meId)}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
