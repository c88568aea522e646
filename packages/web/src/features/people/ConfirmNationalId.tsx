import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { peopleApi } from './people-api.ts';

/**
 * «Fødselsnummer registrert», and a field to confirm an identity: the number typed is compared
 * with the one registered on the server, which says only whether it matches. No digit is shown.
 */
export function ConfirmNationalId({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = useMutation({
    mutationFn: (nationalId: string) => peopleApi.confirmNationalId(personId, nationalId),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const typed = value.trim();
    setMissing(typed === '');
    if (typed !== '') confirm.mutate(typed);
  };
  return (
    <form className="havn-confirm-id" onSubmit={onSubmit} noValidate>
      <Paragraph data-size="sm">{t('people.nationalIdRegistered')}</Paragraph>
      <Textfield
        label={t('people.confirmId.label')}
        description={t('people.confirmId.description')}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          confirm.reset();
        }}
        error={missing ? t('people.confirmId.missing') : undefined}
      />
      <div>
        <Button type="submit" variant="secondary" data-size="sm" loading={confirm.isPending}>
          {t('people.confirmId.submit')}
        </Button>
      </div>
      <div role="status">
        {confirm.isSuccess && (
          <Paragraph data-size="sm">
            {confirm.data.matches ? t('people.confirmId.matches') : t('people.confirmId.noMatch')}
          </Paragraph>
        )}
        {confirm.isError && (
          <Paragraph data-size="sm">{t(errorMessageKey(confirm.error))}</Paragraph>
        )}
      </div>
    </form>
  );
}
