import {
  Alert,
  Button,
  Card,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { childrenExposedAnswers, genders, perpetratorRelations } from '@havn/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { FormError } from '../../lib/FormError.tsx';
import {
  useSetPerpetrators,
  type DayUserCase,
  type Perpetrator,
  type PerpetratorRelation,
} from './day-users-api.ts';
import { Disclosure } from './Disclosure.tsx';
import { FormActions } from '../../lib/FormActions.tsx';

/** The server keeps at most five per case. */
const maxPerpetrators = 5;

interface Draft extends Omit<Perpetrator, 'relation' | 'notes'> {
  key: number;
  relation: PerpetratorRelation | '';
  notes: string;
}

const blank = (key: number): Draft => ({
  key,
  relation: '',
  gender: 'unknown',
  childrenExposed: 'unknown',
  notes: '',
});

function PerpetratorFields({
  formId,
  draft,
  index,
  error,
  onChange,
  onRemove,
}: {
  formId: string;
  draft: Draft;
  index: number;
  error: string | undefined;
  onChange: (draft: Draft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const id = `${formId}-${draft.key}`;
  return (
    <li>
      <Fieldset>
        <Fieldset.Legend>{t('dayService.perpetrators.item', { n })}</Fieldset.Legend>
        <Field>
          <Label>{t('dayService.perpetrators.relation')}</Label>
          <Select
            id={`${id}-relation`}
            value={draft.relation}
            aria-invalid={error ? true : undefined}
            onChange={(e) =>
              onChange({ ...draft, relation: e.target.value as PerpetratorRelation | '' })
            }
          >
            <Select.Option value="" disabled>
              {t('dayService.perpetrators.form.relationChoose')}
            </Select.Option>
            {perpetratorRelations.map((r) => (
              <Select.Option key={r} value={r}>
                {t(`dayService.perpetrators.relations.${r}`)}
              </Select.Option>
            ))}
          </Select>
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Field>
        <Fieldset>
          <Fieldset.Legend>{t('dayService.perpetrators.gender')}</Fieldset.Legend>
          <div className="havn-ds-choices">
            {genders.map((g) => (
              <Radio
                key={g}
                name={`${id}-gender`}
                value={g}
                label={t(`dayService.perpetrators.genders.${g}`)}
                checked={draft.gender === g}
                onChange={() => onChange({ ...draft, gender: g })}
              />
            ))}
          </div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('dayService.perpetrators.childrenExposed')}</Fieldset.Legend>
          <div className="havn-ds-choices">
            {childrenExposedAnswers.map((a) => (
              <Radio
                key={a}
                name={`${id}-exposed`}
                value={a}
                label={t(`dayService.perpetrators.exposed.${a}`)}
                checked={draft.childrenExposed === a}
                onChange={() => onChange({ ...draft, childrenExposed: a })}
              />
            ))}
          </div>
        </Fieldset>
        <Textfield
          multiline
          rows={2}
          label={t('dayService.perpetrators.notes')}
          description={t('dayService.perpetrators.notesDescription')}
          value={draft.notes}
          maxLength={2000}
          onChange={(e) => onChange({ ...draft, notes: e.target.value })}
        />
        <div>
          <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
            {t('dayService.perpetrators.form.remove', { n })}
          </Button>
        </div>
      </Fieldset>
    </li>
  );
}

/** Replaces the case's perpetrator list: change, add or remove entries, then save them all. */
function PerpetratorForm({
  dayCase,
  onDone,
  onCancel,
}: {
  dayCase: DayUserCase;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSetPerpetrators(dayCase.id);
  const formId = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    dayCase.perpetrators.length > 0
      ? dayCase.perpetrators.map((p, i) => ({ ...p, key: i, notes: p.notes ?? '' }))
      : [blank(0)],
  );
  const [nextKey, setNextKey] = useState(drafts.length);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [attempt, setAttempt] = useState(0);

  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const add = () => {
    const key = nextKey;
    setNextKey(key + 1);
    setDrafts((list) => [...list, blank(key)]);
    focus(`${formId}-${key}-relation`);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<number, string> = {};
    for (const d of drafts)
      if (d.relation === '') found[d.key] = t('dayService.perpetrators.form.relationMissing');
    setErrors(found);
    save.reset();
    const first = drafts.find((d) => found[d.key]);
    if (first) {
      focus(`${formId}-${first.key}-relation`);
      return;
    }
    setAttempt((n) => n + 1);
    save.mutate(
      {
        perpetrators: drafts.map((d) => ({
          relation: d.relation as PerpetratorRelation,
          gender: d.gender,
          childrenExposed: d.childrenExposed,
          notes: d.notes.trim() === '' ? null : d.notes.trim(),
        })),
        version: dayCase.version,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={save.isError ? t(errorMessageKey(save.error)) : null} attempt={attempt} />
      {drafts.length > 0 ? (
        <ol className="havn-ds-task-fields">
          {drafts.map((draft, index) => (
            <PerpetratorFields
              key={draft.key}
              formId={formId}
              draft={draft}
              index={index}
              error={errors[draft.key]}
              onChange={(next) =>
                setDrafts((list) => list.map((x) => (x.key === next.key ? next : x)))
              }
              onRemove={() => setDrafts((list) => list.filter((x) => x.key !== draft.key))}
            />
          ))}
        </ol>
      ) : (
        <Paragraph data-size="sm">{t('dayService.perpetrators.form.emptyHint')}</Paragraph>
      )}
      {drafts.length < maxPerpetrators && (
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={add}>
            {t('dayService.perpetrators.form.addAnother')}
          </Button>
        </div>
      )}
      <FormActions
        submit={t('dayService.perpetrators.form.submit')}
        pending={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}

function PerpetratorCard({ perpetrator, n }: { perpetrator: Perpetrator; n: number }) {
  const { t } = useTranslation();
  return (
    <Card data-color="neutral" className="havn-ds-card">
      <Heading level={3} data-size="2xs">
        {t('dayService.perpetrators.item', { n })}
      </Heading>
      <dl className="havn-ds-facts">
        <dt>{t('dayService.perpetrators.relation')}</dt>
        <dd>{t(`dayService.perpetrators.relations.${perpetrator.relation}`)}</dd>
        <dt>{t('dayService.perpetrators.gender')}</dt>
        <dd>{t(`dayService.perpetrators.genders.${perpetrator.gender}`)}</dd>
        <dt>{t('dayService.perpetrators.childrenExposed')}</dt>
        <dd>{t(`dayService.perpetrators.exposed.${perpetrator.childrenExposed}`)}</dd>
        {perpetrator.notes && (
          <>
            <dt>{t('dayService.perpetrators.notes')}</dt>
            <dd>{perpetrator.notes}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}

/**
 * Who the perpetrators are, on the case page. The case opens only for those who may work it,
 * so whoever sees this page may see and change this too; it is never a person of its own.
 */
export function Perpetrators({ dayCase }: { dayCase: DayUserCase }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(0);
  const list = dayCase.perpetrators;
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('dayService.perpetrators.heading')}
      </Heading>
      <Paragraph data-size="sm" className="havn-muted">
        {t('dayService.perpetrators.intro')}
      </Paragraph>
      <div role="status">
        {saved > 0 && !open && (
          <Alert key={saved} data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('dayService.perpetrators.form.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      {list.length === 0 ? (
        <Paragraph>{t('dayService.perpetrators.none')}</Paragraph>
      ) : (
        <ol className="havn-ds-cards" aria-label={t('dayService.perpetrators.listLabel')}>
          {list.map((p, index) => (
            <li key={index}>
              <PerpetratorCard perpetrator={p} n={index + 1} />
            </li>
          ))}
        </ol>
      )}
      <Disclosure
        label={t(
          list.length === 0
            ? 'dayService.perpetrators.form.add'
            : 'dayService.perpetrators.form.edit',
        )}
        heading={t('dayService.perpetrators.form.heading')}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setSaved(0);
        }}
      >
        {(close) => (
          <PerpetratorForm
            dayCase={dayCase}
            onDone={() => {
              setSaved((n) => n + 1);
              close();
            }}
            onCancel={close}
          />
        )}
      </Disclosure>
    </section>
  );
}
