import { Link as DsLink, Tag } from '@digdir/designsystemet-react';
import type { BedState } from '@havn/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import type { UnitRejectionDto } from './capacity-api.ts';
import { conflictKind } from './capacity-api.ts';

/** A symbol per state, beside its name and colour: the state is never told by colour alone. */
const stateIcons: Record<BedState, string> = {
  free: '○',
  occupied: '●',
  reserved: '◔',
  being_cleaned: '↻',
  lent: '⇄',
  out_of_service: '⊘',
};

const stateColors: Record<BedState, string> = {
  free: 'success',
  occupied: 'neutral',
  reserved: 'info',
  being_cleaned: 'warning',
  lent: 'brand1',
  out_of_service: 'danger',
};

export function StateTag({ state }: { state: BedState }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={stateColors[state]} data-size="sm" className="havn-bed-state">
      <span aria-hidden="true" className="havn-bed-state__icon">
        {stateIcons[state]}
      </span>
      {t(`capacity.states.${state}`)}
    </Tag>
  );
}

/** Marks a record whose values were chosen for the demo, naming the fields. */
export function DemoTag({ fields }: { fields: readonly string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <Tag
      data-color="warning"
      data-size="sm"
      title={t('capacity.demoValueTitle', { fields: fields.join(', ') })}
    >
      {t('capacity.demoValue')}
    </Tag>
  );
}

/** The sentence for a failed capacity change: the server's reason in Norwegian, else the code's. */
export function capacityErrorText(t: TFunction, error: unknown): string {
  const conflict = conflictKind(error);
  if (conflict) {
    return conflict.key === 'bedsOccupied'
      ? t('capacity.conflicts.bedsOccupied', { count: conflict.count })
      : t(`capacity.conflicts.${conflict.key}`);
  }
  return t(errorMessageKey(error));
}

/** The capacity pages, as links between them; the current one marked. */
export function CapacityNav() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const { pathname } = useLocation();
  const links = [
    { to: '/capacity', label: t('capacity.nav.board'), show: can(me, 'capacity.view_board') },
    { to: '/capacity/find', label: t('capacity.nav.find'), show: can(me, 'capacity.view_board') },
    {
      to: '/capacity/history',
      label: t('capacity.nav.history'),
      show: can(me, 'capacity.view_history'),
    },
    {
      to: '/capacity/configuration',
      label: t('capacity.nav.configuration'),
      show: can(me, 'capacity.configure'),
    },
  ].filter((l) => l.show);
  return (
    <nav aria-label={t('capacity.nav.label')} className="havn-capacity-nav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <DsLink asChild>
              <Link to={l.to} aria-current={pathname === l.to ? 'page' : undefined}>
                {l.label}
              </Link>
            </DsLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "YYYY-MM-DDTHH:MM…" as Norwegian date and time. */
export const formatTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));

/** "1 t 45 min igjen": how long a reservation still holds its beds, counted from the board's time. */
export function useTimeLeft() {
  const { t } = useTranslation();
  return (fromIso: string, untilIso: string) => {
    const minutes = Math.max(0, Math.ceil((Date.parse(untilIso) - Date.parse(fromIso)) / 60_000));
    const hours = Math.floor(minutes / 60);
    return hours === 0
      ? t('capacity.board.minutesLeft', { minutes })
      : t('capacity.board.hoursLeft', { hours, minutes: minutes % 60 });
  };
}

/**
 * Why a unit offers nothing, in words: each reason, the boys over the unit's age limit by age
 * («gutt 15 år: over aldersgrensen for …») and the screened unit's exclusions by name.
 */
export function unfitText(t: TFunction, unit: UnitRejectionDto): string {
  return unit.reasons
    .flatMap((reason) => {
      if (reason === 'boys_age_limit' && unit.boysOverAge.length > 0)
        return unit.boysOverAge.map((age) =>
          t('capacity.find.boyOverLimit', { age, unit: unit.unitName, limit: unit.boysMaxAge }),
        );
      if (reason === 'screened_exclusion' && unit.exclusions.length > 0)
        return [
          t('capacity.find.notForScreened', {
            exclusions: unit.exclusions
              .map((e) => t(`capacity.find.exclusionNames.${e}`))
              .join(', '),
          }),
        ];
      return [t(`capacity.find.reasons.${reason}`)];
    })
    .join(', ');
}
