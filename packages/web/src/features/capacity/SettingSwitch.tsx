import { Switch } from '@digdir/designsystemet-react';
import { useState } from 'react';

/**
 * A centre setting that moves as soon as it is switched, while the change is saved; it is
 * remounted from the saved version, and moves back when the save fails.
 */
export function SettingSwitch({
  checked,
  label,
  description,
  onChange,
}: {
  checked: boolean;
  label: string;
  description: string;
  onChange: (checked: boolean, undo: () => void) => void;
}) {
  const [shown, setShown] = useState(checked);
  return (
    <Switch
      label={label}
      description={description}
      checked={shown}
      onChange={(e) => {
        setShown(e.target.checked);
        onChange(e.target.checked, () => setShown(checked));
      }}
    />
  );
}
