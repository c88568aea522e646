import {
  Alert,
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { LoadError, Loading } from '../day-service/ui.tsx';
import { FormError } from '../../lib/FormError.tsx';
import { putAgreement, useAgreements, type AgreementTerms } from './agreements-api.ts';

interface Row {
  key: string;
  name: string;
  relation: string;
  terms: AgreementTerms;
  own: boolean;
}

function AgreementForm({ row, onDone }: { row: Row; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [invalid, setInvalid] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof putAgreement>[1]) => putAgreement(row.key, body),
    onSuccess: onDone,
    onError: () => setAttempt((n) => n + 1),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const stayLimitDays = Number(form.get('limit'));
    const warningDays = Number(form.get('warning'));
    if (!(stayLimitDays >= 1) || !(warningDays >= 0) || warningDays > stayLimitDays) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    save.mutate({
      stayLimitDays,
      warningDays,
      billDaysBeyond: form.get('billed') === 'on',
      version: row.own ? row.terms.version : null,
    });
  };
  return (
    <section aria-labelledby={headingId} className="havn-ds-panel">
      <Heading level={2} data-size="xs" id={headingId}>
        {t('stays.agreements.heading', { name: row.name })}
      </Heading>
      <form className="havn-form" noValidate onSubmit={onSubmit}>
        <FormError
          message={save.isError ? t(errorMessageKey(save.error)) : null}
          attempt={attempt}
        />
        <div className="havn-form__row">
          <Textfield
            type="number"
            name="limit"
            inputMode="numeric"
            min={1}
            max={730}
            label={t('stays.agreements.limit')}
            defaultValue={String(row.terms.stayLimitDays)}
            autoFocus
          />
          <Textfield
            type="number"
            name="warning"
            inputMode="numeric"
            min={0}
            max={730}
            label={t('stays.agreements.warning')}
            defaultValue={String(row.terms.warningDays)}
            error={invalid ? t('stays.agreements.invalid') : undefined}
          />
        </div>
        <Checkbox
          name="billed"
          label={t('stays.agreements.billed')}
          defaultChecked={row.terms.billDaysBeyond}
        />
        <div className="havn-actions">
          <Button type="submit" loading={save.isPending}>
            {t('stays.agreements.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * /municipalities: the host and partner municipalities with the stay terms agreed with each —
 * the limit the six-week clock uses, the warning, and whether days beyond are billed. Unit
 * leader and finance change them; casework staff read them.
 */
export function AgreementsPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(t('stays.agreements.title'));
  const agreements = useAgreements();
  const manage = can(me, 'agreements.manage');
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const readable = can(me, 'agreements.read');

  let body;
  if (!readable) {
    body = (
      <Alert data-color="warning">
        <Paragraph>{t('errors.forbidden')}</Paragraph>
      </Alert>
    );
  } else if (agreements.isPending) {
    body = <Loading text={t('stays.agreements.loading')} />;
  } else if (agreements.isError) {
    body = <LoadError error={agreements.error} retry={agreements.refetch} />;
  } else {
    const data = agreements.data;
    const rows: Row[] = [
      {
        key: 'default',
        name: t('stays.agreements.centreDefault'),
        relation: '–',
        terms: data.default,
        own: data.default.version !== null,
      },
      ...data.municipalities.map((m) => ({
        key: m.number,
        name: m.name,
        relation: t(`stays.agreements.${m.relation}`),
        terms: m.agreement ?? data.default,
        own: m.agreement !== null,
      })),
    ];
    const current = rows.find((r) => r.key === editing);
    const close = (done: boolean) => {
      const key = editing;
      setEditing(null);
      if (done) setSaved((n) => n + 1);
      if (key) requestAnimationFrame(() => buttons.current.get(key)?.focus());
    };
    body = (
      <>
        <div role="status">
          {saved > 0 && (
            <Alert key={saved} data-color="success" data-size="sm">
              <Paragraph data-size="sm">{t('stays.agreements.saved')}</Paragraph>
            </Alert>
          )}
        </div>
        {current && <AgreementForm row={current} onDone={() => close(true)} />}
        <div className="havn-stays__scroll">
          <Table zebra>
            <caption>{t('stays.agreements.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('stays.agreements.municipality')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.agreements.relation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.agreements.limit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.agreements.warning')}</Table.HeaderCell>
                <Table.HeaderCell>{t('stays.agreements.billed')}</Table.HeaderCell>
                {manage && <Table.HeaderCell>{t('stays.agreements.edit')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.key}>
                  <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
                  <Table.Cell>{row.relation}</Table.Cell>
                  {row.own || row.key === 'default' ? (
                    <>
                      <Table.Cell>{row.terms.stayLimitDays}</Table.Cell>
                      <Table.Cell>{row.terms.warningDays}</Table.Cell>
                      <Table.Cell>
                        {row.terms.billDaysBeyond
                          ? t('stays.agreements.yes')
                          : t('stays.agreements.no')}
                      </Table.Cell>
                    </>
                  ) : (
                    <Table.Cell colSpan={3} className="havn-muted">
                      {t('stays.agreements.usesDefault')}
                    </Table.Cell>
                  )}
                  {manage && (
                    <Table.Cell>
                      <Button
                        ref={(el) => {
                          buttons.current.set(row.key, el);
                        }}
                        data-size="sm"
                        variant="secondary"
                        aria-label={t('stays.agreements.editLabel', { name: row.name })}
                        onClick={() => setEditing(row.key)}
                      >
                        {t('stays.agreements.edit')}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </>
    );
  }
  return (
    <div className="havn-page">
      <PageHeading>{t('stays.agreements.title')}</PageHeading>
      <Paragraph>{t('stays.agreements.intro')}</Paragraph>
      {body}
    </div>
  );
}
