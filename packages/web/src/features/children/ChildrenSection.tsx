import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { formatDayAndTime, formatShortDate } from '../day-service/oslo-time.ts';
import { childPath, concernPath, useStayChildren } from './children-api.ts';
import { ConcernStatusTag } from './ConcernStatusTag.tsx';
import { LoadError, Loading, Section } from './ui.tsx';

/**
 * The stay page's section on the children: each child with a link to their own page, and the
 * §6 concerns about them not yet concluded. Shown to those who work the stay.
 */
export function ChildrenSection({ stayId }: { stayId: string }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const children = useStayChildren(stayId);
  const canDecide = can(me, 'child_welfare.decide');
  let body;
  if (children.isPending) body = <Loading text={t('children.section.loading')} />;
  else if (children.isError) body = <LoadError error={children.error} retry={children.refetch} />;
  else if (children.data.length === 0) body = <Paragraph>{t('children.section.none')}</Paragraph>;
  else {
    body = (
      <ul className="havn-ds-cards">
        {children.data.map((child) => (
          <li key={child.id}>
            <Paragraph>
              <Link asChild>
                <RouterLink to={childPath(stayId, child.id)}>
                  {t('children.section.childLink', { name: child.displayName })}
                </RouterLink>
              </Link>
              {child.birthDate &&
                ` – ${t('children.born', { date: formatShortDate(child.birthDate) })}`}
            </Paragraph>
            {child.openConcerns.length > 0 && (
              <ul aria-label={t('children.section.openConcerns', { name: child.displayName })}>
                {child.openConcerns.map((c) => {
                  const label = t('children.concerns.registeredOn', {
                    date: formatDayAndTime(c.registeredAt),
                  });
                  return (
                    <li key={c.id}>
                      {canDecide ? (
                        <Link asChild>
                          <RouterLink to={concernPath(c.id)}>{label}</RouterLink>
                        </Link>
                      ) : (
                        label
                      )}{' '}
                      <ConcernStatusTag status={c.status} />
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    );
  }
  return <Section heading={t('children.section.heading')}>{body}</Section>;
}
