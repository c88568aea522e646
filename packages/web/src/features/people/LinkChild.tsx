import { Alert, Button, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { type ChildRelation, childRelations } from '@havn/domain';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { queryClient } from '../../api/query-client.ts';
import type { PersonRef } from '../day-service/day-users-api.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import { PersonPicker } from '../day-service/PersonPicker.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { peopleApi, personKey, type PersonView } from './people-api.ts';

function LinkChildForm({
  adult,
  onDone,
  onCancel,
}: {
  adult: PersonView;
  onDone: (child: PersonRef) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [child, setChild] = useState<PersonRef | null>(null);
  const [relation, setRelation] = useState<ChildRelation>('parent');
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const linked = new Set(adult.children.map((c) => c.id));
  const link = useMutation({
    mutationFn: (body: { childId: string; relation: ChildRelation }) =>
      peopleApi.linkChild(adult.id, body),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (link.isPending) return;
    link.reset();
    if (!child) {
      setMissing(true);
      searchRef.current?.focus();
      return;
    }
    setAttempt((n) => n + 1);
    link.mutate(
      { childId: child.id, relation },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: personKey(adult.id) });
          void queryClient.invalidateQueries({ queryKey: personKey(child.id) });
          onDone(child);
        },
      },
    );
  };

  let failure: string | null = null;
  if (link.isError) {
    const error = link.error;
    if (error instanceof ApiError && error.code === 'conflict')
      failure = t('people.linkChild.alreadyLinked');
    else if (error instanceof ApiError && error.status === 404) failure = t('people.notFound');
    else failure = t(errorMessageKey(error));
  }

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={failure} attempt={attempt} />
      <PersonPicker
        label={t('people.linkChild.search')}
        description={t('people.linkChild.searchDescription')}
        value={child}
        onChange={(next) => {
          setChild(next);
          setMissing(false);
        }}
        accept={(hit) => hit.isChild && hit.id !== adult.id && !linked.has(hit.id)}
        error={missing ? t('people.linkChild.childMissing') : undefined}
        inputRef={searchRef}
      />
      <Field>
        <Label>{t('people.linkChild.relation')}</Label>
        <Select value={relation} onChange={(e) => setRelation(e.target.value as ChildRelation)}>
          {childRelations.map((r) => (
            <Select.Option key={r} value={r}>
              {t(`people.linkChild.relations.${r}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="havn-actions">
        <Button type="submit" loading={link.isPending}>
          {t('people.linkChild.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * "Koble til et barn som er registrert": a child already in the register (who came with the
 * other parent, say) is linked to this adult too. Both records must be ones the user may open.
 */
export function LinkChild({ adult }: { adult: PersonView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [linked, setLinked] = useState<string | null>(null);
  return (
    <>
      <div role="status">
        {linked && !open && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('people.linkChild.done', { name: linked })}</Paragraph>
          </Alert>
        )}
      </div>
      <Disclosure
        label={t('people.linkChild.open')}
        heading={t('people.linkChild.heading')}
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setLinked(null);
        }}
      >
        {(close) => (
          <LinkChildForm
            adult={adult}
            onDone={(child) => {
              setLinked(child.displayName);
              close();
            }}
            onCancel={close}
          />
        )}
      </Disclosure>
    </>
  );
}
