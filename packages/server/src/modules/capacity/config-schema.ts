import {
  allocations,
  bedKinds,
  screenedConditions,
  screenedExclusions,
  targetGroups,
  unitFeatures,
  unitKinds,
} from '@havn/domain';
import { z } from 'zod';
import { somethingToChange } from '../../platform/http/change-body.ts';

/*
 * Configuration of sites, units, rooms and beds (the unit leader's screen, and `havn demo`).
 * Update bodies are written without defaults: zod 4 applies a default even inside `.partial()`,
 * which would silently reset every field the caller did not send.
 */

const name = z.string().trim().min(1, 'Give a name').max(100);
/** Positions order siblings; a new one after the last stops here (siblings may then share it). */
export const maxPosition = 10_000;
const position = z.number().int().min(0).max(maxPosition);
const version = z.number().int().min(1);

export const screeningRules = z.object({
  requiresViolence: z.literal(true),
  anyOf: z.array(z.enum(screenedConditions)).min(1, 'At least one condition the unit is for'),
  notTaken: z.array(z.enum(screenedExclusions)),
  staffCheckIntervalMinutes: z.number().int().min(5).max(1440),
  extendedHouseRules: z.boolean(),
});

const unitFields = {
  name,
  kind: z.enum(unitKinds),
  allocation: z.enum(allocations),
  targetGroup: z.enum(targetGroups),
  /** Admission rules of a screened unit; null for an ordinary unit. */
  screening: screeningRules.nullable(),
  accessible: z.boolean(),
  /** 0 is the ground floor. */
  floor: z.number().int().min(-3).max(50),
  mayServeAsTransition: z.boolean(),
  /** Used as a transition apartment: takes transition stays only. */
  transitionApartment: z.boolean(),
  /** Boys live here with their mother up to and including this age; null: no limit. */
  boysMaxAge: z.number().int().min(0).max(17).nullable(),
  features: z.array(z.enum(unitFeatures)).max(unitFeatures.length),
  facilities: z.record(z.string().trim().min(1).max(40), z.number().int().min(0).max(100)),
  notes: z.string().trim().max(2000).nullable(),
  position,
};

export const createSiteBody = z.object({ name, position: position.optional() });
export const updateSiteBody = somethingToChange(
  z.object({ version, name: name.optional(), position: position.optional() }),
);

export const createUnitBody = z.object({
  siteId: z.uuid(),
  name,
  kind: unitFields.kind,
  allocation: unitFields.allocation,
  targetGroup: unitFields.targetGroup,
  screening: unitFields.screening.default(null),
  accessible: unitFields.accessible.default(false),
  floor: unitFields.floor.default(0),
  mayServeAsTransition: unitFields.mayServeAsTransition.default(false),
  transitionApartment: unitFields.transitionApartment.default(false),
  boysMaxAge: unitFields.boysMaxAge.default(null),
  features: unitFields.features.default([]),
  facilities: unitFields.facilities.default({}),
  notes: unitFields.notes.default(null),
  position: position.optional(),
});
export const updateUnitBody = somethingToChange(
  z.object({
    version,
    name: name.optional(),
    kind: unitFields.kind.optional(),
    allocation: unitFields.allocation.optional(),
    targetGroup: unitFields.targetGroup.optional(),
    screening: unitFields.screening.optional(),
    accessible: unitFields.accessible.optional(),
    floor: unitFields.floor.optional(),
    mayServeAsTransition: unitFields.mayServeAsTransition.optional(),
    transitionApartment: unitFields.transitionApartment.optional(),
    boysMaxAge: unitFields.boysMaxAge.optional(),
    features: unitFields.features.optional(),
    facilities: unitFields.facilities.optional(),
    notes: unitFields.notes.optional(),
    position: position.optional(),
  }),
);

export const createRoomBody = z.object({ unitId: z.uuid(), name, position: position.optional() });
export const updateRoomBody = somethingToChange(
  z.object({ version, name: name.optional(), position: position.optional() }),
);

const label = z.string().trim().min(1, 'Give the bed a label').max(50);
export const createBedBody = z.object({
  roomId: z.uuid(),
  label,
  kind: z.enum(bedKinds).default('bed'),
  position: position.optional(),
});
export const updateBedBody = somethingToChange(
  z.object({
    version,
    label: label.optional(),
    kind: z.enum(bedKinds).optional(),
    position: position.optional(),
  }),
);

export const configIdParams = z.object({ id: z.uuid({ error: 'Not an id' }) });
/** Removal states the version read, like every other change. */
export const removeQuery = z.object({ version: z.coerce.number().int().min(1) });

export const createdResponse = z.object({ id: z.string(), version: z.number().int() });
export const versionResponse = z.object({ version: z.number().int() });

const demoValues = z.array(z.string());

/** Centre-wide counting rules, versioned with the centre. */
export const capacitySettings = z.object({
  /** Transition stays count as crisis-centre overnights (default no). */
  transitionStaysCount: z.boolean(),
  version: z.number().int(),
});

export const settingsBody = capacitySettings;

/** The configuration as the unit leader edits it: every field, with versions and demo marks. */
export const configurationResponse = z.object({
  settings: capacitySettings,
  sites: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      position: z.number().int(),
      version: z.number().int(),
      demoValues,
      units: z.array(
        z.object({
          id: z.string(),
          ...unitFields,
          features: z.array(z.enum(unitFeatures)),
          screened: z.boolean(),
          version: z.number().int(),
          demoValues,
          rooms: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              position: z.number().int(),
              version: z.number().int(),
              demoValues,
              beds: z.array(
                z.object({
                  id: z.string(),
                  label: z.string(),
                  kind: z.enum(bedKinds),
                  position: z.number().int(),
                  version: z.number().int(),
                }),
              ),
            }),
          ),
        }),
      ),
    }),
  ),
});
