import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode, RefObject } from 'react';
import { StaffPicker } from '../features/staff/StaffPicker.tsx';
import { RadioFieldset } from './RadioFieldset.tsx';

/**
 * The fields every contact with a case has: the date and length side by side, the kind of contact,
 * whether an interpreter took part, the module's own fields (`children`) and the staff who took
 * part (the user to begin with). The form around it owns the state and validation.
 */
export function VisitFields<Kind extends string>({
  refs,
  errors,
  date,
  kinds,
  kind,
  onKindChange,
  kindLabel,
  meId,
  staffIds,
  onStaffChange,
  texts,
  children,
}: {
  refs: Record<'date' | 'minutes' | 'staff', RefObject<HTMLInputElement | null>>;
  errors: { date?: string; minutes?: string; staff?: string };
  date: { defaultValue: string; min: string; max?: string };
  kinds: readonly Kind[];
  kind: Kind;
  onKindChange: (kind: Kind) => void;
  kindLabel: (kind: Kind) => string;
  meId: string;
  staffIds: string[];
  onStaffChange: (ids: string[]) => void;
  texts: { date: string; minutes: string; kind: string; interpreter: string; staff: string };
  children: ReactNode;
}) {
  return (
    <>
      <div className="havn-form__row">
        <Textfield
          ref={refs.date}
          type="date"
          name="date"
          label={texts.date}
          defaultValue={date.defaultValue}
          min={date.min}
          max={date.max}
          error={errors.date}
          autoFocus
        />
        <Textfield
          ref={refs.minutes}
          type="number"
          name="minutes"
          inputMode="numeric"
          min={1}
          max={720}
          step={1}
          label={texts.minutes}
          defaultValue="60"
          error={errors.minutes}
        />
      </div>
      <RadioFieldset
        legend={texts.kind}
        name="kind"
        options={kinds}
        label={(k) => kindLabel(k)}
        value={kind}
        onChange={onKindChange}
      />
      <Checkbox name="interpreter" label={texts.interpreter} />
      {children}
      <StaffPicker
        multiple
        label={texts.staff}
        meId={meId}
        value={staffIds}
        onChange={onStaffChange}
        error={errors.staff}
        inputRef={refs.staff}
      />
    </>
  );
}
