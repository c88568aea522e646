import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { useOpenConcerns } from './open-concerns.ts';

/** On the start page, for the unit leader: how many §6 concerns wait for a conclusion. */
export function OpenConcernsCard() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const allowed = can(me, 'child_welfare.overview');
  const concerns = useOpenConcerns(allowed);
  const headingId = useId();
  if (!allowed || !concerns.isSuccess) return null;
  const count = concerns.data.length;
  return (
    <Card data-color={count > 0 ? 'warning' : 'neutral'} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('children.card.heading')}
      </Heading>
      <Paragraph>{t('children.card.count', { count })}</Paragraph>
      <Link asChild>
        <RouterLink to="/child-welfare/concerns">{t('children.card.link')}</RouterLink>
      </Link>
    </Card>
  );
}
