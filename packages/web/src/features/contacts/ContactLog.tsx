import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Spinner,
  Tag,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { formatDayTime } from '../../lib/datetime.ts';
import {
  contactActions,
  contactChannels,
  contactsKey,
  periods,
  useContactDetail,
  useContactLog,
  type ContactSummary,
  type ContactUrgency,
  type LogFilter,
} from './contacts-api.ts';
import { EditContactDialog } from './EditContact.tsx';
import { StartIntakeButton, type IntakeSource } from '../intake/StartIntakeButton.tsx';
import { householdText } from './household-text.ts';

const urgencyColor: Record<ContactUrgency, 'neutral' | 'info' | 'warning' | 'danger'> = {
  low: 'neutral',
  medium: 'info',
  high: 'warning',
  acute: 'danger',
};

function Notes({ id }: { id: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detail = useContactDetail(id, open);
  const notesId = useId();
  return (
    <div className="havn-log__notes">
      <Button
        variant="tertiary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={notesId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('contacts.log.hideNotes') : t('contacts.log.showNotes')}
      </Button>
      <div id={notesId} hidden={!open}>
        {open &&
          (detail.isError ? (
            <Paragraph data-size="sm">{t(errorMessageKey(detail.error))}</Paragraph>
          ) : detail.data ? (
            <Paragraph data-size="sm" className="havn-log__notes-text">
              {detail.data.notes}
            </Paragraph>
          ) : (
            <Spinner aria-label={t('contacts.log.loadingNotes')} data-size="sm" />
          ))}
      </div>
    </div>
  );
}

function Entry({
  contact,
  onEdit,
}: {
  contact: ContactSummary;
  /** Absent for those who may not correct contacts. */
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = (items: string[]) => items.join(', ');
  const mayIntake = can(useAuthenticated(), 'intake.conduct');
  const time = formatDayTime(contact.loggedAt);
  const intakeSource: IntakeSource = {
    id: contact.id,
    anonymous: !contact.personLinked,
    household: contact.household,
    time,
  };
  return (
    <li className="havn-log__entry">
      <article aria-labelledby={headingId}>
        <Heading level={3} data-size="2xs" id={headingId} className="havn-log__title">
          <time dateTime={contact.loggedAt}>{formatDayTime(contact.loggedAt)}</time>
          <span aria-hidden="true"> · </span>
          <span className="ds-sr-only">, </span>
          {t(`contacts.channels.${contact.channel}`)}
        </Heading>
        <div className="havn-tags">
          <Tag data-color={urgencyColor[contact.urgency]} data-size="sm">
            {t('contacts.log.urgency', { urgency: t(`contacts.urgencies.${contact.urgency}`) })}
          </Tag>
          {contact.oneToOnePhone && (
            <Tag data-color="accent" data-size="sm">
              {t('contacts.log.oneToOne')}
            </Tag>
          )}
        </div>
        <dl className="havn-log__facts">
          <div>
            <dt>{t('contacts.log.person')}</dt>
            <dd>
              {contact.person ? (
                <Link asChild>
                  <RouterLink to={`/people/${contact.person.id}`}>{contact.person.name}</RouterLink>
                </Link>
              ) : (
                t('contacts.log.anonymous')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('contacts.log.contactBy')}</dt>
            <dd>
              {t(`contacts.parties.${contact.contactBy}`)}
              {contact.partner && ` (${contact.partner.name})`}
            </dd>
          </div>
          <div>
            <dt>{t('contacts.log.topics')}</dt>
            <dd>{list(contact.topics.map((topic) => t(`contacts.topics.${topic}`)))}</dd>
          </div>
          <div>
            <dt>{t('contacts.log.actions')}</dt>
            <dd>
              {list(contact.actions.map((a) => t(`contacts.actions.${a}`)))}
              {contact.referralPartner &&
                ` (${t('contacts.log.referredTo', { name: contact.referralPartner.name })})`}
            </dd>
          </div>
          {contact.household && (
            <div>
              <dt>{t('contacts.log.household')}</dt>
              <dd>{householdText(t, contact.household)}</dd>
            </div>
          )}
          <div>
            <dt>{t('contacts.log.duration')}</dt>
            <dd>{t('contacts.log.minutes', { count: contact.durationMinutes })}</dd>
          </div>
          <div>
            <dt>{t('contacts.log.author')}</dt>
            <dd>{contact.author?.name ?? '—'}</dd>
          </div>
        </dl>
        {contact.hasNotes &&
          (contact.noteHidden ? (
            <Paragraph data-size="sm" className="havn-muted">
              {t('contacts.log.noteHidden')}
            </Paragraph>
          ) : (
            <Notes id={contact.id} />
          ))}
        {(contact.household || (mayIntake && (contact.person || !contact.personLinked))) && (
          <div className="havn-capacity-buttons">
            {contact.household && (
              <Link asChild data-size="sm">
                <RouterLink
                  to="/capacity/find"
                  state={{ fromContact: intakeSource }}
                  aria-label={t('contacts.log.findPlaceFor', { time })}
                >
                  {t('contacts.log.findPlace')}
                </RouterLink>
              </Link>
            )}
            {mayIntake && (contact.person || !contact.personLinked) && (
              <StartIntakeButton contact={intakeSource} />
            )}
          </div>
        )}
        {onEdit && (
          <div>
            <Button
              variant="tertiary"
              data-size="sm"
              aria-label={t('contacts.edit.openFor', { time: formatDayTime(contact.loggedAt) })}
              onClick={onEdit}
            >
              {t('contacts.edit.open')}
            </Button>
          </div>
        )}
      </article>
    </li>
  );
}

function FilterSelect<T extends string>({
  label,
  value,
  options,
  optionLabel,
  all,
  onChange,
}: {
  label: string;
  value: T | '';
  options: readonly T[];
  optionLabel: (option: T) => string;
  all?: string;
  onChange: (value: T | '') => void;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      <Select value={value} onChange={(e) => onChange(e.target.value as T | '')} data-size="sm">
        {all !== undefined && <Select.Option value="">{all}</Select.Option>}
        {options.map((option) => (
          <Select.Option key={option} value={option}>
            {optionLabel(option)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** The log of contacts, newest first, with filters for the period, channel and what was done. */
export function ContactLog() {
  const { t } = useTranslation();
  const headingId = useId();
  const [filter, setFilter] = useState<LogFilter>({ period: 'day', channel: '', action: '' });
  const mayEdit = can(useAuthenticated(), 'contacts.log');
  const [editing, setEditing] = useState<string | null>(null);
  const [edited, setEdited] = useState(0);
  const log = useContactLog(filter);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];

  // The line that says what is shown is a live region; the list itself is not read out.
  let status;
  let content = null;
  if (log.isPending) {
    status = (
      <Paragraph className="havn-status__line">
        <Spinner aria-hidden data-size="sm" />
        {t('contacts.log.loading')}
      </Paragraph>
    );
  } else if (log.isError) {
    status = (
      <Alert data-color="danger">
        <Paragraph>{t(errorMessageKey(log.error))}</Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => void log.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else if (items.length === 0) {
    status = <Paragraph>{t('contacts.log.empty')}</Paragraph>;
  } else {
    status = (
      <Paragraph data-size="sm" className="havn-muted">
        {t('contacts.log.showing', { count: items.length })}
      </Paragraph>
    );
    content = (
      <>
        <ol className="havn-log__list" aria-labelledby={headingId}>
          {items.map((contact) => (
            <Entry
              key={contact.id}
              contact={contact}
              onEdit={
                mayEdit
                  ? () => {
                      setEdited(0);
                      setEditing(contact.id);
                    }
                  : undefined
              }
            />
          ))}
        </ol>
        {log.hasNextPage && (
          <div>
            <Button
              variant="secondary"
              loading={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {t('contacts.log.more')}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="havn-log" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('contacts.log.heading')}
      </Heading>
      <div
        className="havn-form__row havn-log__filters"
        role="group"
        aria-label={t('contacts.log.filters')}
      >
        <FilterSelect
          label={t('contacts.log.period')}
          value={filter.period}
          options={periods}
          optionLabel={(p) => t(`contacts.log.periods.${p}`)}
          onChange={(period) => setFilter((f) => ({ ...f, period: period || 'day' }))}
        />
        <FilterSelect
          label={t('contacts.log.channel')}
          value={filter.channel}
          options={contactChannels}
          optionLabel={(c) => t(`contacts.channels.${c}`)}
          all={t('contacts.log.allChannels')}
          onChange={(channel) => setFilter((f) => ({ ...f, channel }))}
        />
        <FilterSelect
          label={t('contacts.log.action')}
          value={filter.action}
          options={contactActions}
          optionLabel={(a) => t(`contacts.actions.${a}`)}
          all={t('contacts.log.allActions')}
          onChange={(action) => setFilter((f) => ({ ...f, action }))}
        />
      </div>
      <div role="status">
        {status}
        {edited > 0 && (
          <Alert key={edited} data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('contacts.edit.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      {content}
      {mayEdit && editing && (
        <EditContactDialog
          key={editing}
          contactId={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              setEdited((n) => n + 1);
              void queryClient.invalidateQueries({ queryKey: contactsKey });
            }
          }}
        />
      )}
    </section>
  );
}
