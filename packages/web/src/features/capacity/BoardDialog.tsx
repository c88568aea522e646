import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AssignForm } from './AssignForm.tsx';
import type { Pending } from './BedRow.tsx';
import { capacityApi, type ReservationDto } from './capacity-api.ts';
import { MoveForm } from './MoveForm.tsx';
import { OutOfServiceForm } from './OutOfServiceForm.tsx';

/**
 * The board's one dialog, for what a bed or reservation asked for: out of service, a move, an
 * arrival on a reservation, or its cancellation. `onDone` and `onError` close it with their news.
 */
export function BoardDialog({
  pending,
  working,
  reservationPlace,
  run,
  onClose,
  onDone,
  onError,
}: {
  pending: Pending;
  working: boolean;
  reservationPlace: (reservation: ReservationDto) => string;
  run: (kind: 'oos' | 'cancel', fn: () => Promise<unknown>, ok: string) => void;
  onClose: () => void;
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const label = (p: Pending): string => {
    switch (p?.kind) {
      case 'oos':
        return t('capacity.board.oosDialog.title', { bed: p.name });
      case 'move':
        return t('capacity.move.title', { name: p.name });
      case 'arrive':
        return t('capacity.assign.title', { place: reservationPlace(p.reservation) });
      case 'cancel':
        return t('capacity.board.cancelDialog.title', { name: p.reservation.label });
      default:
        return '';
    }
  };
  return (
    <Dialog
      open={pending !== null}
      onClose={onClose}
      closeButton={t('common.closeDialog')}
      aria-label={label(pending)}
      className="havn-dialog"
    >
      {pending?.kind === 'oos' && (
        <Dialog.Block>
          <OutOfServiceForm
            name={pending.name}
            pending={working}
            onSubmit={(reason) =>
              run(
                'oos',
                () => capacityApi.outOfService({ bedId: pending.bed.id, reason }),
                t('capacity.board.done.outOfService', { bed: pending.name }),
              )
            }
          />
        </Dialog.Block>
      )}
      {pending?.kind === 'move' && (
        <Dialog.Block>
          <MoveForm
            stayId={pending.stayId}
            version={pending.version}
            name={pending.name}
            onMoved={() => onDone(t('capacity.board.done.moved', { name: pending.name }))}
          />
        </Dialog.Block>
      )}
      {pending?.kind === 'arrive' && (
        <Dialog.Block>
          <AssignForm
            place={reservationPlace(pending.reservation)}
            beds={pending.reservation.beds}
            need={pending.reservation.need}
            reservationId={pending.reservation.id}
            onAssigned={(alias) => onDone(t('capacity.board.done.assigned', { name: alias }))}
            onTaken={() => onError(t('capacity.conflicts.bedTaken'))}
          />
        </Dialog.Block>
      )}
      {pending?.kind === 'cancel' && (
        <Dialog.Block className="havn-form">
          <Heading level={2} data-size="sm">
            {t('capacity.board.cancelDialog.title', { name: pending.reservation.label })}
          </Heading>
          <Paragraph>{t('capacity.board.cancelDialog.text')}</Paragraph>
          <div className="havn-capacity-buttons">
            <Button
              data-color="danger"
              aria-disabled={working || undefined}
              onClick={() =>
                run(
                  'cancel',
                  () =>
                    capacityApi.cancelReservation({
                      reservationId: pending.reservation.id,
                      version: pending.reservation.version,
                    }),
                  t('capacity.board.done.cancelled', { name: pending.reservation.label }),
                )
              }
            >
              {t('capacity.board.cancelDialog.submit')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </Dialog.Block>
      )}
    </Dialog>
  );
}
