import {
  Button,
  Card,
  Field,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { formatShortDate, osloDate } from '../day-service/oslo-time.ts';
import { FormError } from '../../lib/FormError.tsx';
import { usePartners } from '../partners/partners-api.ts';
import { StaffOptions } from '../staff/StaffPicker.tsx';
import { refreshStay, staysApi, useStayWrite, type StayTask } from './stays-api.ts';

const knownSources = ['manual', 'plan', 'intake_flag', 'incident', 'move_out'] as const;
type KnownSource = (typeof knownSources)[number];
const sourceOf = (source: string): KnownSource =>
  (knownSources as readonly string[]).includes(source) ? (source as KnownSource) : 'manual';

/** Tasks or measures, open first: who, by when, and a button to mark each done. */
export function TaskList({
  stayId,
  tasks,
  empty,
  label,
}: {
  stayId: string;
  tasks: StayTask[];
  empty: string;
  label: string;
}) {
  const { t } = useTranslation();
  const today = osloDate();
  const done = useMutation({
    mutationFn: (task: StayTask) => staysApi.completeTask(stayId, task.id, task.version),
    onSettled: () => refreshStay(stayId),
  });
  if (tasks.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <>
      <FormError message={done.isError ? t(errorMessageKey(done.error)) : null} attempt={0} />
      <ul className="havn-stays__list" aria-label={label}>
        {tasks.map((task) => (
          <li key={task.id}>
            <Card data-color="neutral" className="havn-stays__task">
              <div>
                <Paragraph>{task.doneAt ? <s>{task.description}</s> : task.description}</Paragraph>
                <Paragraph data-size="sm" className="havn-muted">
                  {[
                    t(`stays.tasks.source.${sourceOf(task.source)}`),
                    task.owner?.name,
                    task.dueOn && t('stays.tasks.dueOn', { date: formatShortDate(task.dueOn) }),
                    task.doneAt &&
                      t('stays.tasks.doneBy', {
                        date: formatShortDate(osloDate(task.doneAt)),
                        name: task.doneBy?.name ?? '',
                      }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Paragraph>
              </div>
              {!task.doneAt && (
                <span className="havn-tags">
                  {task.dueOn && task.dueOn < today && (
                    <Tag data-size="sm" data-color="danger">
                      {t('stays.tasks.overdue')}
                    </Tag>
                  )}
                  <Button
                    data-size="sm"
                    variant="secondary"
                    aria-label={t('stays.tasks.markDone', { task: task.description })}
                    onClick={() => done.mutate(task)}
                  >
                    {t('stays.tasks.done')}
                  </Button>
                </span>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A task on the stay, or (`measure`) a measure of the plan: what, who (staff or partner), by when. */
export function TaskForm({
  stayId,
  measure,
  onDone,
}: {
  stayId: string;
  measure: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const partners = usePartners();
  const [error, setError] = useState<string | undefined>();
  const [add, attempt] = useStayWrite(
    stayId,
    (form: FormData) => {
      const owner = String(form.get('owner') ?? '');
      const due = String(form.get('dueOn') ?? '');
      return staysApi.addTask(stayId, {
        description: String(form.get('description') ?? '').trim(),
        measure,
        ownerUserId: owner.startsWith('staff:') ? owner.slice(6) : null,
        ownerPartnerId: owner.startsWith('partner:') ? owner.slice(8) : null,
        dueOn: due || null,
      });
    },
    onDone,
  );
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (String(form.get('description') ?? '').trim() === '') {
      setError(t('stays.tasks.required'));
      return;
    }
    setError(undefined);
    add.mutate(form);
  };
  return (
    <form className="havn-form" noValidate onSubmit={onSubmit}>
      <FormError message={add.isError ? t(errorMessageKey(add.error)) : null} attempt={attempt} />
      <Textfield
        name="description"
        label={t('stays.tasks.description')}
        maxLength={500}
        error={error}
        autoComplete="off"
        autoFocus
      />
      <Field>
        <Label>{t('stays.tasks.owner')}</Label>
        <Select name="owner" defaultValue={`staff:${me.user.id}`}>
          <Select.Option value="">{t('stays.tasks.noOwner')}</Select.Option>
          <optgroup label={t('stays.tasks.staffGroup')}>
            <StaffOptions meId={me.user.id} valueOf={(id) => `staff:${id}`} />
          </optgroup>
          {(partners.data ?? []).length > 0 && (
            <optgroup label={t('stays.tasks.partnerGroup')}>
              {(partners.data ?? []).map((p) => (
                <Select.Option key={p.id} value={`partner:${p.id}`}>
                  {p.name}
                </Select.Option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      <Textfield type="date" name="dueOn" label={t('stays.tasks.due')} />
      <div className="havn-actions">
        <Button type="submit" loading={add.isPending}>
          {t('stays.tasks.save')}
        </Button>
      </div>
    </form>
  );
}
