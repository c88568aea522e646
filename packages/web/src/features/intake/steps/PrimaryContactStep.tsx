import { Button } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPicker } from '../../staff/StaffPicker.tsx';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

/** The primary contact, and for a family the staff member responsible for the children. */
export function PrimaryContactStep({ intake, meId, onDone }: StepProps) {
  const { t } = useTranslation();
  const step = useStep(intake.id, { method: 'PUT', step: 'primary-contact' });
  const [primary, setPrimary] = useState<string | null>(intake.primaryContact?.id ?? meId);
  const [child, setChild] = useState<string | null>(intake.childResponsible?.id ?? null);
  const [errors, setErrors] = useState<{ primary?: string; child?: string }>({});
  const primaryRef = useRef<HTMLSelectElement>(null);
  const childRef = useRef<HTMLSelectElement>(null);
  const withChildren = intake.children.length > 0;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(primary ? {} : { primary: t('intake.primaryContact.primaryMissing') }),
      ...(withChildren && !child ? { child: t('intake.primaryContact.childMissing') } : {}),
    };
    setErrors(found);
    if (found.primary) return primaryRef.current?.focus();
    if (found.child) return childRef.current?.focus();
    step.save(
      {
        version: intake.version,
        primaryContactId: primary,
        childResponsibleId: withChildren ? child : null,
      },
      onDone,
    );
  };
  return (
    <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
      {step.error}
      <StaffPicker
        label={t('intake.primaryContact.primary')}
        description={t('intake.primaryContact.primaryDescription')}
        meId={meId}
        value={primary}
        onChange={setPrimary}
        error={errors.primary}
        inputRef={primaryRef}
      />
      {withChildren && (
        <StaffPicker
          label={t('intake.primaryContact.child')}
          description={t('intake.primaryContact.childDescription')}
          meId={meId}
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
