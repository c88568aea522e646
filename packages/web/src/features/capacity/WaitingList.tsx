import {
  Alert,
  Button,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { type WaitingResolution, waitingResolutions } from '@havn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capacityApi, useCapacityChange, type FindNeed, type WaitingDto } from './capacity-api.ts';
import { NeedForm } from './NeedForm.tsx';
import { capacityErrorText, formatTime } from './shared.tsx';

/** "Kvinne med 2 barn (2 og 5 år)", and the needs beside it. */
export function useHouseholdText() {
  const { t } = useTranslation();
  return (need: FindNeed) => {
    const adult = t(`capacity.find.genders.${need.adultGender}`);
    const who =
      need.childAges.length === 0
        ? adult
        : t('capacity.waiting.withChildren', {
            adult,
            count: need.childAges.length,
            ages: need.childAges.join(', '),
          });
    const needs = [
      ...(need.accessible ? [t('capacity.find.accessible')] : []),
      ...(need.meetsScreenedCriteria ? [t('capacity.waiting.screened')] : []),
      ...(need.floor !== 'any' ? [t(`capacity.find.floors.${need.floor}`)] : []),
    ];
    return needs.length === 0 ? who : `${who} · ${needs.join(', ')}`;
  };
}

type Open = { kind: 'add' } | { kind: 'resolve'; entry: WaitingDto } | null;

/** The board's waiting list: households waiting for a place, added and taken off here. */
export function WaitingSection({
  entries,
  mayAssign,
  onDone,
}: {
  entries: WaitingDto[];
  mayAssign: boolean;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const household = useHouseholdText();
  const [open, setOpen] = useState<Open>(null);
  const [labelError, setLabelError] = useState<string | null>(null);
  const [resolution, setResolution] = useState<WaitingResolution | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const add = useCapacityChange(capacityApi.addWaiting);
  const resolve = useCapacityChange(capacityApi.resolveWaiting);

  const close = () => {
    setOpen(null);
    setFailure(null);
    setLabelError(null);
    setResolution(null);
  };

  const onAdd = (need: FindNeed, form: FormData) => {
    const label = String(form.get('label') ?? '').trim();
    if (label === '') {
      setLabelError(t('capacity.reserve.labelMissing'));
      document.getElementById('waiting-label')?.focus();
      return;
    }
    setLabelError(null);
    if (add.isPending) return;
    add.mutate(
      { ...need, label },
      {
        onSuccess: () => {
          close();
          onDone(t('capacity.waiting.added', { name: label }));
        },
        onError: (e) => setFailure(capacityErrorText(t, e)),
      },
    );
  };

  const onResolve = (entry: WaitingDto) => {
    if (!resolution) {
      setFailure(t('capacity.waiting.chooseResolution'));
      return;
    }
    if (resolve.isPending) return;
    resolve.mutate(
      { entryId: entry.id, version: entry.version, resolution },
      {
        onSuccess: () => {
          close();
          onDone(t('capacity.waiting.resolved', { name: entry.label }));
        },
        onError: (e) => setFailure(capacityErrorText(t, e)),
      },
    );
  };

  return (
    <section aria-labelledby="capacity-waiting" className="havn-capacity-section">
      <div className="havn-capacity-title">
        <Heading level={2} data-size="sm" id="capacity-waiting">
          {t('capacity.waiting.heading')}
        </Heading>
        {mayAssign && (
          <Button data-size="sm" variant="secondary" onClick={() => setOpen({ kind: 'add' })}>
            {t('capacity.waiting.add')}
          </Button>
        )}
      </div>
      {entries.length === 0 ? (
        <Paragraph data-size="sm">{t('capacity.waiting.empty')}</Paragraph>
      ) : (
        <ul className="havn-waiting">
          {entries.map((entry) => (
            <li key={entry.id} className="havn-waiting__entry">
              <div>
                <strong>{entry.label}</strong>: {household(entry.need)}
                <br />
                <span className="havn-muted">
                  {t('capacity.waiting.since', {
                    time: formatTime(entry.sinceAt, i18n.language),
                  })}
                </span>
              </div>
              {mayAssign && (
                <Button
                  data-size="sm"
                  variant="tertiary"
                  aria-label={t('capacity.waiting.resolveFor', { name: entry.label })}
                  onClick={() => setOpen({ kind: 'resolve', entry })}
                >
                  {t('capacity.waiting.resolve')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={open !== null}
        onClose={close}
        closeButton={t('common.closeDialog')}
        aria-label={
          open?.kind === 'resolve'
            ? t('capacity.waiting.resolveFor', { name: open.entry.label })
            : t('capacity.waiting.add')
        }
        className="havn-dialog"
      >
        {open?.kind === 'add' && (
          <Dialog.Block>
            <Heading level={2} data-size="sm">
              {t('capacity.waiting.add')}
            </Heading>
            <NeedForm
              idPrefix="waiting"
              submitLabel={t('capacity.waiting.addSubmit')}
              onFind={onAdd}
            >
              <Textfield
                id="waiting-label"
                name="label"
                label={t('capacity.reserve.label')}
                description={t('capacity.reserve.labelDescription')}
                error={labelError ?? undefined}
                maxLength={20}
                autoComplete="off"
              />
            </NeedForm>
            {failure && (
              <Alert data-color="danger" data-size="sm" role="alert">
                <Paragraph data-size="sm">{failure}</Paragraph>
              </Alert>
            )}
          </Dialog.Block>
        )}
        {open?.kind === 'resolve' && (
          <Dialog.Block className="havn-form">
            <Heading level={2} data-size="sm">
              {t('capacity.waiting.resolveFor', { name: open.entry.label })}
            </Heading>
            <Fieldset>
              <Fieldset.Legend>{t('capacity.waiting.how')}</Fieldset.Legend>
              {waitingResolutions.map((r) => (
                <Radio
                  key={r}
                  name="resolution"
                  value={r}
                  label={t(`capacity.waiting.resolutions.${r}`)}
                  checked={resolution === r}
                  onChange={() => setResolution(r)}
                />
              ))}
            </Fieldset>
            {failure && (
              <Alert data-color="danger" data-size="sm" role="alert">
                <Paragraph data-size="sm">{failure}</Paragraph>
              </Alert>
            )}
            <div>
              <Button
                aria-disabled={resolve.isPending || undefined}
                onClick={() => onResolve(open.entry)}
              >
                {t('capacity.waiting.resolveSubmit')}
              </Button>
            </div>
          </Dialog.Block>
        )}
      </Dialog>
    </section>
  );
}
