import { Button, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../lib/FormError.tsx';
import { useSaveSafetyPlan, type SafetyPlan, type SafetyPlanContent } from './protection-api.ts';
import { SaveError } from './ui.tsx';

const fields = ['routes', 'phone', 'school', 'ifFound', 'other'] as const;

/** Writes the safety plan from the version shown; someone saving in between answers 409. */
export function SafetyPlanForm({
  intakeId,
  plan,
  onSaved,
  onCancel,
}: {
  intakeId: string;
  plan: SafetyPlan | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveSafetyPlan(intakeId);
  const [attempt, setAttempt] = useState(0);
  const [empty, setEmpty] = useState(false);
  const firstRef = useRef<HTMLTextAreaElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const data = new FormData(event.currentTarget);
    const text = (field: (typeof fields)[number]) => String(data.get(field) ?? '').trim() || null;
    const content: SafetyPlanContent = {
      routes: text('routes'),
      phone: text('phone'),
      school: text('school'),
      ifFound: text('ifFound'),
      other: text('other'),
    };
    save.reset();
    setAttempt((n) => n + 1);
    const nothing = fields.every((f) => content[f] === null);
    setEmpty(nothing);
    if (nothing) {
      firstRef.current?.focus();
      return;
    }
    save.mutate({ ...content, version: plan?.version ?? 0 }, { onSuccess: onSaved });
  };

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={empty ? t('protection.plan.errors.empty') : null} attempt={attempt} />
      <SaveError mutation={save} attempt={attempt} />
      {fields.map((f, index) => (
        <Textfield
          key={f}
          ref={index === 0 ? firstRef : undefined}
          multiline
          rows={3}
          name={f}
          label={t(`protection.plan.${f}`)}
          {...(index === 0 ? { description: t('protection.sealedHint') } : {})}
          defaultValue={plan?.[f] ?? ''}
          maxLength={4000}
        />
      ))}
      <div className="havn-actions">
        <Button type="submit" loading={save.isPending}>
          {t('protection.plan.submit')}
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
