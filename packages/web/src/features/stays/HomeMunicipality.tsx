import { municipalityLabel } from '@havn/domain';
import {
  Button,
  Heading,
  Paragraph,
  Textarea,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { formatDayAndTime } from '../day-service/oslo-time.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { MunicipalityField, useMunicipalityChoice } from '../municipalities/MunicipalityField.tsx';
import { staysApi, useStayWrite, type Municipality, type Stay } from './stays-api.ts';

/** A correction of a known one must say why: the bill and the statistics change with it. */
const reasonMinLength = 15;

function CorrectionForm({ stay, onDone }: { stay: Stay; onDone: () => void }) {
  const { t } = useTranslation();
  const current = stay.person.homeMunicipality;
  const municipality = useMunicipalityChoice(current);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [save, attempt] = useStayWrite(
    stay.id,
    (body: { homeMunicipalityNumber: string | null; reason: string | null }) =>
      staysApi.setHomeMunicipality(stay.id, { ...body, version: stay.version }),
    onDone,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = municipality.resolve();
    if (number === undefined) return;
    if (number === (current?.number ?? null)) {
      municipality.setError(t('stays.homeMunicipality.unchanged'));
      return municipality.inputRef.current?.focus();
    }
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    const missing = current !== null && reason.length < reasonMinLength;
    setReasonError(missing ? t('stays.homeMunicipality.reasonMissing') : undefined);
    if (missing) return reasonRef.current?.focus();
    save.mutate(
      { homeMunicipalityNumber: number, reason: reason || null },
      { onError: (failure) => municipality.fromServer(failure) },
    );
  };
  const refused =
    save.error instanceof ApiError &&
    save.error.fields.some((f) => f.code === 'unknown_municipality');
  return (
    <form className="havn-form" noValidate onSubmit={onSubmit}>
      <Paragraph data-size="sm">{t('stays.homeMunicipality.intro')}</Paragraph>
      <FormError
        message={save.isError && !refused ? t(errorMessageKey(save.error)) : null}
        attempt={attempt}
      />
      <MunicipalityField choice={municipality} label={t('stays.homeMunicipality.label')} />
      {current !== null && (
        <Field>
          <Label>{t('stays.homeMunicipality.reason')}</Label>
          <Field.Description>{t('stays.homeMunicipality.reasonHelp')}</Field.Description>
          <Textarea
            ref={reasonRef}
            name="reason"
            rows={2}
            maxLength={2000}
            aria-invalid={reasonError ? true : undefined}
          />
          {reasonError && <ValidationMessage>{reasonError}</ValidationMessage>}
        </Field>
      )}
      <div className="havn-actions">
        <Button type="submit" loading={save.isPending}>
          {t('stays.homeMunicipality.save')}
        </Button>
      </div>
    </form>
  );
}

/** «Bergen (4601)», or that none is registered. */
export function HomeMunicipalityFact({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const home = stay.person.homeMunicipality;
  return <>{home ? municipalityLabel(home) : t('stays.page.noHome')}</>;
}

/** Setting or correcting the stay's home municipality, and every change made to it. */
export function HomeMunicipalityEdit({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const historyId = useId();
  const name = (m: Municipality | null) =>
    m ? municipalityLabel(m) : t('stays.homeMunicipality.nothing');
  return (
    <>
      <Disclosure
        label={
          stay.person.homeMunicipality
            ? t('stays.homeMunicipality.edit')
            : t('stays.homeMunicipality.set')
        }
        heading={t('stays.homeMunicipality.heading')}
        open={open}
        onOpenChange={setOpen}
      >
        {(close) => <CorrectionForm stay={stay} onDone={close} />}
      </Disclosure>
      {stay.homeMunicipalityCorrections.length > 0 && (
        <section aria-labelledby={historyId}>
          <Heading level={3} data-size="2xs" id={historyId}>
            {t('stays.homeMunicipality.history')}
          </Heading>
          <ul>
            {stay.homeMunicipalityCorrections.map((c) => (
              <li key={c.correctedAt}>
                {t('stays.homeMunicipality.historyItem', {
                  from: name(c.from),
                  to: name(c.to),
                  date: formatDayAndTime(c.correctedAt),
                  name: c.correctedBy.name,
                })}
                {c.reason && <Paragraph data-size="sm">{c.reason}</Paragraph>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
