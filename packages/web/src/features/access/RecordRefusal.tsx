import { Alert, Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { breakGlassLifts, breakGlassReasonMinLength, type RecordDenialReason } from '@havn/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { FormError } from '../../lib/FormError.tsx';
import { useBreakGlass, type GlassRecord } from './break-glass-api.ts';

type Problem = 'reason' | 'code';

function BreakGlassForm({ record, onCancel }: { record: GlassRecord; onCancel: () => void }) {
  const { t } = useTranslation();
  const breakGlass = useBreakGlass(record);
  const [errors, setErrors] = useState<Partial<Record<Problem, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    reason: useRef<HTMLTextAreaElement>(null),
    code: useRef<HTMLInputElement>(null),
  };
  const show = (found: Partial<Record<Problem, string>>) => {
    setErrors(found);
    const first = (['reason', 'code'] as const).find((p) => found[p]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };
  const count = breakGlassReasonMinLength;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (breakGlass.isPending) return;
    const form = new FormData(event.currentTarget);
    const reason = String(form.get('reason') ?? '').trim();
    const code = String(form.get('code') ?? '').trim();
    const found: Partial<Record<Problem, string>> = {};
    if (reason.length < count) found.reason = t('access.breakGlass.reasonTooShort', { count });
    if (!/^\d{6}$/.test(code)) found.code = t('access.breakGlass.codeInvalid');
    breakGlass.reset();
    setAttempt((n) => n + 1);
    if (show(found)) return;
    breakGlass.mutate(
      { reason, code },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'unauthenticated') {
            if (refs.code.current) refs.code.current.value = '';
            show({ code: t('access.breakGlass.codeRefused') });
          }
        },
      },
    );
  };

  const failure =
    breakGlass.isError && Object.keys(errors).length === 0
      ? t(errorMessageKey(breakGlass.error))
      : null;
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <Paragraph data-size="sm">{t('access.breakGlass.intro')}</Paragraph>
      <FormError message={failure} attempt={attempt} />
      <Textfield
        ref={refs.reason}
        multiline
        rows={3}
        name="reason"
        label={t('access.breakGlass.reason')}
        description={t('access.breakGlass.reasonHint', { count })}
        maxLength={1000}
        error={errors.reason}
      />
      <Textfield
        ref={refs.code}
        name="code"
        label={t('access.breakGlass.code')}
        description={t('access.breakGlass.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={errors.code}
      />
      <div className="havn-actions">
        <Button type="submit" loading={breakGlass.isPending}>
          {t('access.breakGlass.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('access.breakGlass.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** «Åpne med begrunnelse»: a button that opens the break-the-glass dialog for one record. */
function BreakGlassDialog({ record }: { record: GlassRecord }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <>
      <div>
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t('access.breakGlass.open')}
        </Button>
      </div>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        closeButton={t('common.closeDialog')}
        aria-labelledby={headingId}
        className="havn-dialog havn-dialog--form"
      >
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t('access.breakGlass.heading')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          {open && <BreakGlassForm record={record} onCancel={() => setOpen(false)} />}
        </Dialog.Block>
      </Dialog>
    </>
  );
}

/** The reason a failed fetch gives, if it is a refusal of access at all. */
export function refusalOf(error: unknown): RecordDenialReason | 'not_found' | null {
  if (!(error instanceof ApiError)) return null;
  if (error.denial) return error.denial;
  return error.code === 'not_found' ? 'not_found' : null;
}

/**
 * Why a record page shows nothing, in words a staff member can act on, and — where breaking
 * the glass lifts the refusal and she may ask for it — «Åpne med begrunnelse». A record that
 * does not exist and another centre's read the same. Every record page refuses through this.
 */
export function RecordRefusal({
  reason,
  record,
}: {
  /** From `refusalOf`, or the domain's `decide` where the page's own rule refuses. */
  reason: RecordDenialReason | 'not_found';
  /** What breaking the glass would open; none where the page has no one record. */
  record?: GlassRecord;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const lifts = reason !== 'not_found' && breakGlassLifts(reason);
  const offer = lifts && record !== undefined && can(me, 'break_glass.request');
  return (
    <Alert data-color="warning" className="havn-refusal">
      <Heading level={2} data-size="xs">
        {t('access.refusal.title')}
      </Heading>
      <Paragraph>
        {reason === 'not_found'
          ? t('access.refusal.notFound')
          : t(`access.refusal.reasons.${reason}`)}
      </Paragraph>
      {offer && (
        <>
          <Paragraph data-size="sm">{t('access.refusal.breakGlassHint')}</Paragraph>
          <BreakGlassDialog record={record} />
        </>
      )}
    </Alert>
  );
}
