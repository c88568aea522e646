import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Switch,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type {
  BedKind,
  ScreenedCondition,
  ScreenedExclusion,
  ScreeningRules,
  UnitFeature,
  UnitKind,
} from '@havn/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { allChosen, chosen } from '../../lib/one-of.ts';
import { Feedback } from '../staff/Feedback.tsx';
import {
  capacityApi,
  targetGroups,
  useCapacityChange,
  useConfiguration,
  type ConfigKind,
  type ConfigFields,
  type ConfigWrite,
  type ConfigUnit,
} from './capacity-api.ts';
import { CapacityNav, capacityErrorText, DemoTag } from './shared.tsx';
import './capacity.css';

const unitKinds = ['house', 'apartment', 'screened_unit'] as const satisfies readonly UnitKind[];
const bedKinds = ['bed', 'cot', 'extra_bed'] as const satisfies readonly BedKind[];

const unitFeatures = [
  'locked_gate',
  'second_locked_door',
  'security_door',
  'lift',
  'staff_office',
  'no_view_from_street',
  'fenced_garden',
  'own_entrance',
] as const satisfies readonly UnitFeature[];
const screenedConditions = [
  'mental_illness',
  'substance_problems',
  'behaviour_unfit_for_communal_living',
] as const satisfies readonly ScreenedCondition[];
const screenedExclusions = [
  'psychotic',
  'cannot_manage_daily_living',
] as const satisfies readonly ScreenedExclusion[];

const defaultScreening: ScreeningRules = {
  requiresViolence: true,
  anyOf: ['mental_illness', 'substance_problems', 'behaviour_unfit_for_communal_living'],
  notTaken: ['psychotic', 'cannot_manage_daily_living'],
  staffCheckIntervalMinutes: 60,
  extendedHouseRules: true,
};

/** What the dialog edits: a new item under a parent, or an existing one with its version. */
type Editing =
  | { mode: 'create'; kind: ConfigKind; parentId: string | null; parentName: string }
  | {
      mode: 'edit';
      kind: ConfigKind;
      id: string;
      version: number;
      name: string;
      unit?: ConfigUnit;
      bedKind?: BedKind;
    }
  | { mode: 'remove'; kind: ConfigKind; id: string; version: number; name: string }
  | null;

function EditForm({
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
    let write: ConfigWrite = isBed
      ? { kind: 'beds', fields: { label: name, kind: chosen(f, 'bedKind', bedKinds, 'bed') } }
      : { kind: editing.kind === 'sites' ? 'sites' : 'rooms', fields: { name } };
    if (editing.kind === 'units') {
      const floor = String(f.get('floor') ?? '0').trim();
      if (!/^-?\d{1,2}$/.test(floor) || Number(floor) < -3 || Number(floor) > 50)
        found.floor = t('capacity.config.dialog.floorFormat');
      const boys = String(f.get('boysMaxAge') ?? '').trim();
      if (boys !== '' && (!/^\d{1,2}$/.test(boys) || Number(boys) > 17))
        found.boysMaxAge = t('capacity.config.dialog.boysMaxAgeFormat');
      let screening: ConfigFields['units']['screening'] = null;
      if (unitKind === 'screened_unit') {
        const minutes = String(f.get('interval') ?? '').trim();
        if (!/^\d{1,4}$/.test(minutes) || Number(minutes) < 5 || Number(minutes) > 1440)
          found.interval = t('capacity.config.dialog.intervalFormat');
        const anyOf = allChosen(f, 'anyOf', screenedConditions);
        if (anyOf.length === 0) found.anyOf = t('capacity.config.dialog.anyOfMissing');
        screening = {
          requiresViolence: true,
          anyOf,
          notTaken: allChosen(f, 'notTaken', screenedExclusions),
          staffCheckIntervalMinutes: Number(minutes),
          extendedHouseRules: f.get('extendedHouseRules') === 'on',
        };
      }
      write = {
        kind: 'units',
        fields: {
          name,
          kind: unitKind,
          allocation: f.get('allocation') === 'whole_unit' ? 'whole_unit' : 'room',
          targetGroup: chosen(f, 'targetGroup', targetGroups, 'women_and_children'),
          accessible: f.get('accessible') === 'on',
          mayServeAsTransition: f.get('transition') === 'on',
          transitionApartment: f.get('transitionApartment') === 'on',
          floor: Number(floor),
          boysMaxAge: boys === '' ? null : Number(boys),
          notes: String(f.get('notes') ?? '').trim() || null,
          features: allChosen(f, 'features', unitFeatures),
          screening,
        },
      };
    }
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
        <>
          <Field>
            <Label>{t('capacity.config.dialog.unitKind')}</Label>
            <Select value={unitKind} onChange={(e) => setUnitKind(e.target.value as UnitKind)}>
              {unitKinds.map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`capacity.unitKinds.${k}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('capacity.config.dialog.allocation')}</Label>
            <Select name="allocation" defaultValue={unit?.allocation ?? 'room'}>
              <Select.Option value="room">{t('capacity.allocations.room')}</Select.Option>
              <Select.Option value="whole_unit">
                {t('capacity.allocations.whole_unit')}
              </Select.Option>
            </Select>
          </Field>
          <Field>
            <Label>{t('capacity.config.dialog.targetGroup')}</Label>
            <Select name="targetGroup" defaultValue={unit?.targetGroup ?? 'women_and_children'}>
              {targetGroups.map((g) => (
                <Select.Option key={g} value={g}>
                  {t(`capacity.targetGroups.${g}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id="config-floor"
            name="floor"
            inputMode="numeric"
            label={t('capacity.config.dialog.floor')}
            defaultValue={String(unit?.floor ?? 0)}
            error={errors.floor}
          />
          <Textfield
            id="config-boysMaxAge"
            name="boysMaxAge"
            inputMode="numeric"
            label={t('capacity.config.dialog.boysMaxAge')}
            description={t('capacity.config.dialog.boysMaxAgeDescription')}
            defaultValue={String(unit?.boysMaxAge ?? '')}
            error={errors.boysMaxAge}
          />
          {unitKind === 'screened_unit' && (
            <>
              <Textfield
                id="config-interval"
                name="interval"
                inputMode="numeric"
                label={t('capacity.config.dialog.checkInterval')}
                defaultValue={String(unit?.screening?.staffCheckIntervalMinutes ?? 60)}
                error={errors.interval}
              />
              <Fieldset id="config-anyOf" tabIndex={-1}>
                <Fieldset.Legend>{t('capacity.config.dialog.anyOf')}</Fieldset.Legend>
                <Fieldset.Description>
                  {t('capacity.config.dialog.anyOfDescription')}
                </Fieldset.Description>
                {screenedConditions.map((c) => (
                  <Checkbox
                    key={c}
                    name="anyOf"
                    value={c}
                    label={t(`capacity.screening.conditions.${c}`)}
                    defaultChecked={(unit?.screening ?? defaultScreening).anyOf.includes(c)}
                  />
                ))}
                {errors.anyOf && <ValidationMessage>{errors.anyOf}</ValidationMessage>}
              </Fieldset>
              <Fieldset>
                <Fieldset.Legend>{t('capacity.config.dialog.notTaken')}</Fieldset.Legend>
                {screenedExclusions.map((e) => (
                  <Checkbox
                    key={e}
                    name="notTaken"
                    value={e}
                    label={t(`capacity.screening.exclusions.${e}`)}
                    defaultChecked={(unit?.screening ?? defaultScreening).notTaken.includes(e)}
                  />
                ))}
              </Fieldset>
              <Checkbox
                name="extendedHouseRules"
                label={t('capacity.config.dialog.extendedHouseRules')}
                defaultChecked={(unit?.screening ?? defaultScreening).extendedHouseRules}
              />
            </>
          )}
          <Fieldset>
            <Fieldset.Legend>{t('capacity.config.dialog.features')}</Fieldset.Legend>
            {unitFeatures.map((feature) => (
              <Checkbox
                key={feature}
                name="features"
                value={feature}
                label={t(`capacity.features.${feature}`)}
                defaultChecked={unit?.features.includes(feature) ?? false}
              />
            ))}
          </Fieldset>
          <Checkbox
            name="accessible"
            label={t('capacity.config.dialog.accessible')}
            defaultChecked={unit?.accessible ?? false}
          />
          <Checkbox
            name="transition"
            label={t('capacity.config.dialog.transition')}
            defaultChecked={unit?.mayServeAsTransition ?? false}
          />
          <Checkbox
            name="transitionApartment"
            label={t('capacity.config.dialog.transitionApartment')}
            defaultChecked={unit?.transitionApartment ?? false}
          />
          <Textfield
            name="notes"
            multiline
            rows={3}
            label={t('capacity.config.dialog.notes')}
            defaultValue={unit?.notes ?? ''}
            maxLength={2000}
          />
        </>
      )}
      <div>
        <Button type="submit" aria-disabled={pending || undefined}>
          {t('capacity.config.dialog.save')}
        </Button>
      </div>
    </form>
  );
}

function ItemButtons({
  kind,
  id,
  version,
  name,
  extra,
  onEdit,
  onRemove,
}: {
  kind: ConfigKind;
  id: string;
  version: number;
  name: string;
  extra?: Partial<Extract<Editing, { mode: 'edit' }>>;
  onEdit: (e: Editing) => void;
  onRemove: (e: Editing) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="havn-capacity-buttons">
      <Button
        data-size="sm"
        variant="secondary"
        aria-label={t('capacity.config.editItem', { name })}
        onClick={() => onEdit({ mode: 'edit', kind, id, version, name, ...extra })}
      >
        {t('capacity.config.edit')}
      </Button>
      <Button
        data-size="sm"
        variant="tertiary"
        data-color="danger"
        aria-label={t('capacity.config.removeItem', { name })}
        onClick={() => onRemove({ mode: 'remove', kind, id, version, name })}
      >
        {t('capacity.config.remove')}
      </Button>
    </div>
  );
}

/**
 * A centre setting that moves as soon as it is switched, while the change is saved; it is
 * remounted from the saved version, and moves back when the save fails.
 */
function SettingSwitch({
  checked,
  label,
  description,
  onChange,
}: {
  checked: boolean;
  label: string;
  description: string;
  onChange: (checked: boolean, undo: () => void) => void;
}) {
  const [shown, setShown] = useState(checked);
  return (
    <Switch
      label={label}
      description={description}
      checked={shown}
      onChange={(e) => {
        setShown(e.target.checked);
        onChange(e.target.checked, () => setShown(checked));
      }}
    />
  );
}

/** /capacity/configuration: sites, units, rooms and beds, for the unit leader. */
export function ConfigurationPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const name = t('capacity.config.title');
  useDocumentTitle(name);
  const allowed = can(me, 'capacity.configure');
  const config = useConfiguration();
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = useCapacityChange((fn: () => Promise<unknown>) => fn());

  const run = (fn: () => Promise<unknown>, ok: string, onFailure?: () => void) => {
    if (change.isPending) return;
    setDone(null);
    setError(null);
    change.mutate(fn, {
      onSuccess: () => setDone(ok),
      onError: (e) => {
        setError(capacityErrorText(t, e));
        onFailure?.();
      },
      onSettled: () => setEditing(null),
    });
  };

  const add = (kind: ConfigKind, parentId: string | null, parentName: string, label: string) => (
    <Button
      data-size="sm"
      variant="secondary"
      aria-label={label}
      onClick={() => setEditing({ mode: 'create', kind, parentId, parentName })}
    >
      +{' '}
      {t(
        `capacity.config.${kind === 'sites' ? 'addSite' : kind === 'units' ? 'addUnit' : kind === 'rooms' ? 'addRoom' : 'addBed'}`,
      )}
    </Button>
  );

  let content;
  if (config.isPending)
    content = (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('capacity.loading')}
      </Paragraph>
    );
  else if (config.isError)
    content = (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(errorMessageKey(config.error))}</Paragraph>
      </Alert>
    );
  else
    content = (
      <>
        <section aria-labelledby="cfg-settings" className="havn-capacity-site">
          <Heading level={2} data-size="md" id="cfg-settings">
            {t('capacity.config.settings.heading')}
          </Heading>
          <SettingSwitch
            key={config.data.settings.version}
            checked={config.data.settings.transitionStaysCount}
            label={t('capacity.config.settings.transitionStaysCount')}
            description={t('capacity.config.settings.transitionStaysCountDescription')}
            onChange={(transitionStaysCount, undo) =>
              run(
                () =>
                  capacityApi.updateSettings({
                    transitionStaysCount,
                    version: config.data.settings.version,
                  }),
                t('capacity.config.settings.saved'),
                undo,
              )
            }
          />
        </section>
        <div>{add('sites', null, '', t('capacity.config.addSite'))}</div>
        {config.data.sites.length === 0 && <Paragraph>{t('capacity.config.empty')}</Paragraph>}
        {config.data.sites.map((site) => (
          <section key={site.id} aria-labelledby={`cfg-${site.id}`} className="havn-capacity-site">
            <div className="havn-capacity-title">
              <Heading level={2} data-size="md" id={`cfg-${site.id}`}>
                {site.name}
              </Heading>
              <DemoTag fields={site.demoValues} />
              <ItemButtons
                kind="sites"
                id={site.id}
                version={site.version}
                name={site.name}
                onEdit={setEditing}
                onRemove={setEditing}
              />
            </div>
            <div className="havn-capacity-units">
              {site.units.map((unit) => (
                <section
                  key={unit.id}
                  aria-labelledby={`cfg-${unit.id}`}
                  className={
                    unit.rooms.length > 2
                      ? 'havn-unit-card havn-unit-card--large'
                      : 'havn-unit-card'
                  }
                >
                  <div className="havn-capacity-title">
                    <Heading level={3} data-size="sm" id={`cfg-${unit.id}`}>
                      {unit.name}
                    </Heading>
                    <DemoTag fields={unit.demoValues} />
                    <ItemButtons
                      kind="units"
                      id={unit.id}
                      version={unit.version}
                      name={unit.name}
                      extra={{ unit }}
                      onEdit={setEditing}
                      onRemove={setEditing}
                    />
                  </div>
                  <ul className="havn-unit-facts">
                    <li>{t(`capacity.unitKinds.${unit.kind}`)}</li>
                    <li>{t(`capacity.targetGroups.${unit.targetGroup}`)}</li>
                    <li>{t(`capacity.allocations.${unit.allocation}`)}</li>
                    {unit.transitionApartment && (
                      <li>{t('capacity.config.transitionApartmentFact')}</li>
                    )}
                    {unit.boysMaxAge !== null && (
                      <li>{t('capacity.config.boysMaxAgeFact', { age: unit.boysMaxAge })}</li>
                    )}
                  </ul>
                  <div className="havn-unit-rooms">
                    {unit.rooms.map((room) => (
                      <div key={room.id} className="havn-room">
                        <div className="havn-capacity-title">
                          <Heading level={4} data-size="xs">
                            {room.name}
                          </Heading>
                          <DemoTag fields={room.demoValues} />
                          <ItemButtons
                            kind="rooms"
                            id={room.id}
                            version={room.version}
                            name={`${room.name}, ${unit.name}`}
                            extra={{ name: room.name }}
                            onEdit={setEditing}
                            onRemove={setEditing}
                          />
                        </div>
                        <ul className="havn-beds">
                          {room.beds.map((bed) => {
                            const bedName = t(
                              bed.kind === 'bed'
                                ? 'capacity.board.bedName'
                                : 'capacity.board.bedNameKind',
                              {
                                kind: t(`capacity.bedKinds.${bed.kind}`),
                                label: bed.label,
                              },
                            );
                            return (
                              <li key={bed.id} className="havn-bed">
                                <span className="havn-bed__name">{bedName}</span>
                                <ItemButtons
                                  kind="beds"
                                  id={bed.id}
                                  version={bed.version}
                                  name={`${bedName}, ${room.name}, ${unit.name}`}
                                  extra={{ name: bed.label, bedKind: bed.kind }}
                                  onEdit={setEditing}
                                  onRemove={setEditing}
                                />
                              </li>
                            );
                          })}
                        </ul>
                        {add(
                          'beds',
                          room.id,
                          room.name,
                          t('capacity.config.addBedTo', { name: `${room.name}, ${unit.name}` }),
                        )}
                      </div>
                    ))}
                  </div>
                  {add(
                    'rooms',
                    unit.id,
                    unit.name,
                    t('capacity.config.addRoomTo', { name: unit.name }),
                  )}
                </section>
              ))}
            </div>
            {add('units', site.id, site.name, t('capacity.config.addUnitTo', { name: site.name }))}
          </section>
        ))}
      </>
    );

  return (
    <div className="havn-page havn-page--wide havn-capacity">
      <PageHeading>{name}</PageHeading>
      {allowed ? (
        <>
          <Paragraph variant="long">{t('capacity.config.intro')}</Paragraph>
          <CapacityNav />
          <Feedback done={done} error={error} />
          {content}
          <Dialog
            open={editing !== null}
            onClose={() => setEditing(null)}
            closeButton={t('common.closeDialog')}
            aria-label={
              editing?.mode === 'remove'
                ? t('capacity.config.removeDialog.title', { name: editing.name })
                : t('capacity.config.title')
            }
            className="havn-dialog"
          >
            {editing && editing.mode !== 'remove' && (
              <Dialog.Block>
                <EditForm
                  editing={editing}
                  pending={change.isPending}
                  onSave={(write, itemName) =>
                    run(
                      () =>
                        editing.mode === 'create'
                          ? capacityApi.create({ write, parentId: editing.parentId ?? '' })
                          : capacityApi.update({
                              write,
                              itemId: editing.id,
                              version: editing.version,
                            }),
                      t('capacity.config.saved', { name: itemName }),
                    )
                  }
                />
              </Dialog.Block>
            )}
            {editing?.mode === 'remove' && (
              <Dialog.Block className="havn-form">
                <Heading level={2} data-size="sm">
                  {t('capacity.config.removeDialog.title', { name: editing.name })}
                </Heading>
                <Paragraph>{t('capacity.config.removeDialog.text')}</Paragraph>
                <div className="havn-capacity-buttons">
                  <Button
                    data-color="danger"
                    onClick={() =>
                      run(
                        () =>
                          capacityApi.remove({
                            kind: editing.kind,
                            itemId: editing.id,
                            version: editing.version,
                          }),
                        t('capacity.config.removed', { name: editing.name }),
                      )
                    }
                  >
                    {t('capacity.config.removeDialog.submit')}
                  </Button>
                  <Button variant="secondary" onClick={() => setEditing(null)}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </Dialog.Block>
            )}
          </Dialog>
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('capacity.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
