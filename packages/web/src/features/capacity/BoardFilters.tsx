import { Checkbox, Field, Label, Select } from '@digdir/designsystemet-react';
import type { TargetGroup } from '@havn/domain';
import { useTranslation } from 'react-i18next';
import type { BoardFilter } from './capacity-api.ts';
import { TargetGroupOptions } from './TargetGroupOptions.tsx';

/** The board's filters: one target group, and accessible units only. */
export function BoardFilters({
  filter,
  setFilter,
}: {
  filter: BoardFilter;
  setFilter: (filter: BoardFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="havn-capacity-filters"
      aria-label={t('capacity.board.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <Field>
        <Label>{t('capacity.board.targetGroup')}</Label>
        <Select
          value={filter.targetGroup}
          onChange={(e) =>
            setFilter({ ...filter, targetGroup: e.target.value as TargetGroup | '' })
          }
        >
          <Select.Option value="">{t('capacity.board.allTargetGroups')}</Select.Option>
          <TargetGroupOptions />
        </Select>
      </Field>
      <Checkbox
        label={t('capacity.board.accessibleOnly')}
        checked={filter.accessible}
        onChange={(e) => setFilter({ ...filter, accessible: e.target.checked })}
      />
    </form>
  );
}
