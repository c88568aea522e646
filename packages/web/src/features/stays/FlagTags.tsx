import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The night watch's flags as tags; nothing when none is set. */
export function FlagTags({
  flags,
}: {
  flags: { noVisitors: boolean; perpetratorSearching: boolean };
}) {
  const { t } = useTranslation();
  if (!flags.noVisitors && !flags.perpetratorSearching) return null;
  return (
    <span className="havn-tags">
      {flags.perpetratorSearching && (
        <Tag data-size="sm" data-color="danger">
          {t('stays.flags.perpetratorSearching')}
        </Tag>
      )}
      {flags.noVisitors && (
        <Tag data-size="sm" data-color="warning">
          {t('stays.flags.noVisitors')}
        </Tag>
      )}
    </span>
  );
}
