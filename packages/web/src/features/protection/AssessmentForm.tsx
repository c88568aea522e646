import {
  assessmentKinds,
  riskJudgements,
  threatAnswers,
  type AssessmentKind,
  type RiskJudgement,
  type ThreatAnswer,
} from '@havn/domain';
import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { useRecordAssessment, useThreatItems, type ThreatItem } from './protection-api.ts';
import { Choice, labelOf, SaveError } from './ui.tsx';

interface Draft {
  now?: ThreatAnswer;
  earlier?: ThreatAnswer;
  note: string;
}

/**
 * The mapping of threats and protection needs: every active item answered for now and earlier,
 * then the staff member's judgement and reasons. Saved once — a later assessment is a new one.
 */
export function AssessmentForm({
  intakeId,
  kinds,
  onSaved,
  onCancel,
}: {
  intakeId: string;
  /** The kinds this form may record: the intake offers only the initial one. */
  kinds: readonly AssessmentKind[];
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const items = useThreatItems();
  if (items.isPending) return <Loading text={t('protection.loading')} />;
  if (items.isError) return <LoadError error={items.error} retry={() => items.refetch()} />;
  return (
    <ItemsForm
      intakeId={intakeId}
      items={items.data.filter((i) => i.active)}
      kinds={kinds}
      onSaved={onSaved}
      {...(onCancel ? { onCancel } : {})}
    />
  );
}

function ItemsForm({
  intakeId,
  items,
  kinds,
  onSaved,
  onCancel,
}: {
  intakeId: string;
  items: ThreatItem[];
  kinds: readonly AssessmentKind[];
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordAssessment(intakeId);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [kind, setKind] = useState<AssessmentKind | undefined>(
    kinds.length === 1 ? kinds[0] : undefined,
  );
  const [judgement, setJudgement] = useState<RiskJudgement>();
  const [reasons, setReasons] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const firstRefs = useRef(new Map<string, HTMLInputElement | null>());
  const reasonsRef = useRef<HTMLTextAreaElement>(null);

  const draftOf = (key: string): Draft => drafts[key] ?? { note: '' };
  const change = (key: string, patch: Partial<Draft>) =>
    setDrafts((d) => ({ ...d, [key]: { ...draftOf(key), ...patch } }));
  const unanswered = items.filter((i) => !draftOf(i.key).now || !draftOf(i.key).earlier);
  const problems = {
    items: unanswered.length > 0,
    kind: kind === undefined,
    judgement: judgement === undefined,
    reasons: reasons.trim() === '',
  };
  const hasProblems = Object.values(problems).some(Boolean);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    record.reset();
    setAttempt((n) => n + 1);
    if (hasProblems || !kind || !judgement) {
      setShowErrors(true);
      const first = unanswered[0];
      if (first) firstRefs.current.get(first.key)?.focus();
      else if (!problems.reasons) document.getElementsByName('judgement')[0]?.focus();
      else reasonsRef.current?.focus();
      return;
    }
    record.mutate(
      {
        kind,
        judgement,
        reasons: reasons.trim(),
        answers: items.map((i) => {
          const d = draftOf(i.key);
          return { key: i.key, now: d.now!, earlier: d.earlier!, note: d.note.trim() || null };
        }),
      },
      { onSuccess: onSaved },
    );
  };

  const answerLabels = Object.fromEntries(
    threatAnswers.map((a) => [a, t(`protection.answers.${a}`)]),
  ) as Record<ThreatAnswer, string>;

  return (
    <form className="havn-form havn-protection__form" onSubmit={onSubmit} noValidate>
      <Paragraph>{t('protection.assessment.intro')}</Paragraph>
      <FormError
        message={showErrors && hasProblems ? t('protection.assessment.errors.unanswered') : null}
        attempt={attempt}
      />
      <SaveError mutation={record} attempt={attempt} />
      <ol className="havn-protection__items">
        {items.map((item, index) => {
          const d = draftOf(item.key);
          return (
            <li key={item.key}>
              <Fieldset>
                <Fieldset.Legend>
                  {index + 1}. {labelOf(item)}
                </Fieldset.Legend>
                <Choice
                  legend={t('protection.assessment.now')}
                  name={`${item.key}-now`}
                  values={threatAnswers}
                  labels={answerLabels}
                  value={d.now}
                  onChange={(now) => change(item.key, { now })}
                  error={
                    showErrors && !d.now ? t('protection.assessment.errors.unanswered') : undefined
                  }
                  firstRef={(el) => {
                    firstRefs.current.set(item.key, el);
                  }}
                />
                <Choice
                  legend={t('protection.assessment.earlier')}
                  name={`${item.key}-earlier`}
                  values={threatAnswers}
                  labels={answerLabels}
                  value={d.earlier}
                  onChange={(earlier) => change(item.key, { earlier })}
                  error={
                    showErrors && !d.earlier
                      ? t('protection.assessment.errors.unanswered')
                      : undefined
                  }
                />
                <Textfield
                  label={t('protection.assessment.note')}
                  value={d.note}
                  maxLength={2000}
                  onChange={(e) => change(item.key, { note: e.target.value })}
                />
              </Fieldset>
            </li>
          );
        })}
      </ol>
      {kinds.length > 1 && (
        <Choice
          legend={t('protection.assessment.kind')}
          name="kind"
          values={kinds}
          labels={
            Object.fromEntries(
              assessmentKinds.map((k) => [k, t(`protection.kinds.${k}`)]),
            ) as Record<AssessmentKind, string>
          }
          value={kind}
          onChange={setKind}
          inline={false}
          error={showErrors && problems.kind ? t('protection.assessment.errors.kind') : undefined}
        />
      )}
      <Choice
        legend={t('protection.assessment.judgement')}
        name="judgement"
        values={riskJudgements}
        labels={
          Object.fromEntries(
            riskJudgements.map((j) => [j, t(`protection.judgements.${j}`)]),
          ) as Record<RiskJudgement, string>
        }
        value={judgement}
        onChange={setJudgement}
        error={
          showErrors && problems.judgement ? t('protection.assessment.errors.judgement') : undefined
        }
      />
      <Textfield
        ref={reasonsRef}
        multiline
        rows={4}
        label={t('protection.assessment.why')}
        description={`${t('protection.assessment.whyHint')} ${t('protection.sealedHint')}`}
        value={reasons}
        maxLength={5000}
        onChange={(e) => setReasons(e.target.value)}
        error={showErrors && problems.reasons ? t('protection.assessment.errors.why') : undefined}
      />
      <div className="havn-actions">
        <Button type="submit" loading={record.isPending}>
          {t('protection.assessment.submit')}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
