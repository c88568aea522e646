import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ConfigSite as Site } from './capacity-api.ts';
import type { Editing } from './config-editing.ts';
import { ConfigAddButton } from './ConfigAddButton.tsx';
import { ConfigItemButtons } from './ConfigItemButtons.tsx';
import { DemoTag } from './shared.tsx';

/** One site in the configuration: its units, their rooms and beds, each with its buttons. */
export function ConfigSite({ site, onEdit }: { site: Site; onEdit: (editing: Editing) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`cfg-${site.id}`} className="havn-capacity-site">
      <div className="havn-capacity-title">
        <Heading level={2} data-size="md" id={`cfg-${site.id}`}>
          {site.name}
        </Heading>
        <DemoTag fields={site.demoValues} />
        <ConfigItemButtons
          kind="sites"
          id={site.id}
          version={site.version}
          name={site.name}
          onEdit={onEdit}
          onRemove={onEdit}
        />
      </div>
      <div className="havn-capacity-units">
        {site.units.map((unit) => (
          <section
            key={unit.id}
            aria-labelledby={`cfg-${unit.id}`}
            className={
              unit.rooms.length > 2 ? 'havn-unit-card havn-unit-card--large' : 'havn-unit-card'
            }
          >
            <div className="havn-capacity-title">
              <Heading level={3} data-size="sm" id={`cfg-${unit.id}`}>
                {unit.name}
              </Heading>
              <DemoTag fields={unit.demoValues} />
              <ConfigItemButtons
                kind="units"
                id={unit.id}
                version={unit.version}
                name={unit.name}
                extra={{ unit }}
                onEdit={onEdit}
                onRemove={onEdit}
              />
            </div>
            <ul className="havn-unit-facts">
              <li>{t(`capacity.unitKinds.${unit.kind}`)}</li>
              <li>{t(`capacity.targetGroups.${unit.targetGroup}`)}</li>
              <li>{t(`capacity.allocations.${unit.allocation}`)}</li>
              {unit.transitionApartment && <li>{t('capacity.config.transitionApartmentFact')}</li>}
              {unit.boysMaxAge !== null && (
                <li>{t('capacity.config.boysMaxAgeFact', { age: unit.boysMaxAge })}</li>
              )}
            </ul>
            <div className="havn-unit-rooms">
              {unit.rooms.map((room) => (
                <div key={room.id} className="havn-room">
                  <div className="havn-capacity-title">
                    <Heading level={4} data-size="xs">
                      {room.name}
                    </Heading>
                    <DemoTag fields={room.demoValues} />
                    <ConfigItemButtons
                      kind="rooms"
                      id={room.id}
                      version={room.version}
                      name={`${room.name}, ${unit.name}`}
                      extra={{ name: room.name }}
                      onEdit={onEdit}
                      onRemove={onEdit}
                    />
                  </div>
                  <ul className="havn-beds">
                    {room.beds.map((bed) => {
                      const bedName = t(
                        bed.kind === 'bed'
                          ? 'capacity.board.bedName'
                          : 'capacity.board.bedNameKind',
                        {
                          kind: t(`capacity.bedKinds.${bed.kind}`),
                          label: bed.label,
                        },
                      );
                      return (
                        <li key={bed.id} className="havn-bed">
                          <span className="havn-bed__name">{bedName}</span>
                          <ConfigItemButtons
                            kind="beds"
                            id={bed.id}
                            version={bed.version}
                            name={`${bedName}, ${room.name}, ${unit.name}`}
                            extra={{ name: bed.label, bedKind: bed.kind }}
                            onEdit={onEdit}
                            onRemove={onEdit}
                          />
                        </li>
                      );
                    })}
                  </ul>
                  <ConfigAddButton
                    kind="beds"
                    parentId={room.id}
                    parentName={room.name}
                    label={t('capacity.config.addBedTo', { name: `${room.name}, ${unit.name}` })}
                    onAdd={onEdit}
                  />
                </div>
              ))}
            </div>
            <ConfigAddButton
              kind="rooms"
              parentId={unit.id}
              parentName={unit.name}
              label={t('capacity.config.addRoomTo', { name: unit.name })}
              onAdd={onEdit}
            />
          </section>
        ))}
      </div>
      <ConfigAddButton
        kind="units"
        parentId={site.id}
        parentName={site.name}
        label={t('capacity.config.addUnitTo', { name: site.name })}
        onAdd={onEdit}
      />
    </section>
  );
}
