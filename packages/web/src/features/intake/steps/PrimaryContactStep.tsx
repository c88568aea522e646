import { Button } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticated } from '../../../auth/authenticated.ts';
import { PrimaryContactPicker } from '../../staff/PrimaryContactPicker.tsx';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

/**
 * The primary contact, and for a family the staff member responsible for the children. Naming
 * them is the unit leader's (or the current primary contact's); anyone else — the night watch at
 * an intake at night — saves the step with nobody, and the unit leader names them later.
 */
export function PrimaryContactStep({ intake, onDone }: StepProps) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const current = intake.primaryContact?.id ?? null;
  const step = useStep(intake.id, 'primary-contact');
  const [primary, setPrimary] = useState<string | null>(current);
  const [child, setChild] = useState<string | null>(intake.childResponsible?.id ?? null);
  const [errors, setErrors] = useState<{ primary?: string; child?: string }>({});
  const primaryRef = useRef<HTMLSelectElement>(null);
  const childRef = useRef<HTMLSelectElement>(null);
  const withChildren = intake.children.length > 0;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Naming the primary contact of a family names the children's worker with her.
    const found =
      primary && withChildren && !child ? { child: t('intake.primaryContact.childMissing') } : {};
    setErrors(found);
    if (found.child) return childRef.current?.focus();
    step.save(
      {
        version: intake.version,
        primaryContactId: primary,
        childResponsibleId: withChildren && primary ? child : null,
      },
      onDone,
    );
  };
  return (
    <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
      {step.error}
      <PrimaryContactPicker
        me={me}
        currentId={current}
        currentName={intake.primaryContact?.name ?? null}
        label={t('intake.primaryContact.primary')}
        description={t('intake.primaryContact.primaryDescription')}
        noneLabel={t('staff.primaryContact.none')}
        value={primary}
        onChange={setPrimary}
        error={errors.primary}
        inputRef={primaryRef}
      />
      {withChildren && (
        <PrimaryContactPicker
          me={me}
          currentId={current}
          currentName={intake.childResponsible?.name ?? null}
          label={t('intake.primaryContact.child')}
          description={t('intake.primaryContact.childDescription')}
          value={child}
          onChange={setChild}
          error={errors.child}
          inputRef={childRef}
          noneLabel={t('intake.primaryContact.none')}
        />
      )}
      <div>
        <Button type="submit" loading={step.pending}>
          {t('intake.save')}
        </Button>
      </div>
    </form>
  );
}
