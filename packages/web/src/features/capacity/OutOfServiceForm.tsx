import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Why a bed is taken out of service: the reason is required. */
export function OutOfServiceForm({
  name,
  pending,
  onSubmit,
}: {
  name: string;
  pending: boolean;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (reason === '') {
      setError(t('capacity.board.oosDialog.reasonMissing'));
      return;
    }
    setError(null);
    onSubmit(reason);
  };
  return (
    <form onSubmit={submit} noValidate className="havn-form">
      <Heading level={2} data-size="sm">
        {t('capacity.board.oosDialog.title', { bed: name })}
      </Heading>
      <Textfield
        name="reason"
        label={t('capacity.board.oosDialog.reason')}
        description={t('capacity.board.oosDialog.reasonDescription')}
        error={error ?? undefined}
        maxLength={200}
        autoFocus
      />
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t('capacity.board.oosDialog.submit')}
        </Button>
      </div>
    </form>
  );
}
