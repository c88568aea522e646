import type { Action } from '@havn/domain';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can, type Authenticated } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import './children.css';

export { LoadError, Loading } from '../day-service/ui.tsx';

/**
 * A page of the children module: the title (never a child's name, which would stay in the
 * browser's history), the one h1, the off-shift reminder, and the content when any of
 * `permissions` is the user's — else only a refusal (the server would answer 403 anyway).
 */
export function ChildrenPageFrame({
  title,
  heading = title,
  permissions,
  children,
}: {
  title: string;
  heading?: string;
  permissions: readonly Action[];
  children: (me: Authenticated) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(title);
  return (
    <div className="havn-page havn-ds-page">
      <PageHeading>{heading}</PageHeading>
      {permissions.some((p) => can(me, p)) ? (
        <>
          <OffShiftNotice me={me} />
          {children(me)}
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('children.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** A section of a page with its h2. */
export function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="havn-ds-section" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
