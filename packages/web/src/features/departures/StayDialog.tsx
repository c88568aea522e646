import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that opens a dialog about one stay (its departure, a correction): the title names who
 * (`label`, also in the button's accessible name where several are listed); once `done` is said,
 * it replaces the form, as a status.
 */
export function StayDialog({
  open,
  buttonText,
  title,
  label,
  variant,
  done,
  onOpen,
  onClose,
  children,
}: {
  open: boolean;
  buttonText: string;
  title: string;
  label: string | undefined;
  variant: 'secondary' | 'tertiary';
  done: string | null;
  onOpen: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <>
      <Button
        type="button"
        variant={variant}
        data-size="sm"
        onClick={onOpen}
        aria-label={label ? `${buttonText}: ${label}` : undefined}
      >
        {buttonText}
      </Button>
      <Dialog
        open={open}
        onClose={onClose}
        closeButton={t('common.closeDialog')}
        aria-labelledby={headingId}
        className="havn-dialog havn-dialog--form"
      >
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {label ? `${title}: ${label}` : title}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          {open &&
            (done !== null ? (
              <Alert data-color="success" role="status">
                <Paragraph>{done}</Paragraph>
              </Alert>
            ) : (
              children
            ))}
        </Dialog.Block>
      </Dialog>
    </>
  );
}
