import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Authenticated } from '../../auth/me.ts';
import { AccessSection } from './AccessSection.tsx';
import { DutiesSection } from './DutiesSection.tsx';
import { RolesSection } from './RolesSection.tsx';
import type { StaffMember } from './staff-api.ts';

/**
 * Everything the user may change about one staff member, in a modal dialog opened from the
 * table. Closing returns focus to the button that opened it (the browser does that).
 */
export function EditStaffDialog({
  me,
  member,
  onClose,
}: {
  me: Authenticated;
  member: StaffMember | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog
      open={member !== null}
      onClose={onClose}
      closeButton={t('common.closeDialog')}
      aria-labelledby={headingId}
      className="havn-dialog"
    >
      {member && (
        <>
          <Dialog.Block>
            <Heading level={2} data-size="sm" id={headingId}>
              {member.displayName}
            </Heading>
            <Paragraph data-size="sm" className="havn-muted">
              {member.username}
            </Paragraph>
          </Dialog.Block>
          {/* Keyed by person: nothing said about one carries over to the next. */}
          <Dialog.Block key={member.id} className="havn-dialog__sections">
            {can(me, 'staff.update_duties') && <DutiesSection me={me} member={member} />}
            {can(me, 'staff.assign_roles') && <RolesSection me={me} member={member} />}
            <AccessSection me={me} member={member} />
          </Dialog.Block>
        </>
      )}
    </Dialog>
  );
}
