import { Button, Heading, Paragraph, ToggleGroup } from '@digdir/designsystemet-react';
import { type DayUserCaseFilter, dayUserCaseFilters } from '@havn/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { CaseTable } from '../../lib/CaseTable.tsx';
import { QueryContent } from '../../lib/QueryContent.tsx';
import { ShortDate } from '../../lib/ShortDate.tsx';
import { useCases, type CaseSummary } from './day-users-api.ts';
import { DayServicePage } from './ui.tsx';

const isStatus = (value: string | null): value is DayUserCaseFilter =>
  (dayUserCaseFilters as readonly (string | null)[]).includes(value);

function CasesSection({ status, cases }: { status: DayUserCaseFilter; cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const caption = t(`dayService.cases.caption.${status}`);
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {caption}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{t(`dayService.cases.empty.${status}`)}</Paragraph>
      ) : (
        <CaseTable
          label={t('dayService.cases.tableLabel')}
          caption={caption}
          personHeader={t('dayService.cases.columns.person')}
          href={(c) => `/day-users/${encodeURIComponent(c.id)}`}
          rows={cases}
          columns={[
            {
              header: t('dayService.cases.columns.started'),
              cell: (c) => <ShortDate date={c.startedOn} />,
            },
            {
              header: t('dayService.cases.columns.visits'),
              cell: (c) => c.visits,
              className: 'havn-number',
            },
            {
              header: t('dayService.cases.columns.lastVisit'),
              cell: (c) => <ShortDate date={c.lastVisit} none={t('dayService.cases.none')} />,
            },
            {
              header: t('dayService.cases.columns.ended'),
              cell: (c) => <ShortDate date={c.endedOn} none={t('dayService.cases.ongoing')} />,
            },
          ]}
        />
      )}
    </section>
  );
}

function DayUsersScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: DayUserCaseFilter = isStatus(raw) ? raw : 'open';
  const cases = useCases(status);
  return (
    <>
      <Paragraph variant="long">{t('dayService.cases.intro')}</Paragraph>
      <div className="havn-ds-toolbar">
        <Button asChild>
          <RouterLink to="/day-users/ny">{t('dayService.cases.new')}</RouterLink>
        </Button>
        <ToggleGroup
          className="havn-ds-toolbar__push"
          data-size="sm"
          aria-label={t('dayService.cases.filterLabel')}
          value={status}
          onChange={(value) =>
            setParams(value === 'open' ? {} : { status: value }, { replace: true })
          }
        >
          {dayUserCaseFilters.map((s) => (
            <ToggleGroup.Item key={s} value={s}>
              {t(`dayService.cases.status.${s}`)}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
      </div>
      <QueryContent query={cases} loadingText={t('dayService.cases.loading')}>
        {(data) => <CasesSection status={status} cases={data} />}
      </QueryContent>
    </>
  );
}

/** /day-users: the day-user cases the user may open, open ones first, and "Ny dagbrukersak". */
export function DayUsersPage() {
  const { t } = useTranslation();
  return (
    <DayServicePage title={t('dayService.cases.title')} permission="day_service.manage" wide>
      {() => <DayUsersScreen />}
    </DayServicePage>
  );
}
