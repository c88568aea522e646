import { conversationChannels, journalNoteTypes } from '@havn/domain';
import {
  Alert,
  Button,
  Card,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { oneOf } from '../../lib/one-of.ts';
import { queryClient } from '../../api/query-client.ts';
import { useDraftAutosave, type SaveStatus } from '../../lib/useDraftAutosave.ts';
import { formatDayAndTime, formatTime } from '../day-service/oslo-time.ts';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { FormError } from '../../lib/FormError.tsx';
import {
  draftKey,
  staysApi,
  staysKey,
  useJournal,
  useJournalDraft,
  type JournalDraft,
  type JournalNote,
  type Stay,
} from './stays-api.ts';

type Problem = 'type' | 'body' | 'channel' | 'parentPresent';

const emptyDraft = (stay: Stay): JournalDraft => ({
  personId: stay.person.id,
  type: '',
  channel: '',
  parentPresent: '',
  body: '',
  correctsId: null,
});

/** What must be filled in before the server is asked (the server checks the same). */
function problemsOf(state: JournalDraft, aboutChild: boolean): Problem[] {
  const problems: Problem[] = [];
  if (state.type === '') problems.push('type');
  if (state.type === 'one_to_one' && state.channel === '') problems.push('channel');
  if (state.type === 'one_to_one' && aboutChild && state.parentPresent === '')
    problems.push('parentPresent');
  if (state.body.trim() === '') problems.push('body');
  return problems;
}

function DraftStatus({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  // Not a live region while saving: a save every few seconds is not news.
  if (status.state === 'failed')
    return (
      <Paragraph data-size="sm" role="status">
        {t('stays.journal.draft.failed')}
      </Paragraph>
    );
  return (
    <Paragraph data-size="sm" className="havn-muted" data-testid="journal-draft-status">
      {status.state === 'saved'
        ? t('stays.journal.draft.saved', { time: formatTime(status.at.toISOString()) })
        : status.state === 'saving'
          ? t('stays.journal.draft.saving')
          : t('stays.journal.draft.idle')}
    </Paragraph>
  );
}

function NoteCard({
  note,
  notes,
  onCorrect,
}: {
  note: JournalNote;
  notes: JournalNote[];
  onCorrect: (note: JournalNote) => void;
}) {
  const { t } = useTranslation();
  const corrects = note.correctsId ? notes.find((n) => n.id === note.correctsId) : undefined;
  return (
    <Card data-color="neutral">
      <div className="havn-stays__task">
        <span className="havn-tags">
          <Tag data-size="sm" data-color="info">
            {t(`stays.noteTypes.${note.type}`)}
          </Tag>
          {note.channel && (
            <Tag data-size="sm" data-color="neutral">
              {t(`stays.channels.${note.channel}`)}
            </Tag>
          )}
          <Tag data-size="sm" data-color="neutral">
            {note.person.displayName}
          </Tag>
          {note.correctedById && (
            <Tag data-size="sm" data-color="warning">
              {t('stays.journal.corrected')}
            </Tag>
          )}
          {note.correctsId && (
            <Tag data-size="sm" data-color="neutral">
              {t('stays.journal.correction')}
              {corrects ? ` (${formatDayAndTime(corrects.writtenAt)})` : ''}
            </Tag>
          )}
        </span>
        {!note.correctedById && (
          <Button data-size="sm" variant="tertiary" onClick={() => onCorrect(note)}>
            {t('stays.journal.correct')}
          </Button>
        )}
      </div>
      <Paragraph className="havn-stays__note">{note.body}</Paragraph>
      {note.parentPresent !== null && (
        <Paragraph data-size="sm">
          {t('stays.journal.parentPresent')} {note.parentPresent ? t('common.yes') : t('common.no')}
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="havn-muted">
        {t('stays.journal.by', {
          name: note.author.name,
          time: formatDayAndTime(note.writtenAt),
        })}
      </Paragraph>
    </Card>
  );
}

function NoteList({ stay, onCorrect }: { stay: Stay; onCorrect: (note: JournalNote) => void }) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState('');
  const [type, setType] = useState<JournalDraft['type']>('');
  const journal = useJournal(stay.id, { personId, type });
  const people = [stay.person, ...stay.children];
  return (
    <>
      <div className="havn-form__row">
        <Field>
          <Label>{t('stays.journal.filterPerson')}</Label>
          <Select value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <Select.Option value="">{t('stays.journal.everyone')}</Select.Option>
            {people.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.displayName}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('stays.journal.filterType')}</Label>
          <Select
            value={type}
            onChange={(e) => setType(oneOf(journalNoteTypes)(e.target.value) ? e.target.value : '')}
          >
            <Select.Option value="">{t('stays.journal.allTypes')}</Select.Option>
            {journalNoteTypes.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`stays.noteTypes.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {journal.isPending ? (
        <Loading text={t('stays.page.loading')} />
      ) : journal.isError ? (
        <LoadError error={journal.error} retry={journal.refetch} />
      ) : journal.data.length === 0 ? (
        <Paragraph>{t('stays.journal.none')}</Paragraph>
      ) : (
        <ol className="havn-stays__list" aria-label={t('stays.journal.listLabel')}>
          {journal.data.map((note) => (
            <li key={note.id}>
              <NoteCard note={note} notes={journal.data} onCorrect={onCorrect} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * Writing a note: the form as typed is kept on the server (sealed, the author's own) so a closed
 * tab loses nothing; writing the note removes the draft. A correction is a new note pointing at
 * the one it corrects.
 */
function JournalWork({
  stay,
  initial,
  restoredAt,
  onWritten,
}: {
  stay: Stay;
  initial: JournalDraft;
  restoredAt: string | null;
  onWritten: () => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [writing, setWriting] = useState(false);
  const persist = useCallback(
    (payload: JournalDraft, keepalive: boolean) => staysApi.saveDraft(stay.id, payload, keepalive),
    [stay.id],
  );
  const draft = useDraftAutosave(persist, state, dirty);
  const people = [
    { ...stay.person, isChild: false },
    ...stay.children.map((c) => ({ ...c, isChild: true })),
  ];
  const aboutChild = people.find((p) => p.id === state.personId)?.isChild ?? false;
  const update = (patch: Partial<JournalDraft>) => {
    setState((current) => ({ ...current, ...patch }));
    setDirty(true);
    setProblems((current) => current.filter((p) => !(p in patch)));
  };
  const error = (p: Problem) => (problems.includes(p) ? t(`stays.journal.errors.${p}`) : undefined);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = problemsOf(state, aboutChild);
    setProblems(found);
    if (found.length > 0 || state.type === '') return;
    setWriting(true);
    await draft.stop();
    try {
      await staysApi.writeNote(stay.id, {
        personId: state.personId,
        type: state.type,
        channel: state.type === 'one_to_one' && state.channel !== '' ? state.channel : null,
        parentPresent:
          state.type === 'one_to_one' && aboutChild && state.parentPresent !== ''
            ? state.parentPresent === 'yes'
            : null,
        body: state.body,
        correctsId: state.correctsId,
      });
      queryClient.setQueryData(draftKey(stay.id), null);
      await queryClient.invalidateQueries({ queryKey: [...staysKey, stay.id, 'journal'] });
      onWritten();
    } catch (err) {
      setFailure(err);
      setAttempt((n) => n + 1);
      draft.resume();
      setWriting(false);
    }
  };

  const discard = async () => {
    await draft.stop();
    await staysApi.discardDraft(stay.id).catch(() => undefined);
    queryClient.setQueryData(draftKey(stay.id), null);
    onWritten();
  };

  const correct = (note: JournalNote) =>
    update({
      correctsId: note.id,
      personId: note.person.id,
      type: note.type,
      channel: note.channel ?? '',
      parentPresent: note.parentPresent === null ? '' : note.parentPresent ? 'yes' : 'no',
    });
  const correcting = state.correctsId;

  return (
    <>
      <form className="havn-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Heading level={3} data-size="xs">
          {t('stays.journal.write')}
        </Heading>
        {restoredAt && !dirty && (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">
              {t('stays.journal.draft.restored', { time: formatDayAndTime(restoredAt) })}
            </Paragraph>
          </Alert>
        )}
        <FormError
          message={failure === null ? null : t(errorMessageKey(failure))}
          attempt={attempt}
        />
        {correcting && (
          <Alert data-color="warning" data-size="sm">
            <Paragraph data-size="sm">{t('stays.journal.correcting')}</Paragraph>
            <Button
              type="button"
              data-size="sm"
              variant="tertiary"
              onClick={() => update({ correctsId: null })}
            >
              {t('stays.journal.cancelCorrection')}
            </Button>
          </Alert>
        )}
        <div className="havn-form__row">
          <Field>
            <Label>{t('stays.journal.about')}</Label>
            <Select
              name="personId"
              value={state.personId}
              onChange={(e) => update({ personId: e.target.value })}
            >
              {people.map((p) => (
                <Select.Option key={p.id} value={p.id}>
                  {p.displayName}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('stays.journal.type')}</Label>
            <Select
              name="type"
              value={state.type}
              aria-invalid={error('type') ? true : undefined}
              onChange={(e) => update({ type: e.target.value as JournalDraft['type'] })}
            >
              <Select.Option value="">{t('stays.journal.chooseType')}</Select.Option>
              {journalNoteTypes.map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`stays.noteTypes.${k}`)}
                </Select.Option>
              ))}
            </Select>
            {error('type') && <Paragraph data-size="sm">{error('type')}</Paragraph>}
          </Field>
        </div>
        {state.type === 'one_to_one' && (
          <Fieldset>
            <Fieldset.Legend>{t('stays.journal.channel')}</Fieldset.Legend>
            {conversationChannels.map((c) => (
              <Radio
                key={c}
                name="channel"
                value={c}
                label={t(`stays.channels.${c}`)}
                checked={state.channel === c}
                onChange={() => update({ channel: c })}
              />
            ))}
            {error('channel') && <Paragraph data-size="sm">{error('channel')}</Paragraph>}
          </Fieldset>
        )}
        {state.type === 'one_to_one' && aboutChild && (
          <Fieldset>
            <Fieldset.Legend>{t('stays.journal.parentPresent')}</Fieldset.Legend>
            {(['yes', 'no'] as const).map((v) => (
              <Radio
                key={v}
                name="parentPresent"
                value={v}
                label={v === 'yes' ? t('common.yes') : t('common.no')}
                checked={state.parentPresent === v}
                onChange={() => update({ parentPresent: v })}
              />
            ))}
            {error('parentPresent') && (
              <Paragraph data-size="sm">{error('parentPresent')}</Paragraph>
            )}
          </Fieldset>
        )}
        <Textfield
          multiline
          rows={6}
          name="body"
          label={t('stays.journal.body')}
          value={state.body}
          error={error('body')}
          onChange={(e) => update({ body: e.target.value })}
          maxLength={20_000}
        />
        <DraftStatus status={draft.status} />
        <div className="havn-actions">
          <Button type="submit" loading={writing}>
            {t('stays.journal.save')}
          </Button>
          {(dirty || restoredAt) && (
            <Button type="button" variant="tertiary" onClick={() => void discard()}>
              {t('stays.journal.discard')}
            </Button>
          )}
        </div>
      </form>
      <NoteList stay={stay} onCorrect={correct} />
    </>
  );
}

/** The journal section: the form (with the author's draft, if any) and the notes. */
export function JournalSection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const headingId = useId();
  const draft = useJournalDraft(stay.id);
  const [generation, setGeneration] = useState(0);
  const [written, setWritten] = useState(0);
  let body;
  if (draft.isPending) body = <Loading text={t('stays.page.loading')} />;
  else {
    const saved = draft.isSuccess ? draft.data : null;
    body = (
      <JournalWork
        key={generation}
        stay={stay}
        initial={{ ...emptyDraft(stay), ...(saved?.payload ?? {}) }}
        restoredAt={saved?.updatedAt ?? null}
        onWritten={() => {
          setGeneration((n) => n + 1);
          setWritten((n) => n + 1);
        }}
      />
    );
  }
  return (
    <section className="havn-stays__section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('stays.journal.heading')}
      </Heading>
      <div role="status">
        {written > 0 && (
          <Alert key={written} data-color="success" data-size="sm">
            <Paragraph data-size="sm">{t('stays.journal.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      {body}
    </section>
  );
}
