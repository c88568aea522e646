import { Alert, Button, Paragraph, type ButtonProps } from '@digdir/designsystemet-react';
import { useState, type ComponentProps, type ReactNode } from 'react';
import { FormProvider, useFormContext, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import type { MessageKey } from './messages.ts';
import { applyServerErrors, type ServerFields } from './server-errors.ts';
import type { ZodForm } from './useZodForm.ts';

/**
 * The one form of the app. The browser's check runs first (the first field in error takes
 * focus); then `onSubmit`, whose thrown error is shown: a 400's field problems at their fields,
 * anything else — or a problem for a field the form lacks — as one sentence above the fields,
 * announced again on each try. `failureKey` names that sentence where the common one for the
 * error (`errorMessageKey`) does not say enough ("someone else changed the person").
 */
export function Form<TInput extends FieldValues, TOutput extends FieldValues>({
  form,
  onSubmit,
  serverFields,
  failureKey,
  children,
  ...props
}: {
  form: ZodForm<TInput, TOutput>;
  onSubmit: (values: TOutput) => Promise<unknown> | void;
  serverFields?: ServerFields<TInput>;
  failureKey?: (error: unknown) => MessageKey | undefined;
  children: ReactNode;
} & Omit<ComponentProps<'form'>, 'onSubmit' | 'children' | 'noValidate'>) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<{ key: MessageKey; attempt: number } | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const placed = applyServerErrors(form, error, form.fieldNames, serverFields);
      if (!placed)
        setFailure({
          key: failureKey?.(error) ?? errorMessageKey(error),
          attempt: form.formState.submitCount,
        });
    }
  });
  return (
    <FormProvider {...form}>
      <form {...props} onSubmit={(event) => void submit(event)} noValidate>
        {failure && (
          <Alert key={failure.attempt} data-color="danger" role="alert">
            <Paragraph>{t(failure.key)}</Paragraph>
          </Alert>
        )}
        {children}
      </form>
    </FormProvider>
  );
}

/** The form's submit button: busy while the form is being sent. */
export function SubmitButton(props: Omit<ButtonProps, 'type' | 'loading'>) {
  const { formState } = useFormContext();
  return <Button {...props} type="submit" loading={formState.isSubmitting} />;
}
