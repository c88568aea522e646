import { reassessmentInterval } from '@havn/domain';
import { Alert, Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { formatDateTime } from '../staff/format.ts';
import {
  useHouseRules,
  useItemChange,
  useProtectionSettings,
  useSaveHouseRules,
  useSaveSettings,
  useThreatItems,
  type RulesRevision,
  type ThreatItem,
} from './protection-api.ts';
import { labelOf, SaveError } from './ui.tsx';
import './protection.css';

const labelOk = (s: string) => s.trim().length >= 3;

/** /intake/settings, for the unit leader: the mapping's items, the interval, the house rules. */
export function ProtectionSettingsPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(t('protection.settings.title'));
  const allowed = can(me, 'intake.configure');
  return (
    <div className="havn-page havn-protection">
      <PageHeading>{t('protection.settings.title')}</PageHeading>
      {allowed ? (
        <>
          <Items />
          <Interval />
          <HouseRulesPart />
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('protection.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

function Items() {
  const { t } = useTranslation();
  const items = useThreatItems();
  const headingId = useId();
  let content;
  if (items.isPending) content = <Loading text={t('protection.loading')} />;
  else if (items.isError) content = <LoadError error={items.error} retry={() => items.refetch()} />;
  else
    content = (
      <>
        <ol className="havn-protection__list">
          {items.data.map((item, index) => (
            <ItemRow
              key={item.id}
              item={item}
              first={index === 0}
              last={index === items.data.length - 1}
            />
          ))}
        </ol>
        <AddItem />
      </>
    );
  return (
    <section className="havn-protection" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('protection.settings.items')}
      </Heading>
      <Paragraph>{t('protection.settings.itemsIntro')}</Paragraph>
      {content}
    </section>
  );
}

function ItemRow({ item, first, last }: { item: ThreatItem; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  const change = useItemChange();
  const [editing, setEditing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const label = labelOf(item);
  const run = (c: Parameters<typeof change.mutate>[0], after?: () => void) => {
    if (change.isPending) return;
    setAttempt((n) => n + 1);
    change.mutate(c, { onSuccess: () => after?.() });
  };
  return (
    <li>
      <Paragraph>
        {label}{' '}
        {!item.active && (
          <Tag data-size="sm" data-color="neutral">
            {t('protection.settings.retired')}
          </Tag>
        )}
      </Paragraph>
      <SaveError mutation={change} attempt={attempt} />
      {editing ? (
        <LabelsForm
          initial={item}
          submit={t('protection.save')}
          busy={change.isPending}
          onSubmit={(labels) =>
            run({ kind: 'update', id: item.id, version: item.version, ...labels }, () =>
              setEditing(false),
            )
          }
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="havn-actions">
          <Button
            variant="tertiary"
            data-size="sm"
            disabled={first}
            onClick={() =>
              run({ kind: 'move', id: item.id, version: item.version, direction: 'up' })
            }
          >
            {t('protection.settings.moveUp', { label })}
          </Button>
          <Button
            variant="tertiary"
            data-size="sm"
            disabled={last}
            onClick={() =>
              run({ kind: 'move', id: item.id, version: item.version, direction: 'down' })
            }
          >
            {t('protection.settings.moveDown', { label })}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => setEditing(true)}>
            {t('protection.settings.edit', { label })}
          </Button>
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() =>
              run({ kind: 'update', id: item.id, version: item.version, active: !item.active })
            }
          >
            {item.active ? t('protection.settings.retire') : t('protection.settings.restore')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** The two wordings of an item, both required. */
function LabelsForm({
  initial,
  submit,
  busy,
  onSubmit,
  onCancel,
}: {
  initial?: { labelNb: string; labelEn: string };
  submit: string;
  busy: boolean;
  onSubmit: (labels: { labelNb: string; labelEn: string }) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<{ labelNb?: string; labelEn?: string }>({});
  const handle = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const labelNb = String(data.get('labelNb') ?? '').trim();
    const labelEn = String(data.get('labelEn') ?? '').trim();
    const found = {
      ...(labelOk(labelNb) ? {} : { labelNb: t('protection.settings.errors.label') }),
      ...(labelOk(labelEn) ? {} : { labelEn: t('protection.settings.errors.label') }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = event.currentTarget.elements.namedItem(found.labelNb ? 'labelNb' : 'labelEn');
      if (first instanceof HTMLElement) first.focus();
      return;
    }
    onSubmit({ labelNb, labelEn });
    if (!initial) event.currentTarget.reset();
  };
  return (
    <form className="havn-form" onSubmit={handle} noValidate>
      <Textfield
        name="labelNb"
        label={t('protection.settings.labelNb')}
        defaultValue={initial?.labelNb ?? ''}
        maxLength={300}
        error={errors.labelNb}
        autoFocus={initial !== undefined}
      />
      <Textfield
        name="labelEn"
        label={t('protection.settings.labelEn')}
        defaultValue={initial?.labelEn ?? ''}
        maxLength={300}
        error={errors.labelEn}
      />
      <div className="havn-actions">
        <Button type="submit" data-size="sm" loading={busy}>
          {submit}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

function AddItem() {
  const { t } = useTranslation();
  const change = useItemChange();
  const [attempt, setAttempt] = useState(0);
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('protection.settings.add')}
      </Heading>
      <SaveError mutation={change} attempt={attempt} />
      <LabelsForm
        submit={t('protection.settings.add')}
        busy={change.isPending}
        onSubmit={(labels) => {
          setAttempt((n) => n + 1);
          change.mutate({ kind: 'create', ...labels });
        }}
      />
    </>
  );
}

function Interval() {
  const { t } = useTranslation();
  const settings = useProtectionSettings();
  const save = useSaveSettings();
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string>();
  const headingId = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending || !settings.data) return;
    const days = Number(new FormData(event.currentTarget).get('days'));
    save.reset();
    setAttempt((n) => n + 1);
    if (
      !Number.isInteger(days) ||
      days < reassessmentInterval.min ||
      days > reassessmentInterval.max
    ) {
      setError(t('protection.settings.errors.interval', reassessmentInterval));
      return;
    }
    setError(undefined);
    save.mutate({ reassessmentIntervalDays: days, version: settings.data.version });
  };
  return (
    <section className="havn-protection" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('protection.settings.interval')}
      </Heading>
      {settings.isPending ? (
        <Loading text={t('protection.loading')} />
      ) : settings.isError ? (
        <LoadError error={settings.error} retry={() => settings.refetch()} />
      ) : (
        <form className="havn-form" onSubmit={onSubmit} noValidate key={settings.data.version}>
          <SaveError mutation={save} attempt={attempt} />
          {save.isSuccess && (
            <Alert data-color="success" role="status">
              <Paragraph>{t('protection.settings.saved')}</Paragraph>
            </Alert>
          )}
          <Textfield
            className="havn-ds-short-field"
            type="number"
            inputMode="numeric"
            name="days"
            min={reassessmentInterval.min}
            max={reassessmentInterval.max}
            label={t('protection.settings.intervalDays')}
            description={t('protection.settings.intervalHint')}
            defaultValue={String(settings.data.reassessmentIntervalDays)}
            error={error}
          />
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('protection.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function HouseRulesPart() {
  const { t } = useTranslation();
  const rules = useHouseRules();
  const headingId = useId();
  return (
    <section className="havn-protection" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('protection.settings.houseRules')}
      </Heading>
      {rules.isPending ? (
        <Loading text={t('protection.loading')} />
      ) : rules.isError ? (
        <LoadError error={rules.error} retry={() => rules.refetch()} />
      ) : (
        <>
          <RulesForm
            unitId={null}
            title={t('protection.settings.centreRules')}
            current={rules.data.centre}
          />
          {rules.data.units.map((u) => (
            <RulesForm
              key={u.unitId}
              unitId={u.unitId}
              title={t('protection.settings.unitRules', { unit: u.name })}
              current={u.rules}
            />
          ))}
        </>
      )}
    </section>
  );
}

function RulesForm({
  unitId,
  title,
  current,
}: {
  unitId: string | null;
  title: string;
  current: RulesRevision | null;
}) {
  const { t } = useTranslation();
  const save = useSaveHouseRules();
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    save.reset();
    setAttempt((n) => n + 1);
    if (!text) {
      setError(t('protection.settings.errors.rules'));
      return;
    }
    setError(undefined);
    save.mutate({ unitId, text, revision: current?.revision ?? 0 });
  };
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate key={current?.revision ?? 0}>
      <SaveError mutation={save} attempt={attempt} />
      <Textfield
        multiline
        rows={6}
        name="text"
        label={title}
        description={
          current
            ? t('protection.settings.rulesRevision', {
                revision: current.revision,
                at: formatDateTime(current.savedAt),
                name: current.savedBy,
              })
            : t('protection.settings.noRules')
        }
        defaultValue={current?.text ?? ''}
        maxLength={20000}
        error={error}
      />
      <div>
        <Button type="submit" variant="secondary" loading={save.isPending}>
          {t('protection.save')}
        </Button>
      </div>
    </form>
  );
}
