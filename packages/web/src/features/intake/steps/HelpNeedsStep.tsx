import { helpNeedAreas, helpNeedLevels, type HelpNeedArea, type HelpNeedLevel } from '@havn/domain';
import {
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

/** The mapping of help needs: one answer per area, with a note; sealed on the server. */
export function HelpNeedsStep({ intake, onDone }: StepProps) {
  const { t } = useTranslation();
  const step = useStep(intake.id, 'help-needs');
  const areas = helpNeedAreas.filter((a) => a !== 'children' || intake.children.length > 0);
  const [levels, setLevels] = useState<Partial<Record<HelpNeedArea, HelpNeedLevel>>>(
    Object.fromEntries(Object.entries(intake.helpNeeds).map(([a, n]) => [a, n.level])),
  );
  const [missing, setMissing] = useState<HelpNeedArea[]>([]);
  const firstRefs = useRef<Partial<Record<HelpNeedArea, HTMLInputElement | null>>>({});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const unanswered = areas.filter((a) => !levels[a]);
    setMissing(unanswered);
    if (unanswered.length > 0) return firstRefs.current[unanswered[0]!]?.focus();
    step.save(
      {
        version: intake.version,
        needs: Object.fromEntries(
          areas.flatMap((a) => {
            const level = levels[a];
            const note = String(form.get(`note-${a}`) ?? '').trim() || null;
            return level ? [[a, { level, note }]] : [];
          }),
        ),
      },
      onDone,
    );
  };
  return (
    <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
      <Paragraph>{t('intake.helpNeeds.intro')}</Paragraph>
      {step.error}
      {areas.map((area) => {
        const label = t(`intake.helpNeeds.areas.${area}`);
        const error = missing.includes(area);
        return (
          <Fieldset
            key={area}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `need-${area}-error` : undefined}
          >
            <Fieldset.Legend>{label}</Fieldset.Legend>
            <div className="havn-intake__actions">
              {helpNeedLevels.map((level, i) => (
                <Radio
                  key={level}
                  ref={i === 0 ? (el) => void (firstRefs.current[area] = el) : undefined}
                  name={`need-${area}`}
                  value={level}
                  label={t(`intake.helpNeeds.levels.${level}`)}
                  checked={levels[area] === level}
                  onChange={() => {
                    setLevels({ ...levels, [area]: level });
                    setMissing(missing.filter((m) => m !== area));
                  }}
                />
              ))}
            </div>
            {error && (
              <ValidationMessage id={`need-${area}-error`}>
                {t('intake.helpNeeds.missing')}
              </ValidationMessage>
            )}
            <Textfield
              name={`note-${area}`}
              label={t('intake.helpNeeds.note', { area: label.toLowerCase() })}
              defaultValue={intake.helpNeeds[area]?.note ?? ''}
              data-size="sm"
            />
          </Fieldset>
        );
      })}
      <div>
        <Button type="submit" loading={step.pending}>
          {t('intake.save')}
        </Button>
      </div>
    </form>
  );
}
