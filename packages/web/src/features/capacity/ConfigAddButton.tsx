import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ConfigKind } from './capacity-api.ts';
import type { Editing } from './config-editing.ts';

/** «+ Legg til …» under a parent (none for a site), opening the form for the new item. */
export function ConfigAddButton({
  kind,
  parentId,
  parentName,
  label,
  onAdd,
}: {
  kind: ConfigKind;
  parentId: string | null;
  parentName: string;
  label: string;
  onAdd: (editing: Editing) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      data-size="sm"
      variant="secondary"
      aria-label={label}
      onClick={() => onAdd({ mode: 'create', kind, parentId, parentName })}
    >
      +{' '}
      {t(
        `capacity.config.${kind === 'sites' ? 'addSite' : kind === 'units' ? 'addUnit' : kind === 'rooms' ? 'addRoom' : 'addBed'}`,
      )}
    </Button>
  );
}
