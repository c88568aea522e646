import { Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { bedKinds, type UnitKind } from '@havn/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chosen } from '../../lib/one-of.ts';
import type { ConfigWrite } from './capacity-api.ts';
import type { Editing } from './config-editing.ts';
import { ConfigUnitFields, readUnitFields } from './ConfigUnitFields.tsx';

/** The dialog's form for a new or changed site, unit, room or bed. */
export function ConfigEditForm({
  editing,
  pending,
  onSave,
}: {
  editing: Exclude<Editing, null | { mode: 'remove' }>;
  pending: boolean;
  onSave: (write: ConfigWrite, name: string) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const unit = editing.mode === 'edit' ? editing.unit : undefined;
  const [unitKind, setUnitKind] = useState<UnitKind>(unit?.kind ?? 'house');
  const isBed = editing.kind === 'beds';
  const currentName = editing.mode === 'edit' ? editing.name : '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const name = String(f.get('name') ?? '').trim();
    const found: Record<string, string> = {};
    if (name === '') found.name = t('capacity.config.dialog.nameMissing');
    const write: ConfigWrite =
      editing.kind === 'units'
        ? { kind: 'units', fields: readUnitFields(f, unitKind, t, found) }
        : isBed
          ? { kind: 'beds', fields: { label: name, kind: chosen(f, 'bedKind', bedKinds, 'bed') } }
          : { kind: editing.kind === 'sites' ? 'sites' : 'rooms', fields: { name } };
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`config-${first}`)?.focus();
      return;
    }
    onSave(write, name);
  };

  return (
    <form onSubmit={submit} noValidate className="havn-form">
      <Heading level={2} data-size="sm">
        {editing.mode === 'create'
          ? t('capacity.config.dialog.createTitle', {
              kind: t(`capacity.config.kinds.${editing.kind}`),
            })
          : t('capacity.config.dialog.editTitle', { name: editing.name })}
      </Heading>
      <Textfield
        id="config-name"
        name="name"
        label={isBed ? t('capacity.config.dialog.label') : t('capacity.config.dialog.name')}
        defaultValue={currentName}
        error={errors.name}
        maxLength={isBed ? 50 : 100}
      />
      {isBed && (
        <Field>
          <Label>{t('capacity.config.dialog.bedKind')}</Label>
          <Select name="bedKind" defaultValue={editing.mode === 'edit' ? editing.bedKind : 'bed'}>
            {bedKinds.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`capacity.bedKinds.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {editing.kind === 'units' && (
        <ConfigUnitFields
          unit={unit}
          unitKind={unitKind}
          onUnitKind={setUnitKind}
          errors={errors}
        />
      )}
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t('capacity.config.dialog.save')}
        </Button>
      </div>
    </form>
  );
}
