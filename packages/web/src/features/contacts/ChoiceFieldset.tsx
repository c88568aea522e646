import { Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode, type Ref } from 'react';

/**
 * The frame of a group of choices: the legend, a description, the options (`children`) and the
 * error, which the fieldset names as its description so a screen reader says it on entry.
 */
export function ChoiceFieldset({
  legend,
  description,
  error,
  className,
  fieldsetRef,
  children,
}: {
  legend: string;
  description: string | undefined;
  error: string | undefined;
  className: string;
  fieldsetRef: Ref<HTMLFieldSetElement> | undefined;
  children: ReactNode;
}) {
  const errorId = useId();
  return (
    <Fieldset
      ref={fieldsetRef}
      tabIndex={-1}
      className={className}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="havn-choices__options">{children}</div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
