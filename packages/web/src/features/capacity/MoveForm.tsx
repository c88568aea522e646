import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Spinner,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import {
  capacityApi,
  useCapacityChange,
  useMoveOptions,
  type MoveOptionDto,
} from './capacity-api.ts';
import { capacityErrorText } from './shared.tsx';

function optionName(option: MoveOptionDto) {
  return option.roomName ? `${option.unitName}, ${option.roomName}` : option.unitName;
}

/**
 * "Flytt": the places the household fits now, as the server offers them (its own beds counted
 * free), and the move with the version the board showed. A refusal is told in Norwegian here.
 */
export function MoveForm({
  stayId,
  version,
  name,
  onMoved,
}: {
  stayId: string;
  version: number;
  name: string;
  onMoved: () => void;
}) {
  const { t } = useTranslation();
  const options = useMoveOptions(stayId);
  const [chosen, setChosen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const move = useCapacityChange(capacityApi.move);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (move.isPending) return;
    const option = options.data?.find((o) => o.rank === chosen);
    if (!option) {
      setError(t('capacity.move.chooseOption'));
      return;
    }
    setError(null);
    move.mutate(
      {
        stayId,
        version,
        moves: option.moves.map((m) => ({ personId: m.personId, bedId: m.bedId })),
      },
      { onSuccess: onMoved, onError: (e) => setError(capacityErrorText(t, e)) },
    );
  };

  let body;
  if (options.isPending)
    body = (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('capacity.find.searching')}
      </Paragraph>
    );
  else if (options.isError) body = <Paragraph>{t(errorMessageKey(options.error))}</Paragraph>;
  else if (options.data.length === 0) body = <Paragraph>{t('capacity.move.noOptions')}</Paragraph>;
  else
    body = (
      <Fieldset>
        <Fieldset.Legend>{t('capacity.move.choose')}</Fieldset.Legend>
        {options.data.map((option) => (
          <Radio
            key={option.rank}
            name="option"
            value={String(option.rank)}
            label={t('capacity.move.option', {
              place: optionName(option),
              beds: option.moves.map((m) => m.bedLabel).join(', '),
            })}
            description={
              option.condition ? t(`capacity.find.conditions.${option.condition}`) : undefined
            }
            checked={chosen === option.rank}
            onChange={() => setChosen(option.rank)}
          />
        ))}
      </Fieldset>
    );

  return (
    <form onSubmit={submit} noValidate className="havn-form">
      <Heading level={2} data-size="sm">
        {t('capacity.move.title', { name })}
      </Heading>
      <Paragraph data-size="sm">{t('capacity.move.intro')}</Paragraph>
      {body}
      {error && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">{error}</Paragraph>
        </Alert>
      )}
      {options.data && options.data.length > 0 && (
        <div>
          <Button type="submit" aria-disabled={move.isPending || undefined}>
            {t('capacity.move.submit')}
          </Button>
        </div>
      )}
    </form>
  );
}
