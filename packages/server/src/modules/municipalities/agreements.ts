import { defaultStayLimitDays, defaultStayWarningDays, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { MunicipalityAgreementTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { agreementBody, agreementsResponse, agreementView } from './schema.ts';

type AgreementView = z.infer<typeof agreementView>;

/** The terms a stay is measured by, and where they come from. */
export interface StayTerms {
  stayLimitDays: number;
  warningDays: number;
  billDaysBeyond: boolean;
  source: 'municipality' | 'centre_default' | 'built_in';
}

const builtIn: StayTerms = {
  stayLimitDays: defaultStayLimitDays,
  warningDays: defaultStayWarningDays,
  billDaysBeyond: false,
  source: 'built_in',
};

const view = (row: MunicipalityAgreementTable): AgreementView => ({
  stayLimitDays: row.stay_limit_days,
  warningDays: row.warning_days,
  billDaysBeyond: row.bill_days_beyond === 1,
  version: row.version,
  updatedAt: row.updated_at,
});

/**
 * The agreement a resident's stay is measured by: their home municipality's, else the centre's
 * default, else six weeks. Also for departures and billing — one answer everywhere.
 */
export async function stayTermsFor(
  db: Db | Tx,
  centreId: string,
  homeMunicipalityNumber: string | null,
): Promise<StayTerms> {
  const rows = await db
    .selectFrom('municipality_agreements')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where((eb) =>
      homeMunicipalityNumber === null
        ? eb('municipality_number', 'is', null)
        : eb.or([
            eb('municipality_number', 'is', null),
            eb('municipality_number', '=', homeMunicipalityNumber),
          ]),
    )
    .execute();
  const own = rows.find((r) => r.municipality_number !== null);
  const fallback = rows.find((r) => r.municipality_number === null);
  const chosen = own ?? fallback;
  if (!chosen) return builtIn;
  return {
    stayLimitDays: chosen.stay_limit_days,
    warningDays: chosen.warning_days,
    billDaysBeyond: chosen.bill_days_beyond === 1,
    source: own ? 'municipality' : 'centre_default',
  };
}

/** The centre's host and partner municipalities, each with its agreement (or none: the default). */
export async function listAgreements(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof agreementsResponse>> {
  const { db } = ctx.database;
  const [municipalities, rows] = await Promise.all([
    db
      .selectFrom('centre_municipalities')
      .innerJoin(
        'municipalities',
        'municipalities.number',
        'centre_municipalities.municipality_number',
      )
      .select(['municipalities.number', 'municipalities.name', 'centre_municipalities.relation'])
      .where('centre_municipalities.centre_id', '=', actor.centreId)
      .orderBy('centre_municipalities.relation')
      .orderBy('municipalities.name')
      .execute(),
    db
      .selectFrom('municipality_agreements')
      .selectAll()
      .where('centre_id', '=', actor.centreId)
      .execute(),
  ]);
  const byNumber = new Map(rows.map((r) => [r.municipality_number, r]));
  const centreDefault = byNumber.get(null);
  return {
    default: centreDefault
      ? view(centreDefault)
      : {
          stayLimitDays: builtIn.stayLimitDays,
          warningDays: builtIn.warningDays,
          billDaysBeyond: builtIn.billDaysBeyond,
          version: null,
          updatedAt: null,
        },
    municipalities: municipalities.map((m) => {
      const row = byNumber.get(m.number);
      return {
        number: m.number,
        name: m.name,
        relation: m.relation,
        agreement: row ? view(row) : null,
      };
    }),
  };
}

/**
 * Sets the terms for one municipality of the centre (or the centre's default). Versioned: the
 * first agreement is made with `version: null`, every change states the version it saw.
 */
export async function putAgreement(
  ctx: AppContext,
  actor: Actor,
  municipalityNumber: string,
  input: z.infer<typeof agreementBody>,
): Promise<AgreementView> {
  const number = municipalityNumber === 'default' ? null : municipalityNumber;
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (tx) => {
    if (number !== null) {
      const member = await tx
        .selectFrom('centre_municipalities')
        .select('municipality_number')
        .where('centre_id', '=', actor.centreId)
        .where('municipality_number', '=', number)
        .executeTakeFirst();
      if (!member) throw notFound();
    }
    const existing = await tx
      .selectFrom('municipality_agreements')
      .selectAll()
      .where('centre_id', '=', actor.centreId)
      .where((eb) =>
        number === null
          ? eb('municipality_number', 'is', null)
          : eb('municipality_number', '=', number),
      )
      .executeTakeFirst();
    const terms = {
      stay_limit_days: input.stayLimitDays,
      warning_days: input.warningDays,
      bill_days_beyond: input.billDaysBeyond ? 1 : 0,
      updated_by: actor.userId,
    };
    let id: string;
    if (existing) {
      if (input.version === null)
        throw conflict('An agreement exists already. Reload to see it.', 'stale_version');
      await claimVersion(tx, 'municipality_agreements', existing.id, input.version, now);
      await tx
        .updateTable('municipality_agreements')
        .set(terms)
        .where('id', '=', existing.id)
        .execute();
      id = existing.id;
    } else {
      if (input.version !== null)
        throw conflict('The agreement was removed. Reload to see it.', 'stale_version');
      id = newId();
      await tx
        .insertInto('municipality_agreements')
        .values({
          id,
          centre_id: actor.centreId,
          municipality_number: number,
          ...terms,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          version: 1,
        })
        .execute();
    }
    const changed = existing
      ? (['stay_limit_days', 'warning_days', 'bill_days_beyond'] as const).filter(
          (f) => existing[f] !== terms[f],
        )
      : ['municipality_number', 'stay_limit_days', 'warning_days', 'bill_days_beyond'];
    await auditEvent(tx, ctx, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: existing ? 'update' : 'create',
      action: 'agreements.update',
      outcome: 'success',
      recordType: 'agreement',
      recordId: id,
      fields: changed,
    });
    const row = await tx
      .selectFrom('municipality_agreements')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return view(row);
  });
}
