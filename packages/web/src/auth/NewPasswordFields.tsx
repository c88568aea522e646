import { Textfield } from '@digdir/designsystemet-react';
import type { ChangeEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface NewPasswordFieldsProps {
  refs: {
    newPassword: RefObject<HTMLInputElement | null>;
    repeat: RefObject<HTMLInputElement | null>;
  };
  values: { newPassword: string; repeat: string };
  errors: { newPassword?: string; repeat?: string };
  onChange: (name: 'newPassword' | 'repeat') => (event: ChangeEvent<HTMLInputElement>) => void;
}

/** A new password typed twice, with the rules: first activation and a change of password alike. */
export function NewPasswordFields({ refs, values, errors, onChange }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        ref={refs.newPassword}
        label={t('activate.newPassword')}
        description={t('activate.rules')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={onChange('newPassword')}
        error={errors.newPassword}
      />
      <Textfield
        ref={refs.repeat}
        label={t('activate.repeatPassword')}
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        value={values.repeat}
        onChange={onChange('repeat')}
        error={errors.repeat}
      />
    </>
  );
}
