import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { formatDayAndTime } from '../day-service/oslo-time.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { AssignPrimaryContact } from '../staff/PrimaryContactPicker.tsx';
import { StaffPicker } from '../staff/StaffPicker.tsx';
import { FlagTags } from './FlagTags.tsx';
import { HomeMunicipalityEdit, HomeMunicipalityFact } from './HomeMunicipality.tsx';
import { useStayWrite, staysApi, type Stay } from './stays-api.ts';

function ResponsibleForm({ stay, onDone }: { stay: Stay; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const [primary, setPrimary] = useState(stay.primaryContact?.id ?? null);
  const [child, setChild] = useState(stay.childResponsible?.id ?? null);
  const [save, attempt] = useStayWrite(
    stay.id,
    () =>
      staysApi.setResponsible(stay.id, {
        primaryContactId: primary,
        childResponsibleId: child,
        version: stay.version,
      }),
    onDone,
  );
  return (
    <form
      className="havn-form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <FormError message={save.isError ? t(errorMessageKey(save.error)) : null} attempt={attempt} />
      <StaffPicker
        label={t('stays.page.primaryContact')}
        meId={me.user.id}
        value={primary}
        onChange={setPrimary}
        noneLabel={t('stays.page.nobody')}
      />
      {stay.children.length > 0 && (
        <StaffPicker
          label={t('stays.page.childResponsible')}
          meId={me.user.id}
          value={child}
          onChange={setChild}
          noneLabel={t('stays.page.nobody')}
        />
      )}
      <div className="havn-actions">
        <Button type="submit" loading={save.isPending}>
          {t('stays.page.saveResponsible')}
        </Button>
      </div>
    </form>
  );
}

function FlagsForm({ stay, onDone }: { stay: Stay; onDone: () => void }) {
  const { t } = useTranslation();
  const [save, attempt] = useStayWrite(
    stay.id,
    (form: FormData) =>
      staysApi.putFlags(stay.id, {
        noVisitors: form.get('noVisitors') === 'on',
        perpetratorSearching: form.get('perpetratorSearching') === 'on',
        safetyNote: String(form.get('safetyNote') ?? '').trim() || null,
        version: stay.flags.version,
      }),
    onDone,
  );
  return (
    <form
      className="havn-form"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        save.mutate(new FormData(e.currentTarget));
      }}
    >
      <FormError message={save.isError ? t(errorMessageKey(save.error)) : null} attempt={attempt} />
      <Checkbox
        name="noVisitors"
        label={t('stays.flags.noVisitors')}
        defaultChecked={stay.flags.noVisitors}
      />
      <Checkbox
        name="perpetratorSearching"
        label={t('stays.flags.perpetratorSearching')}
        defaultChecked={stay.flags.perpetratorSearching}
      />
      <Textfield
        name="safetyNote"
        label={t('stays.flags.safetyNote')}
        description={t('stays.flags.safetyNoteHelp')}
        maxLength={200}
        defaultValue={stay.flags.safetyNote ?? ''}
        autoComplete="off"
      />
      <div className="havn-actions">
        <Button type="submit" loading={save.isPending}>
          {t('stays.flags.save')}
        </Button>
      </div>
    </form>
  );
}

/** Who the stay is, where they sleep, since when, who works it, and what the watch must know. */
export function FactsSection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const headingId = useId();
  const [editFlags, setEditFlags] = useState(false);
  const nameOf = (personId: string) =>
    personId === stay.person.id
      ? stay.person.displayName
      : (stay.children.find((c) => c.id === personId)?.displayName ?? '');
  return (
    <section className="havn-stays__section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('stays.page.facts')}
      </Heading>
      <dl className="havn-ds-facts">
        <dt>{t('stays.page.arrived')}</dt>
        <dd>
          <time dateTime={stay.arrivalAt}>{formatDayAndTime(stay.arrivalAt, { year: true })}</time>
        </dd>
        {stay.departureAt && (
          <>
            <dt>{t('stays.page.departed')}</dt>
            <dd>
              <time dateTime={stay.departureAt}>
                {formatDayAndTime(stay.departureAt, { year: true })}
              </time>
            </dd>
          </>
        )}
        <dt>{t('stays.page.home')}</dt>
        <dd>
          <HomeMunicipalityFact stay={stay} />
        </dd>
        <dt>{t('stays.page.beds')}</dt>
        <dd>
          {stay.beds.length === 0
            ? '–'
            : stay.beds
                .map((b) => `${nameOf(b.personId)}: ${b.unitName}, ${b.roomName}, ${b.bedLabel}`)
                .join(' · ')}
        </dd>
        <dt>{t('stays.page.children')}</dt>
        <dd>
          {stay.children.length === 0
            ? t('stays.page.noChildren')
            : stay.children.map((c) => c.displayName).join(', ')}
        </dd>
        <dt>{t('stays.page.primaryContact')}</dt>
        <dd>{stay.primaryContact?.name ?? t('stays.page.nobody')}</dd>
        {stay.children.length > 0 && (
          <>
            <dt>{t('stays.page.childResponsible')}</dt>
            <dd>{stay.childResponsible?.name ?? t('stays.page.nobody')}</dd>
          </>
        )}
        {stay.intakeId && (
          <>
            <dt>{t('stays.page.intake')}</dt>
            <dd>{t('stays.page.intakeDone')}</dd>
          </>
        )}
        <dt>{t('stays.flags.heading')}</dt>
        <dd>
          <FlagTags flags={stay.flags} />
          {stay.flags.safetyNote && <Paragraph data-size="sm">{stay.flags.safetyNote}</Paragraph>}
          {!stay.flags.noVisitors &&
            !stay.flags.perpetratorSearching &&
            !stay.flags.safetyNote &&
            '–'}
        </dd>
      </dl>
      <AssignPrimaryContact
        me={me}
        currentId={stay.primaryContact?.id ?? null}
        label={t('stays.page.changeResponsible')}
        heading={t('stays.page.responsibleHeading')}
      >
        {(close) => <ResponsibleForm stay={stay} onDone={close} />}
      </AssignPrimaryContact>
      <HomeMunicipalityEdit stay={stay} />
      <Disclosure
        label={t('stays.flags.edit')}
        heading={t('stays.flags.heading')}
        open={editFlags}
        onOpenChange={setEditFlags}
      >
        {(close) => <FlagsForm stay={stay} onDone={close} />}
      </Disclosure>
    </section>
  );
}
