import {
  Alert,
  Button,
  Details,
  Heading,
  Paragraph,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReassessmentDue } from '@havn/domain';
import { formatShortDate, isDate } from '../day-service/oslo-time.ts';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { formatDateTime } from '../staff/format.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import { IncidentList } from './IncidentList.tsx';
import {
  useAssessmentHistory,
  useReviewSafetyPlan,
  useSafetyPlan,
  useStayProtection,
  type SafetyPlan,
} from './protection-api.ts';
import { SafetyPlanForm } from './SafetyPlanForm.tsx';
import { labelOf, SaveError } from './ui.tsx';
import './protection.css';

/** When the next (re)assessment is due, in words, marked when due or overdue. */
function DueLine({ due }: { due: ReassessmentDue }) {
  const { t } = useTranslation();
  const date = formatShortDate(due.dueOn);
  if (due.state === 'ok') return <Paragraph>{t('protection.section.dueOn', { date })}</Paragraph>;
  return (
    <Paragraph>
      <Tag data-color={due.state === 'overdue' ? 'danger' : 'warning'} data-size="sm">
        {due.state === 'overdue'
          ? t('protection.section.overdue', { date })
          : t('protection.section.due')}
      </Tag>{' '}
      {t(`protection.reasons.${due.reason}`)}
    </Paragraph>
  );
}

/**
 * The stay page's protection section: the latest judgement and when to reassess, a new
 * assessment, the assessment history, the safety plan, and the stay's incidents with a way to
 * report one. The stays module renders it; `intakeId` is null for a stay without an intake.
 */
export function ProtectionSection({
  stayId,
  intakeId,
}: {
  stayId: string;
  intakeId: string | null;
}) {
  const { t } = useTranslation();
  const overview = useStayProtection(stayId);
  const headingId = useId();
  const [mode, setMode] = useState<'view' | 'assess' | 'report'>('view');
  const intake = intakeId ?? overview.data?.intakeId ?? null;

  let content;
  if (overview.isPending) content = <Loading text={t('protection.loading')} />;
  else if (overview.isError)
    content = <LoadError error={overview.error} retry={() => overview.refetch()} />;
  else {
    const { latest, reassessment, incidents } = overview.data;
    content = (
      <>
        <Paragraph>
          {latest
            ? t('protection.section.latest', {
                judgement: t(`protection.judgements.${latest.judgement}`),
                kind: t(`protection.kinds.${latest.kind}`),
                at: formatDateTime(latest.assessedAt),
              })
            : t('protection.section.none')}
        </Paragraph>
        {reassessment && <DueLine due={reassessment} />}
        {intake === null ? (
          <Paragraph data-size="sm">{t('protection.section.noIntake')}</Paragraph>
        ) : mode === 'assess' ? (
          <AssessmentForm
            intakeId={intake}
            kinds={
              latest
                ? reassessment?.reason === 'incident'
                  ? ['after_incident', 'scheduled']
                  : ['scheduled', 'after_incident']
                : ['initial']
            }
            onSaved={() => setMode('view')}
            onCancel={() => setMode('view')}
          />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setMode('assess')}>
              {t('protection.section.newAssessment')}
            </Button>
          </div>
        )}
        {intake !== null && <History intakeId={intake} />}
        {intake !== null && <PlanPart intakeId={intake} />}
        <Heading level={3} data-size="xs">
          {t('protection.section.incidents')}
        </Heading>
        {mode === 'report' ? (
          <IncidentForm stayId={stayId} autoFocus onCancel={() => setMode('view')} />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setMode('report')}>
              {t('protection.section.reportIncident')}
            </Button>
          </div>
        )}
        {incidents.length === 0 ? (
          <Paragraph>{t('protection.section.noIncidents')}</Paragraph>
        ) : (
          <IncidentList incidents={incidents} showResident={false} headingLevel={4} />
        )}
      </>
    );
  }
  return (
    <section className="havn-protection" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('protection.section.heading')}
      </Heading>
      {content}
    </section>
  );
}

/** Earlier assessments, newest first, folded away: the answers are the most sensitive part. */
function History({ intakeId }: { intakeId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useAssessmentHistory(open ? intakeId : null);
  return (
    <Details open={open} onToggle={() => setOpen((o) => !o)}>
      <Details.Summary>{t('protection.section.history')}</Details.Summary>
      <Details.Content>
        {history.isPending ? (
          <Loading text={t('protection.loading')} />
        ) : history.isError ? (
          <LoadError error={history.error} retry={() => history.refetch()} />
        ) : (
          <ol className="havn-protection__list">
            {history.data.items.map((a) => (
              <li key={a.id}>
                <Heading level={4} data-size="2xs">
                  {t(`protection.kinds.${a.kind}`)}: {t(`protection.judgements.${a.judgement}`)} ·{' '}
                  {formatDateTime(a.assessedAt)} · {a.assessedBy.name}
                </Heading>
                <Paragraph className="havn-protection__rules">{a.reasons}</Paragraph>
                <dl className="havn-protection__plan">
                  {a.answers.map((answer) => (
                    <div key={answer.key}>
                      <dt>{labelOf(answer)}</dt>
                      <dd>
                        {t('protection.assessment.now')}: {t(`protection.answers.${answer.now}`)},{' '}
                        {t('protection.assessment.earlier').toLocaleLowerCase()}:{' '}
                        {t(`protection.answers.${answer.earlier}`)}
                        {answer.note ? ` — ${answer.note}` : ''}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </Details.Content>
    </Details>
  );
}

/** The safety plan: shown, changed, and marked as reviewed with the next review date. */
function PlanPart({ intakeId }: { intakeId: string }) {
  const { t } = useTranslation();
  const plan = useSafetyPlan(intakeId);
  const [editing, setEditing] = useState(false);
  let body;
  if (plan.isPending) body = <Loading text={t('protection.loading')} />;
  else if (plan.isError) body = <LoadError error={plan.error} retry={() => plan.refetch()} />;
  else if (editing || plan.data === null)
    body = (
      <SafetyPlanForm
        key={plan.data?.version ?? 0}
        intakeId={intakeId}
        plan={plan.data}
        onSaved={() => setEditing(false)}
        {...(plan.data ? { onCancel: () => setEditing(false) } : {})}
      />
    );
  else
    body = (
      <>
        <PlanView plan={plan.data} />
        <div>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('protection.plan.edit')}
          </Button>
        </div>
        <ReviewForm intakeId={intakeId} plan={plan.data} />
      </>
    );
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('protection.plan.heading')}
      </Heading>
      {body}
    </>
  );
}

function PlanView({ plan }: { plan: SafetyPlan }) {
  const { t } = useTranslation();
  const fields = ['routes', 'phone', 'school', 'ifFound', 'other'] as const;
  return (
    <>
      <dl className="havn-protection__plan">
        {fields
          .filter((f) => plan[f])
          .map((f) => (
            <div key={f}>
              <dt>{t(`protection.plan.${f}`)}</dt>
              <dd>{plan[f]}</dd>
            </div>
          ))}
      </dl>
      <Paragraph data-size="sm" className="havn-muted">
        {t('protection.plan.updated', {
          at: formatDateTime(plan.updatedAt),
          name: plan.updatedBy.name,
        })}
        {' · '}
        {plan.reviewedAt && plan.reviewedBy
          ? t('protection.plan.reviewed', {
              at: formatDateTime(plan.reviewedAt),
              name: plan.reviewedBy.name,
            })
          : t('protection.plan.notReviewed')}
        {plan.nextReviewOn &&
          ` · ${t('protection.plan.nextReviewOn', { date: formatShortDate(plan.nextReviewOn) })}`}
      </Paragraph>
    </>
  );
}

function ReviewForm({ intakeId, plan }: { intakeId: string; plan: SafetyPlan }) {
  const { t } = useTranslation();
  const review = useReviewSafetyPlan(intakeId);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string>();
  return (
    <form
      className="havn-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (review.isPending) return;
        const next = String(new FormData(event.currentTarget).get('nextReviewOn') ?? '');
        review.reset();
        setAttempt((n) => n + 1);
        if (next && !isDate(next)) {
          setError(t('protection.plan.errors.date'));
          return;
        }
        setError(undefined);
        review.mutate({ version: plan.version, nextReviewOn: next || null });
      }}
    >
      <SaveError mutation={review} attempt={attempt} />
      {review.isSuccess && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('protection.settings.saved')}</Paragraph>
        </Alert>
      )}
      <Textfield
        className="havn-ds-short-field"
        type="date"
        name="nextReviewOn"
        label={t('protection.plan.nextReview')}
        error={error}
      />
      <div>
        <Button type="submit" variant="secondary" data-size="sm" loading={review.isPending}>
          {t('protection.plan.review')}
        </Button>
      </div>
    </form>
  );
}
