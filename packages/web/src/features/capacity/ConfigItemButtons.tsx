import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ConfigKind } from './capacity-api.ts';
import type { Editing } from './config-editing.ts';

/** «Endre» and «Fjern» for one site, unit, room or bed, each naming the item for a screen reader. */
export function ConfigItemButtons({
  kind,
  id,
  version,
  name,
  extra,
  onEdit,
  onRemove,
}: {
  kind: ConfigKind;
  id: string;
  version: number;
  name: string;
  extra?: Partial<Extract<Editing, { mode: 'edit' }>>;
  onEdit: (e: Editing) => void;
  onRemove: (e: Editing) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="havn-capacity-buttons">
      <Button
        data-size="sm"
        variant="secondary"
        aria-label={t('capacity.config.editItem', { name })}
        onClick={() => onEdit({ mode: 'edit', kind, id, version, name, ...extra })}
      >
        {t('capacity.config.edit')}
      </Button>
      <Button
        data-size="sm"
        variant="tertiary"
        data-color="danger"
        aria-label={t('capacity.config.removeItem', { name })}
        onClick={() => onRemove({ mode: 'remove', kind, id, version, name })}
      >
        {t('capacity.config.remove')}
      </Button>
    </div>
  );
}
