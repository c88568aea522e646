import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can, type Authenticated } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { moduleDescriptionKey, moduleNameKey } from '../../modules.ts';
import { EditStaffDialog } from './EditStaffDialog.tsx';
import { NewStaffDialog } from './NewStaffDialog.tsx';
import { StaffTable } from './StaffTable.tsx';
import { useStaffList } from './staff-api.ts';

/** The staff screen, for those who may list staff (unit leader, system admin, finance). */
function StaffScreen({ me }: { me: Authenticated }) {
  const { t } = useTranslation();
  const staff = useStaffList();
  const [editing, setEditing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  let content;
  if (staff.isPending) {
    content = (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('staff.loading')}
      </Paragraph>
    );
  } else if (staff.isError) {
    content = (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(errorMessageKey(staff.error))}</Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => void staff.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else {
    content = (
      <StaffTable
        me={me}
        staff={staff.data}
        onEdit={(id) => setEditing(id)}
        canEdit={
          can(me, 'staff.update_duties') ||
          can(me, 'staff.assign_roles') ||
          can(me, 'staff.deactivate') ||
          can(me, 'staff.reset_mfa') ||
          can(me, 'staff.reset_password') ||
          can(me, 'staff.revoke_sessions')
        }
      />
    );
  }

  const member = staff.data?.find((s) => s.id === editing) ?? null;
  return (
    <>
      {can(me, 'staff.create') && (
        <div>
          <Button onClick={() => setCreating(true)}>{t('staff.create.button')}</Button>
        </div>
      )}
      {content}
      <EditStaffDialog me={me} member={member} onClose={() => setEditing(null)} />
      {can(me, 'staff.create') && (
        <NewStaffDialog me={me} open={creating} onClose={() => setCreating(false)} />
      )}
    </>
  );
}

/**
 * /staff: the staff of the user's centre, their roles, police certificate and confidentiality
 * declaration, second factor and sessions, with the changes the user's role allows. Without
 * `staff.list` only a refusal (the server would answer 403 anyway).
 */
export function StaffPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const name = t(moduleNameKey('staff'));
  useDocumentTitle(name);
  const allowed = can(me, 'staff.list');
  return (
    <div className={allowed ? 'havn-page havn-page--wide' : 'havn-page'}>
      <PageHeading>{name}</PageHeading>
      {allowed ? (
        <>
          <Paragraph variant="long">{t(moduleDescriptionKey('staff'))}</Paragraph>
          <StaffScreen me={me} />
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('staff.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
