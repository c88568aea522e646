import { Button, Card, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { formatDayAndTime, formatShortDate } from '../day-service/oslo-time.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import {
  concernPath,
  useConversations,
  type ChildPageData,
  type ParentContact,
  type Schooling,
} from './children-api.ts';
import { ConcernStatusTag } from './ConcernStatusTag.tsx';
import { ParentContactForm } from './ParentContactForm.tsx';
import { SchoolingForm } from './SchoolingForm.tsx';
import { LoadError, Loading, Section } from './ui.tsx';

type Props = { page: ChildPageData };

/** A fact list of label → value pairs, leaving out the empty ones. */
function Facts({ items }: { items: [string, string | null][] }) {
  return (
    <dl className="havn-ds-facts">
      {items
        .filter((item): item is [string, string] => item[1] !== null && item[1] !== '')
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

/** A list of cards, or a sentence when there are none. */
function Cards<T extends { id: string }>({
  items,
  none,
  label,
  render,
}: {
  items: readonly T[];
  none: string;
  label: string;
  render: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <Paragraph>{none}</Paragraph>;
  return (
    <ul className="havn-ds-cards" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <Card data-color="neutral" className="havn-ds-card">
            {render(item)}
          </Card>
        </li>
      ))}
    </ul>
  );
}

/** A form opened under its button; `editing` names a row being changed in place instead. */
function useEditor() {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  return { open, setOpen, editing, setEditing };
}

export function SchoolingSection({ page }: Props) {
  const { t } = useTranslation();
  const editor = useEditor();
  const ids = { stayId: page.stayId, personId: page.child.id };
  const period = (s: Schooling) =>
    s.toOn
      ? t('children.schooling.period', {
          from: formatShortDate(s.fromOn),
          to: formatShortDate(s.toOn),
        })
      : t('children.schooling.since', { from: formatShortDate(s.fromOn) });
  return (
    <Section heading={t('children.schooling.heading')}>
      <Disclosure
        label={t('children.schooling.add')}
        heading={t('children.schooling.add')}
        open={editor.open}
        onOpenChange={editor.setOpen}
      >
        {(close) => <SchoolingForm {...ids} onDone={close} onCancel={close} />}
      </Disclosure>
      <Cards
        items={page.schooling}
        none={t('children.schooling.none')}
        label={t('children.schooling.heading')}
        render={(s) =>
          editor.editing === s.id ? (
            <SchoolingForm
              {...ids}
              existing={s}
              onDone={() => editor.setEditing(null)}
              onCancel={() => editor.setEditing(null)}
            />
          ) : (
            <>
              <Paragraph>
                <strong>
                  {t(`children.institutionKinds.${s.institutionKind}`)}:{' '}
                  {t(`children.schoolingStatuses.${s.status}`)}
                </strong>{' '}
                <span className="havn-muted">{period(s)}</span>
              </Paragraph>
              <Facts
                items={[
                  [
                    t('children.schooling.reason'),
                    s.reason && t(`children.interruptionReasons.${s.reason}`),
                  ],
                  [
                    t('children.schooling.responsibility'),
                    s.homeMunicipalityResponsible ? t('children.schooling.homeMunicipality') : null,
                  ],
                  [t('children.schooling.notes'), s.notes],
                ]}
              />
              <div>
                <Button variant="tertiary" data-size="sm" onClick={() => editor.setEditing(s.id)}>
                  {t('children.edit')}
                </Button>
              </div>
            </>
          )
        }
      />
    </Section>
  );
}

export function ActivitiesSection({ page }: Props) {
  const { t } = useTranslation();
  const editor = useEditor();
  return (
    <Section heading={t('children.activities.heading')}>
      <Disclosure
        label={t('children.activities.add')}
        heading={t('children.activities.add')}
        open={editor.open}
        onOpenChange={editor.setOpen}
      >
        {(close) => (
          <ActivityForm
            stayId={page.stayId}
            personId={page.child.id}
            onDone={close}
            onCancel={close}
          />
        )}
      </Disclosure>
      <Cards
        items={page.activities}
        none={t('children.activities.none')}
        label={t('children.activities.heading')}
        render={(a) => (
          <Paragraph>
            <strong>{t(`children.activityKinds.${a.kind}`)}</strong>{' '}
            <time dateTime={a.date}>{formatShortDate(a.date)}</time>
            {a.note && ` – ${a.note}`} <span className="havn-muted">({a.by.name})</span>
          </Paragraph>
        )}
      />
    </Section>
  );
}

export function ParentContactsSection({ page }: Props) {
  const { t } = useTranslation();
  const editor = useEditor();
  const ids = { stayId: page.stayId, personId: page.child.id };
  const view = (p: ParentContact) => (
    <>
      <Paragraph>
        <strong>{t(`children.parentContactKinds.${p.kind}`)}</strong>{' '}
        <time dateTime={p.occursAt}>{formatDayAndTime(p.occursAt)}</time>{' '}
        <Tag data-size="sm" data-color={p.outcome ? 'neutral' : 'info'}>
          {p.outcome
            ? t(`children.parentContactOutcomes.${p.outcome}`)
            : t('children.parentContacts.noOutcome')}
        </Tag>
      </Paragraph>
      <Facts
        items={[
          [t('children.parentContacts.supervisedBy'), p.supervisedBy],
          [t('children.parentContacts.place'), p.place],
          [t('children.parentContacts.safetyNotes'), p.safetyNotes],
          [t('children.parentContacts.outcomeNotes'), p.outcomeNotes],
        ]}
      />
      <div>
        <Button variant="tertiary" data-size="sm" onClick={() => editor.setEditing(p.id)}>
          {t('children.edit')}
        </Button>
      </div>
    </>
  );
  return (
    <Section heading={t('children.parentContacts.heading')}>
      <Paragraph data-size="sm">{t('children.parentContacts.intro')}</Paragraph>
      <Disclosure
        label={t('children.parentContacts.add')}
        heading={t('children.parentContacts.add')}
        open={editor.open}
        onOpenChange={editor.setOpen}
      >
        {(close) => <ParentContactForm {...ids} onDone={close} onCancel={close} />}
      </Disclosure>
      <Cards
        items={page.parentContacts}
        none={t('children.parentContacts.none')}
        label={t('children.parentContacts.heading')}
        render={(p) =>
          editor.editing === p.id ? (
            <ParentContactForm
              {...ids}
              existing={p}
              onDone={() => editor.setEditing(null)}
              onCancel={() => editor.setEditing(null)}
            />
          ) : (
            view(p)
          )
        }
      />
    </Section>
  );
}

/** The child's one-to-one conversations, written in the stay's journal (the stays module). */
export function ConversationsSection({ page }: Props) {
  const { t } = useTranslation();
  const conversations = useConversations(page.stayId, page.child.id);
  let body: ReactNode;
  if (conversations.isPending) body = <Loading text={t('children.conversations.loading')} />;
  else if (conversations.isError) {
    body =
      conversations.error instanceof ApiError && conversations.error.status === 404 ? (
        <Paragraph>{t('children.conversations.unavailable')}</Paragraph>
      ) : (
        <LoadError error={conversations.error} retry={conversations.refetch} />
      );
  } else {
    body = (
      <Cards
        items={conversations.data.filter((c) => c.correctedById === null)}
        none={t('children.conversations.none')}
        label={t('children.conversations.heading')}
        render={(c) => (
          <>
            <Paragraph data-size="sm" className="havn-muted">
              <time dateTime={c.writtenAt}>{formatDayAndTime(c.writtenAt)}</time> · {c.author.name}
              {c.channel === 'phone' && ` · ${t('children.conversations.phone')}`}
            </Paragraph>
            <Paragraph>{c.body}</Paragraph>
          </>
        )}
      />
    );
  }
  return (
    <Section heading={t('children.conversations.heading')}>
      <Paragraph data-size="sm">{t('children.conversations.intro')}</Paragraph>
      {body}
    </Section>
  );
}

export function ConcernsList({ page }: Props) {
  const { t } = useTranslation();
  return (
    <Cards
      items={page.concerns}
      none={t('children.concerns.none')}
      label={t('children.concerns.heading')}
      render={(c) => (
        <Paragraph>
          <Link asChild>
            <RouterLink to={concernPath(c.id)}>
              {t('children.concerns.registeredOn', { date: formatDayAndTime(c.registeredAt) })}
            </RouterLink>
          </Link>{' '}
          <ConcernStatusTag status={c.status} />
        </Paragraph>
      )}
    />
  );
}
