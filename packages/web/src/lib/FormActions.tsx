import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A form's submit button (busy while it saves) and «Avbryt» beside it. */
export function FormActions({
  submit,
  pending,
  onCancel,
  danger = false,
}: {
  submit: string;
  pending: boolean;
  onCancel: () => void;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="havn-actions">
      <Button type="submit" loading={pending} {...(danger ? { 'data-color': 'danger' } : {})}>
        {submit}
      </Button>
      <Button type="button" variant="tertiary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
