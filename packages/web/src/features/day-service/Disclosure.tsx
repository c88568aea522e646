import { Button, Heading } from '@digdir/designsystemet-react';
import { useId, useRef, type ReactNode } from 'react';

/**
 * A button that opens a form under it and closes it again (aria-expanded). The form gets
 * `close`; closing puts focus back on the button, so the keyboard user is where they started.
 */
export function Disclosure({
  label,
  heading,
  open,
  onOpenChange,
  variant = 'secondary',
  color,
  children,
}: {
  label: string;
  heading: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  variant?: 'primary' | 'secondary';
  color?: 'danger';
  children: (close: () => void) => ReactNode;
}) {
  const panelId = useId();
  const headingId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    onOpenChange(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return (
    <div className="havn-ds-section">
      <div>
        <Button
          ref={buttonRef}
          variant={open ? 'tertiary' : variant}
          data-color={color}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => onOpenChange(!open)}
        >
          {label}
        </Button>
      </div>
      {open && (
        <section id={panelId} className="havn-ds-panel" aria-labelledby={headingId}>
          <Heading level={3} data-size="xs" id={headingId}>
            {heading}
          </Heading>
          {children(close)}
        </section>
      )}
    </div>
  );
}
