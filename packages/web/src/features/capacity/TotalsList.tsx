import { useTranslation } from 'react-i18next';
import type { Totals } from './capacity-api.ts';

/** The board's counts: beds, free places, households, occupied and the rest. */
export function TotalsList({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const rows: [string, string | number][] = [
    [t('capacity.board.totals.beds'), totals.beds],
    [t('capacity.board.totals.free'), totals.offered],
    [
      t('capacity.board.totals.households'),
      t('capacity.board.totals.householdsValue', { count: totals.offeredPlaces }),
    ],
    [t('capacity.board.totals.occupied'), totals.occupied],
    [t('capacity.board.totals.lent'), totals.lent],
    [t('capacity.board.totals.reserved'), totals.reserved],
    [t('capacity.board.totals.beingCleaned'), totals.beingCleaned],
    [t('capacity.board.totals.outOfService'), totals.outOfService],
    [
      t('capacity.board.totals.persons'),
      t('capacity.board.totals.personsValue', {
        persons: totals.persons,
        adults: t('capacity.board.totals.adults', { count: totals.adults }),
        children: t('capacity.board.totals.children', { count: totals.children }),
      }),
    ],
  ];
  return (
    <dl className="havn-capacity-totals">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
