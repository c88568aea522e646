import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import { Duplicates } from './Duplicates.tsx';
import {
  peopleApi,
  peopleKey,
  usePerson,
  type Duplicate,
  type EarlierRecord,
} from './people-api.ts';
import { PersonForm } from './PersonForm.tsx';
import type { TypedPerson } from './person-form.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The adult a child is registered with: named, so the user sees who. */
function AdultNote({ adultId }: { adultId: string }) {
  const { t } = useTranslation();
  const adult = usePerson(adultId);
  return (
    <Paragraph>
      {adult.data
        ? t('people.new.childOf', { name: adult.data.displayName })
        : t('people.new.childOfUnknown')}{' '}
      <Link asChild>
        <RouterLink to={`/people/${adultId}`}>{t('people.new.backToAdult')}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/**
 * /people/new: registers a person, or with `?adult=<id>` a child linked to that adult. Possible
 * duplicates are shown before anything is saved.
 */
export function NewPersonPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const adultParam = params.get('adult');
  const adultId = adultParam && uuidPattern.test(adultParam) ? adultParam : null;
  const isChild = adultId !== null;
  const title = isChild ? t('people.new.childTitle') : t('people.new.title');
  useDocumentTitle(title);
  const [duplicates, setDuplicates] = useState<{
    list: Duplicate[];
    earlier: EarlierRecord[];
  } | null>(null);
  // Set by «save anyway» among the duplicates: the next submit confirms it is not one of them.
  const confirming = useRef(false);
  const create = useMutation({
    mutationFn: ({ fields, confirm }: { fields: TypedPerson; confirm: boolean }) =>
      peopleApi.create({
        ...fields,
        isChild,
        ...(adultId ? { adultIds: [adultId] } : {}),
        confirmNotDuplicate: confirm,
      }),
  });

  const send = async (fields: TypedPerson) => {
    const confirm = confirming.current;
    confirming.current = false;
    setDuplicates(null);
    const result = await create.mutateAsync({ fields, confirm });
    if (!result.created) {
      setDuplicates({ list: result.duplicates, earlier: result.earlierRecords });
      return;
    }
    void queryClient.invalidateQueries({ queryKey: peopleKey });
    const name = fields.alias ?? [fields.firstName, fields.lastName].filter(Boolean).join(' ');
    if (adultId) {
      void navigate(`/people/${adultId}`, { state: { childAdded: name } });
    } else {
      void navigate(`/people/${result.id}`, { state: { created: true } });
    }
  };

  const mayCreate = can(me, 'people.create');

  return (
    <div className="havn-page">
      <PageHeading>{title}</PageHeading>
      {!mayCreate ? (
        <Alert data-color="warning">
          <Paragraph>{t('people.noAccess')}</Paragraph>
        </Alert>
      ) : (
        <>
          <OffShiftNotice me={me} />
          {adultId && <AdultNote adultId={adultId} />}
          <Paragraph variant="long">{t('people.new.intro')}</Paragraph>
          <PersonForm
            submitLabel={t('people.new.submit')}
            onSubmit={send}
            failureKey={(error) =>
              error instanceof ApiError && error.status === 404 && adultId
                ? 'people.notFound'
                : undefined
            }
            before={(submit) =>
              duplicates && (
                <Duplicates
                  duplicates={duplicates.list}
                  earlierRecords={duplicates.earlier}
                  mayStartIntake={!isChild}
                  pending={create.isPending}
                  onConfirm={() => {
                    confirming.current = true;
                    submit();
                  }}
                />
              )
            }
          />
        </>
      )}
    </div>
  );
}
