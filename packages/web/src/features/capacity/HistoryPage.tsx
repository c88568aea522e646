import {
  Alert,
  Heading,
  Paragraph,
  Spinner,
  Table,
  Tag,
  Textfield,
  ToggleGroup,
  Button,
} from '@digdir/designsystemet-react';
import { targetGroups } from '@havn/domain';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { formatDate, formatMonth, osloDate } from '../../lib/datetime.ts';
import { useHistory, type History } from './capacity-api.ts';
import { CapacityNav } from './shared.tsx';
import './capacity.css';

// recharts is large: it loads with this page only, never in the first load.
const HistoryChart = lazy(() => import('./HistoryChart.tsx'));

type View = 'day' | 'month';
type Breakdown = 'total' | 'unit' | 'targetGroup';

// The month in Oslo, not on the machine's clock: 'YYYY-MM', as a month field takes it.
const monthOf = (d: Date) => osloDate(d).slice(0, 7);
const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 0) - (fm ?? 0)) + 1;
};

interface Column {
  key: string;
  name: string;
}

/** The rows and series of the chosen view and breakdown; the table shows exactly these. */
function shape(history: History, view: View, breakdown: Breakdown, t: TFunction) {
  const groups: Column[] =
    breakdown === 'unit'
      ? history.units.map((u) => ({ key: u.id, name: u.name }))
      : breakdown === 'targetGroup'
        ? targetGroups
            .filter((g) => history.units.some((u) => u.targetGroup === g))
            .map((g) => ({ key: g, name: t(`capacity.targetGroups.${g}`) }))
        : [];
  if (view === 'day') {
    const rows = history.days.map((d) => {
      const by = breakdown === 'unit' ? d.byUnit : d.byTargetGroup;
      return {
        label: formatDate(d.date),
        overFull: d.overFull,
        capacity: d.capacity,
        ...(breakdown === 'total'
          ? { persons: d.persons }
          : Object.fromEntries(groups.map((g) => [g.key, by[g.key]?.persons ?? 0]))),
      };
    });
    const series =
      breakdown === 'total'
        ? [{ key: 'persons', name: t('capacity.history.col.persons') }]
        : groups;
    return { rows, series };
  }
  const rows = history.months.map((m) => {
    const by = breakdown === 'unit' ? m.byUnit : m.byTargetGroup;
    return {
      label: formatMonth(m.month),
      overFull: m.overFullDays > 0,
      ...(breakdown === 'total'
        ? { adults: m.adults, children: m.children }
        : Object.fromEntries(groups.map((g) => [g.key, by[g.key]?.total ?? 0]))),
    };
  });
  const series =
    breakdown === 'total'
      ? [
          { key: 'adults', name: t('capacity.history.col.adults') },
          { key: 'children', name: t('capacity.history.col.children') },
        ]
      : groups;
  return { rows, series };
}

function HistoryView({ history }: { history: History }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>('month');
  const [breakdown, setBreakdown] = useState<Breakdown>('total');
  const { rows, series } = shape(history, view, breakdown, t);
  const title = view === 'day' ? t('capacity.history.chartDay') : t('capacity.history.chartMonth');
  const pct = (v: number | null) =>
    v === null
      ? '–'
      : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(v);

  if (history.days.length === 0) return <Paragraph>{t('capacity.history.noData')}</Paragraph>;
  return (
    <>
      <Paragraph>
        {t('capacity.history.overFullSummary', { count: history.overFullDays.length })}
      </Paragraph>
      <div className="havn-capacity-filters">
        <div>
          <Paragraph data-size="sm" id="history-view-label">
            {t('capacity.history.view')}
          </Paragraph>
          <ToggleGroup
            value={view}
            onChange={(v) => setView(v as View)}
            aria-labelledby="history-view-label"
            data-size="sm"
          >
            <ToggleGroup.Item value="month">{t('capacity.history.views.month')}</ToggleGroup.Item>
            <ToggleGroup.Item value="day">{t('capacity.history.views.day')}</ToggleGroup.Item>
          </ToggleGroup>
        </div>
        <div>
          <Paragraph data-size="sm" id="history-breakdown-label">
            {t('capacity.history.breakdown')}
          </Paragraph>
          <ToggleGroup
            value={breakdown}
            onChange={(v) => setBreakdown(v as Breakdown)}
            aria-labelledby="history-breakdown-label"
            data-size="sm"
          >
            <ToggleGroup.Item value="total">
              {t('capacity.history.breakdowns.total')}
            </ToggleGroup.Item>
            <ToggleGroup.Item value="unit">
              {t('capacity.history.breakdowns.unit')}
            </ToggleGroup.Item>
            <ToggleGroup.Item value="targetGroup">
              {t('capacity.history.breakdowns.targetGroup')}
            </ToggleGroup.Item>
          </ToggleGroup>
        </div>
      </div>
      <figure className="havn-history-figure">
        <figcaption>
          <Heading level={2} data-size="sm">
            {title}
          </Heading>
        </figcaption>
        <div
          role="img"
          aria-label={t('capacity.history.chartLabel', { title })}
          className="havn-history-chart"
        >
          <Suspense
            fallback={
              <Paragraph className="havn-status__line">
                <Spinner aria-hidden data-size="sm" />
                {t('capacity.history.loadingChart')}
              </Paragraph>
            }
          >
            <HistoryChart
              rows={rows}
              series={series}
              {...(view === 'day' && breakdown === 'total'
                ? { capacityKey: 'capacity', capacityName: t('capacity.history.capacityLine') }
                : {})}
            />
          </Suspense>
        </div>
      </figure>
      <section aria-labelledby="history-table" className="havn-capacity-section">
        <Heading level={2} data-size="sm" id="history-table">
          {view === 'day' ? t('capacity.history.tableDay') : t('capacity.history.tableMonth')}
        </Heading>
        <div
          className="havn-table-scroll havn-history-table"
          tabIndex={0}
          role="region"
          aria-labelledby="history-table"
        >
          <Table data-size="sm" zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>
                  {view === 'day'
                    ? t('capacity.history.col.date')
                    : t('capacity.history.col.month')}
                </Table.HeaderCell>
                {breakdown === 'total' && view === 'day' && (
                  <>
                    <Table.HeaderCell>{t('capacity.history.col.persons')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.adults')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.children')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.occupiedBeds')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.capacity')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.overFull')}</Table.HeaderCell>
                  </>
                )}
                {breakdown === 'total' && view === 'month' && (
                  <>
                    <Table.HeaderCell>{t('capacity.history.col.adults')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.children')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.total')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.placeNights')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.occupancy')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('capacity.history.col.overFullDays')}</Table.HeaderCell>
                  </>
                )}
                {breakdown !== 'total' &&
                  series.map((s) => <Table.HeaderCell key={s.key}>{s.name}</Table.HeaderCell>)}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {view === 'day'
                ? history.days.map((d, i) => (
                    <Table.Row
                      key={d.date}
                      className={d.overFull ? 'havn-history-overfull' : undefined}
                    >
                      <Table.HeaderCell scope="row">{formatDate(d.date)}</Table.HeaderCell>
                      {breakdown === 'total' ? (
                        <>
                          <Table.Cell>{d.persons}</Table.Cell>
                          <Table.Cell>{d.adults}</Table.Cell>
                          <Table.Cell>{d.children}</Table.Cell>
                          <Table.Cell>{d.occupiedBeds}</Table.Cell>
                          <Table.Cell>{d.capacity}</Table.Cell>
                          <Table.Cell>
                            {d.overFull ? (
                              <Tag data-color="danger" data-size="sm">
                                {t('capacity.history.overFull')}
                              </Tag>
                            ) : (
                              t('common.no')
                            )}
                          </Table.Cell>
                        </>
                      ) : (
                        series.map((s) => (
                          <Table.Cell key={s.key}>
                            {String(rows[i]?.[s.key as keyof (typeof rows)[number]] ?? 0)}
                          </Table.Cell>
                        ))
                      )}
                    </Table.Row>
                  ))
                : history.months.map((m, i) => (
                    <Table.Row
                      key={m.month}
                      className={m.overFullDays > 0 ? 'havn-history-overfull' : undefined}
                    >
                      <Table.HeaderCell scope="row">{formatMonth(m.month)}</Table.HeaderCell>
                      {breakdown === 'total' ? (
                        <>
                          <Table.Cell>{m.adults}</Table.Cell>
                          <Table.Cell>{m.children}</Table.Cell>
                          <Table.Cell>{m.total}</Table.Cell>
                          <Table.Cell>{m.placeNights}</Table.Cell>
                          <Table.Cell>{pct(m.occupancy)}</Table.Cell>
                          <Table.Cell>{m.overFullDays}</Table.Cell>
                        </>
                      ) : (
                        series.map((s) => (
                          <Table.Cell key={s.key}>
                            {String(rows[i]?.[s.key as keyof (typeof rows)[number]] ?? 0)}
                          </Table.Cell>
                        ))
                      )}
                    </Table.Row>
                  ))}
            </Table.Body>
          </Table>
        </div>
      </section>
    </>
  );
}

/** /capacity/history: occupancy per day and month, over-full days, overnights. */
export function HistoryPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const name = t('capacity.history.title');
  useDocumentTitle(name);
  const to = monthOf(new Date());
  const [year, month] = to.split('-').map(Number);
  // Six months back from this month in Oslo; mid-month, so no zone moves it into another one.
  const from = monthOf(new Date(Date.UTC(year ?? 0, (month ?? 1) - 6, 15)));
  const [range, setRange] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);
  const allowed = can(me, 'capacity.view_history');
  const history = useHistory(range.from, range.to);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get('from') ?? '');
    const to = String(form.get('to') ?? '');
    const ok = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to);
    const n = ok ? monthsBetween(from, to) : 0;
    if (!ok || n < 1 || n > 24) {
      setError(t('capacity.history.rangeInvalid'));
      return;
    }
    setError(null);
    setRange({ from, to });
  };

  return (
    <div className="havn-page havn-page--wide havn-capacity">
      <PageHeading>{name}</PageHeading>
      {allowed ? (
        <>
          <Paragraph variant="long">{t('capacity.history.intro')}</Paragraph>
          <CapacityNav />
          <form onSubmit={submit} noValidate className="havn-capacity-filters">
            <Textfield
              type="month"
              name="from"
              label={t('capacity.history.from')}
              defaultValue={range.from}
            />
            <Textfield
              type="month"
              name="to"
              label={t('capacity.history.to')}
              defaultValue={range.to}
              error={error ?? undefined}
            />
            <div className="havn-capacity-filters__submit">
              <Button type="submit" variant="secondary">
                {t('capacity.history.show')}
              </Button>
            </div>
          </form>
          {history.isPending ? (
            <Paragraph className="havn-status__line" role="status">
              <Spinner aria-hidden data-size="sm" />
              {t('capacity.history.loading')}
            </Paragraph>
          ) : history.isError ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(errorMessageKey(history.error))}</Paragraph>
            </Alert>
          ) : (
            <HistoryView history={history.data} />
          )}
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('capacity.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
