import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { FormError } from '../../lib/FormError.tsx';
import { StaffOptions } from '../staff/StaffPicker.tsx';
import { isDate, isTime, osloDate, osloInstant, osloTime } from './oslo-time.ts';
import { useRecordMeeting, type NewTask, type PartnerOption } from './meetings-api.ts';

interface TaskDraft {
  key: number;
  description: string;
  /** '' for nobody, `user:<id>` or `partner:<id>`. */
  owner: string;
  dueOn: string;
}

type Errors = Record<string, string>;

const ownerOf = (owner: string): Pick<NewTask, 'ownerUserId' | 'ownerPartnerId'> => ({
  ownerUserId: owner.startsWith('user:') ? owner.slice(5) : null,
  ownerPartnerId: owner.startsWith('partner:') ? owner.slice(8) : null,
});

const text = (value: FormDataEntryValue | null) => {
  const trimmed = String(value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

function TaskFields({
  me,
  formId,
  task,
  index,
  partners,
  errors,
  onChange,
  onRemove,
}: {
  me: Authenticated;
  formId: string;
  task: TaskDraft;
  index: number;
  partners: PartnerOption[];
  errors: Errors;
  onChange: (task: TaskDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <li className="havn-ds-task">
      <Heading level={4} data-size="2xs">
        {t('dayService.meetings.form.task', { n })}
      </Heading>
      <Textfield
        id={`${formId}-task-${task.key}-description`}
        label={t('dayService.meetings.form.description')}
        value={task.description}
        onChange={(e) => onChange({ ...task, description: e.target.value })}
        maxLength={500}
        autoComplete="off"
        error={errors[`task-${task.key}-description`]}
      />
      <div className="havn-form__row">
        <Field>
          <Label>{t('dayService.meetings.form.owner')}</Label>
          <Select value={task.owner} onChange={(e) => onChange({ ...task, owner: e.target.value })}>
            <Select.Option value="">{t('dayService.meetings.form.ownerNone')}</Select.Option>
            <Select.Optgroup label={t('dayService.meetings.form.ownerStaff')}>
              <StaffOptions meId={me.user.id} valueOf={(id) => `user:${id}`} />
            </Select.Optgroup>
            <Select.Optgroup label={t('dayService.meetings.form.ownerPartners')}>
              {partners.map((p) => (
                <Select.Option key={p.id} value={`partner:${p.id}`}>
                  {p.name}
                </Select.Option>
              ))}
            </Select.Optgroup>
          </Select>
        </Field>
        <Textfield
          id={`${formId}-task-${task.key}-due`}
          type="date"
          label={t('dayService.meetings.form.dueOn')}
          value={task.dueOn}
          onChange={(e) => onChange({ ...task, dueOn: e.target.value })}
          error={errors[`task-${task.key}-due`]}
        />
      </div>
      <div>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
          {t('dayService.meetings.form.removeTask', { n })}
        </Button>
      </div>
    </li>
  );
}

/**
 * A joint meeting (samarbeidsmøte) with other services about one person: when, which services,
 * who was there, what was decided, and follow-up tasks with an owner and a due date.
 */
export function MeetingForm({
  me,
  personId,
  partners,
  onDone,
  onCancel,
}: {
  me: Authenticated;
  personId: string;
  partners: PartnerOption[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordMeeting();
  const [tasks, setTasks] = useState<TaskDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const partnersErrorId = useId();
  const formId = useId();
  const offered = partners.filter((p) => p.active);

  /** Shows the errors and puts focus on the first field that has one, in the form's order. */
  const show = (found: Errors) => {
    setErrors(found);
    const order = [
      'date',
      'time',
      'partners',
      ...tasks.flatMap((task) => [`task-${task.key}-description`, `task-${task.key}-due`]),
    ];
    const first = order.find((key) => found[key]);
    if (first) requestAnimationFrame(() => document.getElementById(`${formId}-${first}`)?.focus());
    return first !== undefined;
  };

  const addTask = () => {
    const key = nextKey;
    setNextKey(key + 1);
    setTasks((list) => [...list, { key, description: '', owner: '', dueOn: '' }]);
    requestAnimationFrame(() =>
      document.getElementById(`${formId}-task-${key}-description`)?.focus(),
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const form = new FormData(event.currentTarget);
    const date = String(form.get('date') ?? '');
    const time = String(form.get('time') ?? '');
    const partnerIds = form.getAll('partnerIds').map(String);
    const found: Errors = {};
    if (!isDate(date)) found.date = t('dayService.meetings.form.errors.dateMissing');
    if (!isTime(time)) found.time = t('dayService.meetings.form.errors.timeMissing');
    if (partnerIds.length === 0)
      found.partners = t('dayService.meetings.form.errors.partnersMissing');
    for (const task of tasks) {
      if (task.description.trim().length < 3)
        found[`task-${task.key}-description`] = t(
          'dayService.meetings.form.errors.taskDescription',
        );
      if (!isDate(task.dueOn))
        found[`task-${task.key}-due`] = t('dayService.meetings.form.errors.taskDue');
    }
    record.reset();
    if (show(found)) return;
    setAttempt((n) => n + 1);
    record.mutate(
      {
        personId,
        heldAt: osloInstant(date, time).toISOString(),
        partnerIds,
        attendees: text(form.get('attendees')),
        decisions: text(form.get('decisions')),
        tasks: tasks.map((task) => ({
          description: task.description.trim(),
          dueOn: task.dueOn,
          ...ownerOf(task.owner),
        })),
      },
      { onSuccess: onDone },
    );
  };

  const formError =
    record.isError && Object.keys(errors).length === 0 ? t(errorMessageKey(record.error)) : null;

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <div className="havn-form__row">
        <Textfield
          id={`${formId}-date`}
          type="date"
          name="date"
          label={t('dayService.meetings.form.date')}
          defaultValue={osloDate()}
          error={errors.date}
          autoFocus
        />
        <Textfield
          id={`${formId}-time`}
          type="time"
          name="time"
          label={t('dayService.meetings.form.time')}
          defaultValue={osloTime(new Date())}
          error={errors.time}
        />
      </div>
      <Fieldset
        aria-invalid={errors.partners ? true : undefined}
        aria-describedby={errors.partners ? partnersErrorId : undefined}
      >
        <Fieldset.Legend>{t('dayService.meetings.form.partners')}</Fieldset.Legend>
        <Fieldset.Description>
          {t('dayService.meetings.form.partnersDescription')}
        </Fieldset.Description>
        <div className="havn-ds-choices">
          {offered.map((p, index) => (
            <Checkbox
              key={p.id}
              name="partnerIds"
              value={p.id}
              label={p.name}
              id={index === 0 ? `${formId}-partners` : undefined}
            />
          ))}
        </div>
        {errors.partners && (
          <ValidationMessage id={partnersErrorId}>{errors.partners}</ValidationMessage>
        )}
      </Fieldset>
      <Textfield
        multiline
        rows={2}
        name="attendees"
        label={t('dayService.meetings.form.attendees')}
        description={t('dayService.meetings.form.attendeesDescription')}
        maxLength={1000}
      />
      <Textfield
        multiline
        rows={3}
        name="decisions"
        label={t('dayService.meetings.form.decisions')}
        maxLength={5000}
      />
      <Fieldset>
        <Fieldset.Legend>{t('dayService.meetings.form.tasks')}</Fieldset.Legend>
        {tasks.length > 0 && (
          <ul className="havn-ds-task-fields">
            {tasks.map((task, index) => (
              <TaskFields
                key={task.key}
                me={me}
                formId={formId}
                task={task}
                index={index}
                partners={offered}
                errors={errors}
                onChange={(next) =>
                  setTasks((list) => list.map((x) => (x.key === next.key ? next : x)))
                }
                onRemove={() => setTasks((list) => list.filter((x) => x.key !== task.key))}
              />
            ))}
          </ul>
        )}
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={addTask}>
            {t('dayService.meetings.form.addTask')}
          </Button>
        </div>
      </Fieldset>
      <div className="havn-actions">
        <Button type="submit" loading={record.isPending}>
          {t('dayService.meetings.form.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
