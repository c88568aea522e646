import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type PartnerType, partnerTypes } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { partnersApi, partnersKey, type Partner, type PartnerFields } from './partners-api.ts';

type FieldName = 'type' | 'name' | 'municipalityNumber' | 'email';
type FieldErrors = Partial<Record<FieldName, string>>;

const serverField: Record<string, FieldName> = {
  'body.type': 'type',
  'body.name': 'name',
  'body.municipalityNumber': 'municipalityNumber',
  'body.email': 'email',
};

function PartnerForm({
  partner,
  headingId,
  onDone,
}: {
  partner: Partner | null;
  headingId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    type: useRef<HTMLSelectElement>(null),
    name: useRef<HTMLInputElement>(null),
    municipalityNumber: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
  };
  const errorText: Record<FieldName, string> = {
    type: t('partners.form.errors.type'),
    name: t('partners.form.errors.name'),
    municipalityNumber: t('partners.form.errors.municipalityNumber'),
    email: t('partners.form.errors.email'),
  };
  const save = useMutation({
    mutationFn: (body: PartnerFields & { active?: boolean }) =>
      partner
        ? partnersApi.update(partner.id, { ...body, version: partner.version })
        : partnersApi.create(body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: partnersKey }),
  });
  const focusFirst = (found: FieldErrors) => {
    const first = (Object.keys(refs) as FieldName[]).find((n) => found[n]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = String(form.get(name) ?? '').trim();
      return v === '' ? null : v;
    };
    const body: PartnerFields & { active?: boolean } = {
      type: String(form.get('type') ?? '') as PartnerType,
      name: value('name') ?? '',
      municipalityNumber: value('municipalityNumber'),
      phone: value('phone'),
      email: value('email'),
      contactName: value('contactName'),
      notes: value('notes'),
      ...(partner ? { active: form.get('active') === 'on' } : {}),
    };
    const found: FieldErrors = {};
    if (!(partnerTypes as readonly string[]).includes(body.type)) found.type = errorText.type;
    if (body.name.length < 2) found.name = errorText.name;
    if (body.municipalityNumber && !/^\d{4}$/.test(body.municipalityNumber))
      found.municipalityNumber = errorText.municipalityNumber;
    if (body.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) found.email = errorText.email;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (focusFirst(found)) return;
    save.mutate(body, {
      onSuccess: () =>
        onDone(
          partner
            ? t('partners.form.saved', { name: body.name })
            : t('partners.form.created', { name: body.name }),
        ),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'validation_failed') {
          const fromServer: FieldErrors = {};
          for (const f of error.fields) {
            const name = serverField[f.path];
            if (name) fromServer[name] = errorText[name];
          }
          setErrors(fromServer);
          focusFirst(fromServer);
        }
      },
    });
  };

  const failure =
    save.isError && Object.keys(errors).length === 0
      ? save.error instanceof ApiError && save.error.code === 'conflict'
        ? t('partners.form.conflict')
        : t(errorMessageKey(save.error))
      : null;

  return (
    <>
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {partner
            ? t('partners.form.editTitle', { name: partner.name })
            : t('partners.form.newTitle')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {failure && (
          <Alert key={attempt} data-color="danger" role="alert">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
        {/* Keyed by version: after a conflict the fields show the latest. */}
        <form key={partner?.version ?? 0} className="havn-form" onSubmit={onSubmit} noValidate>
          <Field>
            <Label>{t('partners.form.type')}</Label>
            <Select
              ref={refs.type}
              name="type"
              defaultValue={partner?.type ?? ''}
              aria-invalid={errors.type ? true : undefined}
              autoFocus
            >
              <Select.Option value="">{t('partners.form.chooseType')}</Select.Option>
              {partnerTypes.map((type) => (
                <Select.Option key={type} value={type}>
                  {t(`partners.types.${type}`)}
                </Select.Option>
              ))}
            </Select>
            {errors.type && <ValidationMessage>{errors.type}</ValidationMessage>}
          </Field>
          <Textfield
            ref={refs.name}
            name="name"
            label={t('partners.form.name')}
            defaultValue={partner?.name ?? ''}
            autoComplete="off"
            error={errors.name}
          />
          <div className="havn-form__row">
            <Textfield
              name="phone"
              type="tel"
              label={t('partners.form.phone')}
              defaultValue={partner?.phone ?? ''}
              autoComplete="off"
            />
            <Textfield
              ref={refs.email}
              name="email"
              type="email"
              label={t('partners.form.email')}
              defaultValue={partner?.email ?? ''}
              autoComplete="off"
              error={errors.email}
            />
          </div>
          <div className="havn-form__row">
            <Textfield
              name="contactName"
              label={t('partners.form.contactName')}
              defaultValue={partner?.contactName ?? ''}
              autoComplete="off"
            />
            <Textfield
              ref={refs.municipalityNumber}
              name="municipalityNumber"
              label={t('partners.form.municipalityNumber')}
              description={t('partners.form.municipalityDescription')}
              defaultValue={partner?.municipalityNumber ?? ''}
              inputMode="numeric"
              autoComplete="off"
              error={errors.municipalityNumber}
            />
          </div>
          <Textfield
            multiline
            rows={2}
            name="notes"
            label={t('partners.form.notes')}
            defaultValue={partner?.notes ?? ''}
          />
          {partner && (
            <Checkbox
              name="active"
              label={t('partners.form.active')}
              description={t('partners.form.activeDescription')}
              defaultChecked={partner.active}
            />
          )}
          <div>
            <Button type="submit" loading={save.isPending}>
              {partner ? t('partners.form.save') : t('partners.form.create')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </>
  );
}

/** Add or change a partner (unit leader), in a modal dialog. */
export function PartnerDialog({
  open,
  partner,
  onClose,
  onDone,
}: {
  open: boolean;
  partner: Partner | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('common.closeDialog')}
      aria-labelledby={headingId}
      className="havn-dialog"
    >
      {open && (
        <PartnerForm
          key={partner?.id ?? 'new'}
          partner={partner}
          headingId={headingId}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}
