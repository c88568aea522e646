import {
  Alert,
  Button,
  Heading,
  Link,
  Paragraph,
  Spinner,
  Tag,
} from '@digdir/designsystemet-react';
import type { PartnerType } from '@havn/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { ContactsNav } from '../contacts/ContactsNav.tsx';
import { PartnerDialog } from './PartnerDialog.tsx';
import { byType, usePartners, type Partner } from './partners-api.ts';

function PartnerCard({
  partner,
  onEdit,
}: {
  partner: Partner;
  onEdit: ((partner: Partner) => void) | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <li className="havn-partner">
      <article aria-labelledby={headingId}>
        <Heading level={3} data-size="2xs" id={headingId}>
          {partner.name}
        </Heading>
        {!partner.active && (
          <Tag data-color="neutral" data-size="sm">
            {t('partners.inactive')}
          </Tag>
        )}
        <dl className="havn-partner__facts">
          {partner.phone && (
            <div>
              <dt>{t('partners.form.phone')}</dt>
              <dd>
                <Link href={`tel:${partner.phone.replace(/\s/g, '')}`}>{partner.phone}</Link>
              </dd>
            </div>
          )}
          {partner.email && (
            <div>
              <dt>{t('partners.form.email')}</dt>
              <dd>
                <Link href={`mailto:${partner.email}`}>{partner.email}</Link>
              </dd>
            </div>
          )}
          {partner.contactName && (
            <div>
              <dt>{t('partners.form.contactName')}</dt>
              <dd>{partner.contactName}</dd>
            </div>
          )}
          {partner.municipalityNumber && (
            <div>
              <dt>{t('partners.form.municipalityNumber')}</dt>
              <dd>{partner.municipalityNumber}</dd>
            </div>
          )}
          {partner.notes && (
            <div>
              <dt>{t('partners.form.notes')}</dt>
              <dd>{partner.notes}</dd>
            </div>
          )}
        </dl>
        {onEdit && (
          <div>
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={t('partners.editFor', { name: partner.name })}
              onClick={() => onEdit(partner)}
            >
              {t('partners.edit')}
            </Button>
          </div>
        )}
      </article>
    </li>
  );
}

function TypeGroup({
  type,
  partners,
  onEdit,
}: {
  type: PartnerType;
  partners: Partner[];
  onEdit: ((partner: Partner) => void) | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="havn-partners__group">
      <Heading level={2} data-size="xs" id={headingId}>
        {t(`partners.types.${type}`)}
      </Heading>
      <ul className="havn-partners__list">
        {partners.map((p) => (
          <PartnerCard key={p.id} partner={p} onEdit={onEdit} />
        ))}
      </ul>
    </section>
  );
}

/**
 * /contacts/partners: the services the centre works with (NAV, police, child welfare…), grouped
 * by type, with phone and contact person. The unit leader adds and changes them.
 */
export function PartnersPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const title = t('partners.title');
  useDocumentTitle(title);
  const allowed = can(me, 'partners.list');
  const manage = can(me, 'partners.manage');
  const partners = usePartners();
  const [dialog, setDialog] = useState<{ partner: Partner | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The dialog edits the latest version: after a save or a conflict the list has been reloaded.
  const editing = dialog?.partner
    ? (partners.data?.find((p) => p.id === dialog.partner!.id) ?? dialog.partner)
    : null;

  let content;
  if (!allowed) {
    content = (
      <Alert data-color="warning">
        <Paragraph>{t('partners.noAccess')}</Paragraph>
      </Alert>
    );
  } else if (partners.isPending) {
    content = (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('partners.loading')}
      </Paragraph>
    );
  } else if (partners.isError) {
    content = (
      <Alert data-color="danger">
        <Paragraph>{t(errorMessageKey(partners.error))}</Paragraph>
      </Alert>
    );
  } else {
    const groups = byType(partners.data);
    content =
      groups.length === 0 ? (
        <Paragraph>{t('partners.empty')}</Paragraph>
      ) : (
        groups.map(([type, list]) => (
          <TypeGroup
            key={type}
            type={type}
            partners={list}
            onEdit={manage ? (partner) => setDialog({ partner }) : null}
          />
        ))
      );
  }

  return (
    <div className="havn-page havn-page--contacts">
      <PageHeading>{title}</PageHeading>
      {allowed && <ContactsNav />}
      <Paragraph variant="long">{t('partners.intro')}</Paragraph>
      {manage && (
        <div>
          <Button onClick={() => setDialog({ partner: null })}>{t('partners.add')}</Button>
        </div>
      )}
      <div role="status">
        {done && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{done}</Paragraph>
          </Alert>
        )}
      </div>
      {content}
      {manage && (
        <PartnerDialog
          open={dialog !== null}
          partner={editing}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDone(message);
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
