import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { Disclosure } from '../features/day-service/Disclosure.tsx';

/** A button that opens a form, and the success note after it closes. */
export function FormToggle({
  label,
  heading,
  saved,
  color,
  variant,
  children,
}: {
  label: string;
  heading: string;
  saved?: string;
  color?: 'danger';
  variant?: 'primary';
  children: (done: () => void, close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(0);
  return (
    <>
      {saved && (
        <div role="status">
          {done > 0 && !open && (
            <Alert key={done} data-color="success" data-size="sm">
              <Paragraph data-size="sm">{saved}</Paragraph>
            </Alert>
          )}
        </div>
      )}
      <Disclosure
        label={label}
        heading={heading}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setDone(0);
        }}
        {...(color ? { color } : {})}
        {...(variant ? { variant } : {})}
      >
        {(close) =>
          children(() => {
            setDone((n) => n + 1);
            close();
          }, close)
        }
      </Disclosure>
    </>
  );
}
