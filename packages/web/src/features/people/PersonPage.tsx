import {
  Alert,
  Button,
  Heading,
  Link,
  Paragraph,
  Spinner,
  Tag,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordRefusal, refusalOf } from '../access/RecordRefusal.tsx';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { formatDate } from '../../lib/datetime.ts';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { ConfirmNationalId } from './ConfirmNationalId.tsx';
import { LinkChild } from './LinkChild.tsx';
import { MergeSection } from './MergeSection.tsx';
import {
  peopleApi,
  personKey,
  usePerson,
  type NamedPerson,
  type PersonView,
} from './people-api.ts';
import { PersonForm } from './PersonForm.tsx';
import { changedFields } from './person-form.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Facts({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const none = <span className="havn-muted">{t('common.notRegistered')}</span>;
  const or = (value: string | null | undefined) => (value ? value : none);
  const address = person.address;
  const addressText = address
    ? [address.street, [address.postalCode, address.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : '';
  const contact = person.contact;
  return (
    <dl className="havn-facts havn-facts--grid">
      <Fact label={t('people.fields.alias')}>{or(person.alias)}</Fact>
      <Fact label={t('people.fields.firstName')}>{or(person.firstName)}</Fact>
      <Fact label={t('people.fields.lastName')}>{or(person.lastName)}</Fact>
      <Fact label={t('people.fields.birthDate')}>
        {person.birthDate ? formatDate(person.birthDate) : none}
      </Fact>
      <Fact label={t('people.fields.nationalId')}>
        {person.nationalIdRegistered ? <ConfirmNationalId personId={person.id} /> : none}
      </Fact>
      <Fact label={t('people.fields.gender')}>{t(`people.genders.${person.gender}`)}</Fact>
      <Fact label={t('people.fields.languages')}>
        {person.languages.length > 0 ? person.languages.join(', ') : none}
        {person.interpreterNeeded && (
          <span className="havn-facts__help">{t('people.interpreterNeeded')}</span>
        )}
      </Fact>
      <Fact label={t('people.fields.homeMunicipality')}>
        {person.homeMunicipality
          ? `${person.homeMunicipality.name} (${person.homeMunicipality.number})`
          : none}
      </Fact>
      <Fact label={t('people.fields.addressProtection')}>
        {t(`people.protections.${person.addressProtection}`)}
      </Fact>
      <Fact label={t('people.fields.address')}>
        {person.addressHidden ? <strong>{t('people.addressHidden')}</strong> : or(addressText)}
      </Fact>
      {person.contactHidden ? (
        <Fact label={t('people.fields.contact')}>
          <strong>{t('people.contactHidden')}</strong>
        </Fact>
      ) : (
        <>
          <Fact label={t('people.fields.phone')}>{or(contact?.phone)}</Fact>
          <Fact label={t('people.fields.email')}>{or(contact?.email)}</Fact>
          <Fact label={t('people.fields.safeUse')}>{or(contact?.safeUse)}</Fact>
        </>
      )}
      <Fact label={t('people.fields.accessibilityNotes')}>{or(person.accessibilityNotes)}</Fact>
    </dl>
  );
}

function PeopleLinks({
  title,
  people,
  children,
}: {
  title: string;
  people: NamedPerson[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="havn-person-section">
      <Heading level={2} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {people.length === 0 ? (
        <Paragraph data-size="sm">{t('people.noneRegistered')}</Paragraph>
      ) : (
        <ul className="havn-people-hits">
          {people.map((p) => (
            <li key={p.id}>
              <Link asChild>
                <RouterLink to={`/people/${p.id}`}>{p.displayName}</RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** Changing the record: only the fields changed are sent, with the version read. */
function EditPerson({ person, onDone }: { person: PersonView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const save = useMutation({
    mutationFn: (changes: Parameters<typeof peopleApi.update>[1]) =>
      peopleApi.update(person.id, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: personKey(person.id) }),
  });
  return (
    <section className="havn-person-section">
      <PersonForm
        person={person}
        submitLabel={t('people.edit.save')}
        focusFirst
        onCancel={() => onDone(false)}
        failureKey={(error) =>
          error instanceof ApiError && error.code === 'conflict'
            ? 'people.conflict'
            : error instanceof ApiError && error.status === 404
              ? 'people.notFound'
              : undefined
        }
        onSubmit={async (fields) => {
          const changes = changedFields(person, fields);
          // Nothing changed: the server refuses an update of only the version; nothing to save.
          if (Object.keys(changes).length === 0) return onDone(false);
          await save.mutateAsync({ ...changes, version: person.version });
          onDone(true);
        }}
      />
    </section>
  );
}

function PersonScreen({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const location = useLocation();
  const arrived = location.state as { created?: boolean; childAdded?: string } | null;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const news = saved
    ? t('people.edit.saved')
    : arrived?.created
      ? t('people.new.created')
      : arrived?.childAdded
        ? t('people.new.childAdded', { name: arrived.childAdded })
        : null;
  return (
    <>
      {person.isChild && (
        <div>
          <Tag data-color="neutral" data-size="sm">
            {t('people.child')}
          </Tag>
        </div>
      )}
      <div role="status">
        {news && !editing && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{news}</Paragraph>
          </Alert>
        )}
      </div>
      {person.mergedInto && (
        <Alert data-color="warning">
          <Paragraph>
            {t('people.mergedInto')}{' '}
            <Link asChild>
              <RouterLink to={`/people/${person.mergedInto}`}>{t('people.openKept')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      )}
      {editing ? (
        <EditPerson
          person={person}
          onDone={(wasSaved) => {
            setSaved(wasSaved);
            setEditing(false);
            // Back to the button that opened the form; the status says what became of it.
            requestAnimationFrame(() => editButtonRef.current?.focus());
          }}
        />
      ) : (
        <>
          <Facts person={person} />
          {can(me, 'people.update') && !person.mergedInto && (
            <div>
              <Button
                ref={editButtonRef}
                variant="secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('people.edit.button')}
              </Button>
            </div>
          )}
        </>
      )}
      {!person.isChild && (
        <PeopleLinks title={t('people.children')} people={person.children}>
          {can(me, 'people.create') && !person.mergedInto && (
            <div>
              <Button asChild variant="secondary" data-size="sm">
                <RouterLink to={`/people/new?adult=${person.id}`}>
                  {t('people.addChild')}
                </RouterLink>
              </Button>
            </div>
          )}
          {can(me, 'people.update') && !person.mergedInto && <LinkChild adult={person} />}
        </PeopleLinks>
      )}
      {(person.isChild || person.adults.length > 0) && (
        <PeopleLinks title={t('people.adults')} people={person.adults} />
      )}
      {can(me, 'people.merge') && !person.mergedInto && <MergeSection person={person} />}
    </>
  );
}

/**
 * /people/:id: one person as this user may see them. The name is not put in the tab's title,
 * which the browser keeps in its history. A refusal says why, and offers breaking the glass
 * where that lifts it.
 */
export function PersonPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const { id = '' } = useParams();
  useDocumentTitle(t('people.person.title'));
  const person = usePerson(id);
  const refusal = refusalOf(person.error);

  let heading = t('people.person.title');
  let content;
  // Refused (or no longer reachable, after the shift ended) wins over what was shown before.
  if (refusal) {
    if (refusal === 'not_found') heading = t('people.person.notFoundTitle');
    content = <RecordRefusal reason={refusal} record={{ recordType: 'person', recordId: id }} />;
  } else if (person.data) {
    heading = person.data.displayName;
    content = <PersonScreen key={person.data.id} person={person.data} />;
  } else if (person.isError) {
    content = (
      <Alert data-color="danger">
        <Paragraph>{t(errorMessageKey(person.error))}</Paragraph>
      </Alert>
    );
  } else {
    content = (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('people.person.loading')}
      </Paragraph>
    );
  }
  return (
    <div className="havn-page">
      <PageHeading>{heading}</PageHeading>
      <OffShiftNotice me={me} />
      {content}
      <div>
        <Link asChild>
          <RouterLink to="/people">{t('people.backToSearch')}</RouterLink>
        </Link>
      </div>
    </div>
  );
}
