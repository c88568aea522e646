import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { formatShortDate, osloDate } from '../day-service/oslo-time.ts';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { useMyTasks } from './my-tasks.ts';

/**
 * For the start page: the user's open tasks on stays (plan measures included), earliest due
 * first, overdue ones marked. Nothing for those who cannot own such tasks.
 */
export function MyStayTasks() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const allowed = can(me, 'stays.list_residents');
  const tasks = useMyTasks(allowed);
  const headingId = useId();
  if (!allowed) return null;
  const today = osloDate();
  let content;
  if (tasks.isPending) content = <Loading text={t('stays.myTasks.loading')} />;
  else if (tasks.isError) content = <LoadError error={tasks.error} retry={() => tasks.refetch()} />;
  else if (tasks.data.length === 0) content = <Paragraph>{t('stays.myTasks.none')}</Paragraph>;
  else
    content = (
      <ul className="havn-stays__list" aria-labelledby={headingId}>
        {tasks.data.map((task) => {
          const where = task.label
            ? t('stays.myTasks.resident', { label: task.label })
            : t('stays.myTasks.hiddenResident');
          return (
            <li key={task.id}>
              {task.label && can(me, 'stays.work') ? (
                <Link asChild>
                  <RouterLink to={`/stays/${task.stayId}`}>{task.description}</RouterLink>
                </Link>
              ) : (
                task.description
              )}{' '}
              <span className="havn-muted">
                · {where}
                {task.dueOn &&
                  ` · ${t('stays.tasks.dueOn', { date: formatShortDate(task.dueOn) })}`}
              </span>{' '}
              {task.dueOn && task.dueOn < today && (
                <Tag data-size="sm" data-color="danger">
                  {t('stays.tasks.overdue')}
                </Tag>
              )}
            </li>
          );
        })}
      </ul>
    );
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('stays.myTasks.heading')}
      </Heading>
      {content}
    </section>
  );
}
