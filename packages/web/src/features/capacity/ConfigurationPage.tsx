import { Alert, Button, Dialog, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { Feedback } from '../../lib/Feedback.tsx';
import { capacityApi, useCapacityChange, useConfiguration } from './capacity-api.ts';
import type { Editing } from './config-editing.ts';
import { ConfigAddButton } from './ConfigAddButton.tsx';
import { ConfigEditForm } from './ConfigEditForm.tsx';
import { ConfigSite } from './ConfigSite.tsx';
import { SettingSwitch } from './SettingSwitch.tsx';
import { CapacityNav, capacityErrorText } from './shared.tsx';
import './capacity.css';

/** /capacity/configuration: sites, units, rooms and beds, for the unit leader. */
export function ConfigurationPage() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const name = t('capacity.config.title');
  useDocumentTitle(name);
  const allowed = can(me, 'capacity.configure');
  const config = useConfiguration();
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = useCapacityChange((fn: () => Promise<unknown>) => fn());

  const run = (fn: () => Promise<unknown>, ok: string, onFailure?: () => void) => {
    if (change.isPending) return;
    setDone(null);
    setError(null);
    change.mutate(fn, {
      onSuccess: () => setDone(ok),
      onError: (e) => {
        setError(capacityErrorText(t, e));
        onFailure?.();
      },
      onSettled: () => setEditing(null),
    });
  };

  let content;
  if (config.isPending)
    content = (
      <Paragraph className="havn-status__line" role="status">
        <Spinner aria-hidden data-size="sm" />
        {t('capacity.loading')}
      </Paragraph>
    );
  else if (config.isError)
    content = (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(errorMessageKey(config.error))}</Paragraph>
      </Alert>
    );
  else
    content = (
      <>
        <section aria-labelledby="cfg-settings" className="havn-capacity-site">
          <Heading level={2} data-size="md" id="cfg-settings">
            {t('capacity.config.settings.heading')}
          </Heading>
          <SettingSwitch
            key={config.data.settings.version}
            checked={config.data.settings.transitionStaysCount}
            label={t('capacity.config.settings.transitionStaysCount')}
            description={t('capacity.config.settings.transitionStaysCountDescription')}
            onChange={(transitionStaysCount, undo) =>
              run(
                () =>
                  capacityApi.updateSettings({
                    transitionStaysCount,
                    version: config.data.settings.version,
                  }),
                t('capacity.config.settings.saved'),
                undo,
              )
            }
          />
        </section>
        <div>
          <ConfigAddButton
            kind="sites"
            parentId={null}
            parentName=""
            label={t('capacity.config.addSite')}
            onAdd={setEditing}
          />
        </div>
        {config.data.sites.length === 0 && <Paragraph>{t('capacity.config.empty')}</Paragraph>}
        {config.data.sites.map((site) => (
          <ConfigSite key={site.id} site={site} onEdit={setEditing} />
        ))}
      </>
    );

  return (
    <div className="havn-page havn-page--wide havn-capacity">
      <PageHeading>{name}</PageHeading>
      {allowed ? (
        <>
          <Paragraph variant="long">{t('capacity.config.intro')}</Paragraph>
          <CapacityNav />
          <Feedback done={done} error={error} />
          {content}
          <Dialog
            open={editing !== null}
            onClose={() => setEditing(null)}
            closeButton={t('common.closeDialog')}
            aria-label={
              editing?.mode === 'remove'
                ? t('capacity.config.removeDialog.title', { name: editing.name })
                : t('capacity.config.title')
            }
            className="havn-dialog"
          >
            {editing && editing.mode !== 'remove' && (
              <Dialog.Block>
                <ConfigEditForm
                  editing={editing}
                  pending={change.isPending}
                  onSave={(write, itemName) =>
                    run(
                      () =>
                        editing.mode === 'create'
                          ? capacityApi.create({ write, parentId: editing.parentId ?? '' })
                          : capacityApi.update({
                              write,
                              itemId: editing.id,
                              version: editing.version,
                            }),
                      t('capacity.config.saved', { name: itemName }),
                    )
                  }
                />
              </Dialog.Block>
            )}
            {editing?.mode === 'remove' && (
              <Dialog.Block className="havn-form">
                <Heading level={2} data-size="sm">
                  {t('capacity.config.removeDialog.title', { name: editing.name })}
                </Heading>
                <Paragraph>{t('capacity.config.removeDialog.text')}</Paragraph>
                <div className="havn-capacity-buttons">
                  <Button
                    data-color="danger"
                    onClick={() =>
                      run(
                        () =>
                          capacityApi.remove({
                            kind: editing.kind,
                            itemId: editing.id,
                            version: editing.version,
                          }),
                        t('capacity.config.removed', { name: editing.name }),
                      )
                    }
                  >
                    {t('capacity.config.removeDialog.submit')}
                  </Button>
                  <Button variant="secondary" onClick={() => setEditing(null)}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </Dialog.Block>
            )}
          </Dialog>
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('capacity.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
