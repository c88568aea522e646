import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { FormError } from '../../lib/FormError.tsx';

/**
 * What went wrong with a save that the field checks did not catch: a stale version (someone
 * else saved first) in words of its own, anything else as the API error's sentence.
 */
export function SubmitError({
  mutation,
  attempt,
  hasFieldErrors,
}: {
  mutation: { isError: boolean; error: unknown };
  attempt: number;
  hasFieldErrors: boolean;
}) {
  const { t } = useTranslation();
  let message: string | null = null;
  if (mutation.isError && !hasFieldErrors) {
    message =
      mutation.error instanceof ApiError && mutation.error.code === 'conflict'
        ? t('children.errors.conflict')
        : t(errorMessageKey(mutation.error));
  }
  return <FormError message={message} attempt={attempt} />;
}
