import { Button, Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Authenticated } from '../../auth/me.ts';
import { StaffActivityLink } from '../audit/StaffActivityLink.tsx';
import { formatDate } from './format.ts';
import type { StaffMember } from './staff-api.ts';

function DateCell({ date }: { date: string | null }) {
  const { t } = useTranslation();
  return (
    <Table.Cell>
      {date ? (
        <time dateTime={date}>{formatDate(date)}</time>
      ) : (
        <span className="havn-muted">{t('common.notRegistered')}</span>
      )}
    </Table.Cell>
  );
}

function StatusTag({ member }: { member: StaffMember }) {
  const { t } = useTranslation();
  if (!member.active) {
    return (
      <Tag data-color="neutral" data-size="sm">
        {t('staff.status.deactivated')}
      </Tag>
    );
  }
  if (!member.activated) {
    return (
      <Tag data-color="warning" data-size="sm">
        {t('staff.status.notActivated')}
      </Tag>
    );
  }
  return (
    <Tag data-color="success" data-size="sm">
      {t('staff.status.active')}
    </Tag>
  );
}

/**
 * The staff as a table with a caption. On a narrow screen it scrolls sideways inside its own
 * region (focusable, so the keyboard can scroll it too); the page itself never does.
 */
export function StaffTable({
  me,
  staff,
  canEdit,
  onEdit,
}: {
  me: Authenticated;
  staff: StaffMember[];
  canEdit: boolean;
  onEdit: (id: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const caption = t('staff.caption', { centre: me.user.centreName });
  const hasActions = canEdit || can(me, 'audit.read_staff_activity');
  return (
    <section className="havn-staff" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {caption}
      </Heading>
      <div
        className="havn-table-scroll"
        role="region"
        aria-label={t('staff.tableLabel')}
        tabIndex={0}
      >
        <Table data-size="sm" zebra className="havn-staff-table">
          {/* Shown as the heading above, which stays in view while the table scrolls. */}
          <caption className="ds-sr-only">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('staff.columns.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('staff.columns.roles')}</Table.HeaderCell>
              <Table.HeaderCell>{t('staff.columns.policeCertificate')}</Table.HeaderCell>
              <Table.HeaderCell>{t('staff.columns.confidentiality')}</Table.HeaderCell>
              <Table.HeaderCell>{t('staff.columns.cleared')}</Table.HeaderCell>
              <Table.HeaderCell>{t('staff.columns.mfa')}</Table.HeaderCell>
              <Table.HeaderCell>{t('staff.columns.sessions')}</Table.HeaderCell>
              <Table.HeaderCell>{t('staff.columns.status')}</Table.HeaderCell>
              {hasActions && <Table.HeaderCell>{t('staff.columns.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {staff.map((member) => (
              <Table.Row key={member.id}>
                <Table.HeaderCell scope="row" className="havn-staff-table__person">
                  <span className="havn-staff-table__name">
                    {member.displayName}
                    {member.id === me.user.id && ` ${t('staff.you')}`}
                  </span>
                  <span className="havn-staff-table__username">{member.username}</span>
                </Table.HeaderCell>
                <Table.Cell>
                  <span className="havn-tags">
                    {member.roles.map((role) => (
                      <Tag key={role} data-color="neutral" data-size="sm">
                        {t(`roles.${role}`)}
                      </Tag>
                    ))}
                  </span>
                </Table.Cell>
                <DateCell date={member.policeCertificateDate} />
                <DateCell date={member.confidentialityDeclarationDate} />
                <Table.Cell>
                  {member.clearedForPersonalData ? t('common.yes') : t('common.no')}
                </Table.Cell>
                <Table.Cell>
                  {member.mfaEnabled ? t('staff.mfa.on') : t('staff.mfa.off')}
                </Table.Cell>
                <Table.Cell className="havn-number">{member.activeSessions}</Table.Cell>
                <Table.Cell>
                  <StatusTag member={member} />
                </Table.Cell>
                {hasActions && (
                  <Table.Cell>
                    <span className="havn-audit-staff-actions">
                      {canEdit && (
                        <Button
                          variant="secondary"
                          data-size="sm"
                          aria-label={t('staff.editFor', { name: member.displayName })}
                          onClick={() => onEdit(member.id)}
                        >
                          {t('staff.edit')}
                        </Button>
                      )}
                      <StaffActivityLink me={me} member={member} />
                    </span>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
