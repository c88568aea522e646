import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { formatShortDate, osloDate } from '../day-service/oslo-time.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { useStayWrite, staysApi, type Stay } from './stays-api.ts';
import { TaskForm, TaskList } from './Tasks.tsx';

function PlanForm({ stay, onDone }: { stay: Stay; onDone: () => void }) {
  const { t } = useTranslation();
  const [save, attempt] = useStayWrite(
    stay.id,
    (form: FormData) =>
      staysApi.putPlan(stay.id, {
        goals: String(form.get('goals') ?? '').trim() || null,
        reviewIntervalDays: Number(form.get('interval') || 14),
        version: stay.plan?.version ?? null,
      }),
    onDone,
  );
  return (
    <form
      className="havn-form"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        save.mutate(new FormData(e.currentTarget));
      }}
    >
      <FormError message={save.isError ? t(errorMessageKey(save.error)) : null} attempt={attempt} />
      <Textfield
        multiline
        rows={4}
        name="goals"
        label={t('stays.plan.goals')}
        description={t('stays.plan.goalsHelp')}
        defaultValue={stay.plan?.goals ?? ''}
        maxLength={10_000}
        autoFocus
      />
      <Textfield
        type="number"
        name="interval"
        inputMode="numeric"
        min={1}
        max={365}
        label={t('stays.plan.interval')}
        defaultValue={String(stay.plan?.reviewIntervalDays ?? 14)}
      />
      <div className="havn-actions">
        <Button type="submit" loading={save.isPending}>
          {t('stays.plan.save')}
        </Button>
      </div>
    </form>
  );
}

function ReviewForm({ stay, onDone }: { stay: Stay; onDone: () => void }) {
  const { t } = useTranslation();
  const [review, attempt] = useStayWrite(
    stay.id,
    (form: FormData) =>
      staysApi.reviewPlan(stay.id, {
        note: String(form.get('note') ?? '').trim() || null,
        version: stay.plan!.version,
      }),
    onDone,
  );
  return (
    <form
      className="havn-form"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        review.mutate(new FormData(e.currentTarget));
      }}
    >
      <FormError
        message={review.isError ? t(errorMessageKey(review.error)) : null}
        attempt={attempt}
      />
      <Textfield
        multiline
        rows={3}
        name="note"
        label={t('stays.plan.reviewNote')}
        maxLength={5_000}
        autoFocus
      />
      <div className="havn-actions">
        <Button type="submit" loading={review.isPending}>
          {t('stays.plan.reviewSave')}
        </Button>
      </div>
    </form>
  );
}

/** The plan: goals, the review rhythm, and the measures — who does what by when. */
export function PlanSection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [adding, setAdding] = useState(false);
  const { plan } = stay;
  const measures = stay.tasks.filter((task) => task.source === 'plan');
  return (
    <section className="havn-stays__section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('stays.plan.heading')}
      </Heading>
      {plan ? (
        <>
          {plan.reviewDue && (
            <Alert data-color="warning" data-size="sm">
              <Paragraph data-size="sm">{t('stays.plan.reviewDue')}</Paragraph>
            </Alert>
          )}
          <dl className="havn-ds-facts">
            <dt>{t('stays.plan.goals')}</dt>
            <dd className="havn-stays__note">{plan.goals ?? '–'}</dd>
            <dt>{t('stays.plan.nextReview')}</dt>
            <dd>{plan.nextReviewOn ? formatShortDate(plan.nextReviewOn) : '–'}</dd>
            <dt>{t('stays.plan.interval')}</dt>
            <dd>{plan.reviewIntervalDays}</dd>
          </dl>
          <Paragraph data-size="sm" className="havn-muted">
            {plan.lastReviewedAt && plan.lastReviewedBy
              ? t('stays.plan.lastReviewed', {
                  date: formatShortDate(osloDate(plan.lastReviewedAt)),
                  name: plan.lastReviewedBy.name,
                })
              : t('stays.plan.neverReviewed')}
          </Paragraph>
          <Disclosure
            label={t('stays.plan.review')}
            heading={t('stays.plan.review')}
            open={reviewing}
            onOpenChange={setReviewing}
          >
            {(close) => <ReviewForm stay={stay} onDone={close} />}
          </Disclosure>
        </>
      ) : (
        <Paragraph>{t('stays.plan.none')}</Paragraph>
      )}
      <Disclosure
        label={plan ? t('stays.plan.edit') : t('stays.plan.make')}
        heading={plan ? t('stays.plan.edit') : t('stays.plan.make')}
        open={editing}
        onOpenChange={setEditing}
      >
        {(close) => <PlanForm stay={stay} onDone={close} />}
      </Disclosure>
      <Heading level={3} data-size="xs">
        {t('stays.plan.measures')}
      </Heading>
      <TaskList
        stayId={stay.id}
        tasks={measures}
        empty={t('stays.plan.noMeasures')}
        label={t('stays.plan.measures')}
      />
      <Disclosure
        label={t('stays.plan.addMeasure')}
        heading={t('stays.plan.addMeasure')}
        open={adding}
        onOpenChange={setAdding}
      >
        {(close) => <TaskForm stayId={stay.id} measure onDone={close} />}
      </Disclosure>
    </section>
  );
}
