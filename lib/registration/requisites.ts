// Re-registration beyond the ФН (docs/registration.md «Перерегистрация: реквизиты»): a change of a
// registered cashbox's requisites — its trade point (the installation address), the trade point's
// own address, the organization's name, the taxation, the ОФД — opens (or joins) the cashbox's
// DRAFT re-registration case instead of changing the cashbox. The change is kept on the case
// (`RegistrationCase.changes`) and applied only when the case is ACCEPTED; a refused case drops it.
// A change of the organization's name or of a trade point's address concerns every registered
// cashbox that declares it: one case per cashbox (the law re-registers each cashbox), tied by a
// group id; the shared value is applied when every case of the group is accepted.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { audit } from "@/lib/audit/log";
import { db, type Db, type Tx } from "@/lib/db/client";
import { assertCan, type OrganizationId, type TenantContext } from "@/lib/tenant/context";

export type OfdValue = "OWN" | "TRANSTELECOM" | "KAZAKHTELECOM";

/** What a re-registration case will change when accepted (JSON on the case). */
export interface RequisiteChanges {
  /** the cashbox moves to another trade point (installation place and address) */
  tradePoint?: { id: string; name: string; address: string };
  /** the address of the cashbox's own trade point is edited (shared by its registered cashboxes) */
  tradePointAddress?: { id: string; address: string; group: string };
  /** the organization's name (shared by all its registered cashboxes) */
  organizationName?: { value: string; group: string };
  taxation?: string;
  ofd?: OfdValue;
}

export const REREGISTRATION_KINDS = [
  "REREGISTRATION_FN",
  "REREGISTRATION_ADDRESS",
  "REREGISTRATION_REQUISITES",
] as const;

export function changesOf(json: unknown): RequisiteChanges {
  return json && typeof json === "object" ? (json as RequisiteChanges) : {};
}

export function hasChanges(c: RequisiteChanges): boolean {
  return Object.keys(c).length > 0;
}

/** REREGISTRATION_ADDRESS when only the address moves, REREGISTRATION_REQUISITES otherwise. */
export function kindOfChanges(c: RequisiteChanges): "REREGISTRATION_ADDRESS" | "REREGISTRATION_REQUISITES" {
  const keys = Object.keys(c);
  return keys.every((k) => k === "tradePoint" || k === "tradePointAddress")
    ? "REREGISTRATION_ADDRESS"
    : "REREGISTRATION_REQUISITES";
}

/** The requisites as the application declares them: the registered values with the case's changes. */
export function effectiveRequisites<
  T extends {
    organizationName: string;
    tradePoint: { name: string; address: string };
    taxation: string;
    ofd: string;
  },
>(registered: T, c: RequisiteChanges): T {
  const tp = c.tradePoint
    ? { name: c.tradePoint.name, address: c.tradePoint.address }
    : c.tradePointAddress
      ? { ...registered.tradePoint, address: c.tradePointAddress.address }
      : registered.tradePoint;
  return {
    ...registered,
    organizationName: c.organizationName?.value ?? registered.organizationName,
    tradePoint: tp,
    taxation: c.taxation ?? registered.taxation,
    ofd: c.ofd ?? registered.ofd,
  };
}

/**
 * Adds `add` to the cashbox's open DRAFT re-registration case (or opens a new one) and writes the
 * audit line. A value equal to the registered one removes that change from the draft; a draft left
 * with nothing to change (and not a ФН replacement) is cancelled. Returns the case id, or null when
 * nothing is pending any more. The caller holds the cashbox (or the organization) lock.
 */
export async function openRequisitesChange(
  tx: Tx,
  ctx: TenantContext,
  cashboxId: string,
  add: RequisiteChanges,
  registered: { tradePointId: string; taxation: string; ofd: string },
): Promise<string | null> {
  const draft = await tx.registrationCase.findFirst({
    where: {
      organizationId: ctx.organizationId,
      cashboxId,
      status: "DRAFT",
      kind: { in: [...REREGISTRATION_KINDS] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, changes: true },
  });
  const merged: RequisiteChanges = { ...changesOf(draft?.changes), ...add };
  // back to the registered value: nothing to re-register for it
  if (merged.tradePoint && merged.tradePoint.id === registered.tradePointId) delete merged.tradePoint;
  if (merged.taxation !== undefined && merged.taxation === registered.taxation) delete merged.taxation;
  if (merged.ofd !== undefined && merged.ofd === registered.ofd) delete merged.ofd;
  const json = merged as unknown as Prisma.InputJsonValue;
  let caseId: string | null;
  if (draft) {
    if (!hasChanges(merged) && draft.kind !== "REREGISTRATION_FN") {
      await tx.registrationCase.updateMany({
        where: { organizationId: ctx.organizationId, id: draft.id, status: "DRAFT" },
        data: { status: "CANCELLED" },
      });
      caseId = null;
    } else {
      await tx.registrationCase.updateMany({
        where: { organizationId: ctx.organizationId, id: draft.id, status: "DRAFT" },
        data: {
          changes: json,
          kind: draft.kind === "REREGISTRATION_FN" ? "REREGISTRATION_FN" : kindOfChanges(merged),
        },
      });
      caseId = draft.id;
    }
  } else if (hasChanges(merged)) {
    const created = await tx.registrationCase.create({
      data: {
        organizationId: ctx.organizationId,
        cashboxId,
        kind: kindOfChanges(merged),
        status: "DRAFT",
        changes: json,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    caseId = created.id;
  } else {
    return null;
  }
  await audit(tx, ctx, {
    action: "registrationCase.requisites",
    objectType: "cashbox",
    objectId: cashboxId,
    details: { caseId, changes: json },
  });
  return caseId;
}

/** A new group id for a shared change (organization name, a trade point's address). */
export function newChangeGroup(): string {
  return randomUUID();
}

type GroupField = "organizationName" | "tradePointAddress";

/** The cases of one shared change: every status but CANCELLED. */
async function groupCases(tx: Db | Tx, organizationId: OrganizationId, field: GroupField, group: string) {
  return tx.registrationCase.findMany({
    where: {
      organizationId,
      status: { not: "CANCELLED" },
      changes: { path: [field, "group"], equals: group },
    },
    select: { id: true, status: true },
  });
}

/**
 * Applies an ACCEPTED case's changes, inside the answer's transaction: the cashbox's own requisites
 * at once, a shared one when the last case of its group is accepted (and none was refused).
 */
export async function applyAcceptedChanges(
  tx: Tx,
  organizationId: OrganizationId,
  cashboxId: string,
  json: unknown,
): Promise<Record<string, unknown>> {
  const c = changesOf(json);
  const applied: Record<string, unknown> = {};
  const data: Prisma.CashboxUpdateManyMutationInput & { tradePointId?: string } = {};
  if (c.tradePoint) data.tradePointId = c.tradePoint.id;
  if (c.taxation !== undefined) data.taxation = c.taxation;
  if (c.ofd) {
    data.ofd = c.ofd;
    // the ОФД's own paid period belongs to the ОФД that served it; the tariff period (paidUntil,
    // this service's) stays (docs/registration.md «Сторонний ОФД», docs/product.md §4)
    data.ofdPaidUntil = null;
  }
  if (Object.keys(data).length > 0) {
    await tx.cashbox.updateMany({ where: { organizationId, id: cashboxId }, data });
    Object.assign(applied, data);
  }
  const groupDone = async (field: GroupField, group: string) =>
    (await groupCases(tx, organizationId, field, group)).every((g) => g.status === "ACCEPTED");
  if (c.organizationName && (await groupDone("organizationName", c.organizationName.group))) {
    await tx.organization.updateMany({
      where: { id: organizationId },
      data: { name: c.organizationName.value },
    });
    applied.organizationName = c.organizationName.value;
  }
  if (c.tradePointAddress && (await groupDone("tradePointAddress", c.tradePointAddress.group))) {
    await tx.tradePoint.updateMany({
      where: { organizationId, id: c.tradePointAddress.id },
      data: { address: c.tradePointAddress.address },
    });
    applied.tradePointAddress = c.tradePointAddress.address;
  }
  return applied;
}

/**
 * A refused case drops its change; a shared change is dropped as a whole: the unsent cases of its
 * group lose it (a draft left with nothing to change is cancelled).
 */
export async function dropRefusedChanges(
  tx: Tx,
  organizationId: OrganizationId,
  caseId: string,
  json: unknown,
) {
  const c = changesOf(json);
  for (const field of ["organizationName", "tradePointAddress"] as const) {
    const g = c[field]?.group;
    if (!g) continue;
    const drafts = await tx.registrationCase.findMany({
      where: {
        organizationId,
        status: "DRAFT",
        id: { not: caseId },
        changes: { path: [field, "group"], equals: g },
      },
      select: { id: true, kind: true, changes: true },
    });
    for (const d of drafts) {
      const rest = { ...changesOf(d.changes) };
      delete rest[field];
      const empty = !hasChanges(rest) && d.kind !== "REREGISTRATION_FN";
      await tx.registrationCase.updateMany({
        where: { organizationId, id: d.id, status: "DRAFT" },
        data: empty
          ? { status: "CANCELLED" }
          : {
              changes: rest as unknown as Prisma.InputJsonValue,
              ...(d.kind === "REREGISTRATION_FN" ? {} : { kind: kindOfChanges(rest) }),
            },
      });
    }
  }
}

/** The pending re-registration of a cashbox (DRAFT or SUBMITTED) and the last refused change. */
export async function pendingRequisites(q: Db | Tx, organizationId: OrganizationId, cashboxId: string) {
  const open = await q.registrationCase.findMany({
    where: {
      organizationId,
      cashboxId,
      status: { in: ["DRAFT", "SUBMITTED"] },
      kind: { in: [...REREGISTRATION_KINDS] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, status: true, changes: true, createdAt: true },
  });
  const refused = await q.registrationCase.findFirst({
    where: {
      organizationId,
      cashboxId,
      status: "REFUSED",
      kind: { in: [...REREGISTRATION_KINDS] },
    },
    orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, changes: true, refusalReason: true, answeredAt: true },
  });
  const accepted = await q.registrationCase.findFirst({
    where: { organizationId, cashboxId, status: "ACCEPTED", kind: { in: [...REREGISTRATION_KINDS] } },
    orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
    select: { answeredAt: true },
  });
  const pending = open
    .map((o) => ({ ...o, changes: changesOf(o.changes) }))
    .filter((o) => hasChanges(o.changes));
  return {
    pending,
    // a refusal newer than the last acceptance is still news for the owner
    refused:
      refused &&
      hasChanges(changesOf(refused.changes)) &&
      (!accepted?.answeredAt || (refused.answeredAt && refused.answeredAt > accepted.answeredAt))
        ? { ...refused, changes: changesOf(refused.changes) }
        : null,
  };
}
export type PendingRequisites = Awaited<ReturnType<typeof pendingRequisites>>;

/** The card's «Перерегистрация» block (permission cashbox.read, like the card). */
export async function getPendingRequisites(ctx: TenantContext, cashboxId: string) {
  assertCan(ctx, "cashbox.read");
  return pendingRequisites(db, ctx.organizationId, cashboxId);
}

/**
 * «Настройки → Организация»: a new name waiting for the re-registration of the cashboxes — the
 * newest pending group, with how many of its cases are accepted.
 */
export async function getPendingOrganizationName(ctx: TenantContext) {
  assertCan(ctx, "org.read");
  const open = await db.registrationCase.findMany({
    where: {
      organizationId: ctx.organizationId,
      status: { in: ["DRAFT", "SUBMITTED"] },
      kind: { in: [...REREGISTRATION_KINDS] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { changes: true },
    take: 500,
  });
  const name = open.map((o) => changesOf(o.changes).organizationName).find((n) => n !== undefined);
  if (!name) return null;
  const cases = await groupCases(db, ctx.organizationId, "organizationName", name.group);
  return {
    value: name.value,
    total: cases.length,
    accepted: cases.filter((c) => c.status === "ACCEPTED").length,
  };
}
