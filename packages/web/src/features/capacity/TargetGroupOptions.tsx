import { Select } from '@digdir/designsystemet-react';
import { targetGroups } from '@havn/domain';
import { useTranslation } from 'react-i18next';

/** The target groups as a select's options, in the board's order. */
export function TargetGroupOptions() {
  const { t } = useTranslation();
  return targetGroups.map((g) => (
    <Select.Option key={g} value={g}>
      {t(`capacity.targetGroups.${g}`)}
    </Select.Option>
  ));
}
