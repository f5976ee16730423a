// PLATFORM_ADMIN use cases for /admin/codes: mint batches for a partner or a client, list them,
// revoke codes. Across tenants by design: each checks platform.admin first and journals under the
// owner organization, like lib/cashboxes/admin-*.ts.
import { crossTenant } from "@/lib/db/fan-out";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { CodeError } from "./errors";
import { maskCode } from "./format";
import { mintCodes } from "./mint-codes";
import type { TMintBatchInput, TRevokeCodeInput } from "./schemas";
import { unsafeFindCodeOwner } from "./unsafe-find-code-owner";
import { isUuid } from "@/lib/validation/uuid";

export const ADMIN_BATCHES_PAGE_SIZE = 20;
export const ADMIN_BATCH_CODES_LIMIT = 1000;

async function adminMintBatchUnscoped(ctx: TenantContext, input: TMintBatchInput) {
  assertCan(ctx, "platform.admin");
  return db.$transaction(
    async (tx) => {
      const [product, owner] = await Promise.all([
        tx.product.findFirst({
          where: { id: input.productId, kind: { in: ["SERVICE_MONTHS", "TARIFF"] } },
          select: { id: true, code: true, months: true },
        }),
        tx.organization.findFirst({
          where: { id: input.ownerOrganizationId, kind: { in: ["PARTNER", "CLIENT"] } },
          select: { id: true, name: true },
        }),
      ]);
      if (!product?.months)
        throw new AppError("VALIDATION_FAILED", {
          messageKey: "codes.admin.chooseProduct",
          field: "productId",
        });
      if (!owner)
        throw new AppError("VALIDATION_FAILED", {
          messageKey: "codes.admin.chooseOwner",
          field: "ownerOrganizationId",
        });
      const { batchId } = await mintCodes(tx, {
        organizationId: owner.id,
        productId: product.id,
        months: product.months,
        quantity: input.quantity,
        createdById: ctx.userId,
        note: input.note,
      });
      await audit(
        tx,
        ctx,
        {
          action: "code.mint",
          objectType: "activationCodeBatch",
          objectId: batchId,
          details: { product: product.code, quantity: input.quantity, note: input.note },
        },
        owner.id,
      );
      return { batchId, ownerName: owner.name };
    },
    { timeout: 60_000 },
  );
}

/** «Отозвать»: an unused code (available or handed to a client) can no longer be redeemed. */
async function adminRevokeCodeUnscoped(ctx: TenantContext, input: TRevokeCodeInput, now = new Date()) {
  assertCan(ctx, "platform.admin");
  await db.$transaction(async (tx) => {
    const owner = await unsafeFindCodeOwner(tx, input.code);
    if (!owner) throw new CodeError("UNKNOWN");
    const { count } = await tx.activationCode.updateMany({
      where: {
        organizationId: owner.organizationId,
        id: owner.activationCodeId,
        status: { in: ["AVAILABLE", "HANDED_TO_CLIENT"] },
      },
      data: { status: "REVOKED", revokedAt: now },
    });
    if (count === 0) {
      const row = await tx.activationCode.findFirst({
        where: { organizationId: owner.organizationId, id: owner.activationCodeId },
        select: { status: true },
      });
      throw new CodeError(row?.status === "REVOKED" ? "REVOKED" : "ALREADY_REDEEMED");
    }
    await audit(
      tx,
      ctx,
      {
        action: "code.revoke",
        objectType: "activationCode",
        objectId: owner.activationCodeId,
        details: { code: maskCode(input.code), reason: input.reason },
      },
      owner.organizationId,
    );
  });
}

/** Batches of every owner, newest first, with their status counts. */
async function adminFindBatchesUnscoped(ctx: TenantContext, page: number) {
  assertCan(ctx, "platform.admin");
  const [total, rows] = await Promise.all([
    db.activationCodeBatch.count(),
    db.activationCodeBatch.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * ADMIN_BATCHES_PAGE_SIZE,
      take: ADMIN_BATCHES_PAGE_SIZE,
      select: {
        id: true,
        organizationId: true,
        quantity: true,
        note: true,
        createdAt: true,
        orderId: true,
        organization: { select: { name: true, kind: true } },
        product: { select: { code: true, nameRu: true } },
      },
    }),
  ]);
  const counts = rows.length
    ? await db.activationCode.groupBy({
        by: ["batchId", "status"],
        where: { OR: rows.map((r) => ({ organizationId: r.organizationId, batchId: r.id })) },
        _count: { _all: true },
      })
    : [];
  return {
    total,
    pages: Math.max(1, Math.ceil(total / ADMIN_BATCHES_PAGE_SIZE)),
    rows: rows.map((r) => ({
      ...r,
      byStatus: Object.fromEntries(
        counts.filter((c) => c.batchId === r.id).map((c) => [c.status, c._count._all]),
      ) as Partial<Record<"AVAILABLE" | "HANDED_TO_CLIENT" | "REDEEMED" | "REVOKED", number>>,
    })),
  };
}

/** One batch's codes in full (the operator hands them to the owner); the view is journalled. */
async function adminBatchCodesUnscoped(ctx: TenantContext, batchId: string) {
  assertCan(ctx, "platform.admin");
  if (!isUuid(batchId)) throw new AppError("NOT_FOUND");
  const batch = await db.activationCodeBatch.findFirst({
    where: { id: batchId },
    select: {
      id: true,
      organizationId: true,
      quantity: true,
      note: true,
      createdAt: true,
      organization: { select: { name: true } },
      product: { select: { code: true, nameRu: true } },
      codes: {
        orderBy: [{ createdAt: "asc" }, { code: "asc" }],
        take: ADMIN_BATCH_CODES_LIMIT,
        select: { id: true, code: true, status: true, redeemedAt: true, revokedAt: true },
      },
    },
  });
  if (!batch) throw new AppError("NOT_FOUND");
  await db.$transaction((tx) =>
    audit(
      tx,
      ctx,
      { action: "admin.codes.view", objectType: "activationCodeBatch", objectId: batch.id },
      batch.organizationId,
    ),
  );
  return batch;
}

/** Owner picker of the mint form: partner and client organizations by name or tax id. */
async function adminFindOrganizationsUnscoped(ctx: TenantContext, q: string) {
  assertCan(ctx, "platform.admin");
  const query = q.trim().slice(0, 100);
  return db.organization.findMany({
    where: {
      kind: { in: ["PARTNER", "CLIENT"] },
      ...(query
        ? {
            OR: [
              { name: { contains: query, mode: "insensitive" as const } },
              { taxId: { startsWith: query } },
            ],
          }
        : {}),
    },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
    take: 50,
    select: { id: true, name: true, kind: true, country: true, taxId: true },
  });
}

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminMintBatch: typeof adminMintBatchUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminMintBatchUnscoped(...args));

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminRevokeCode: typeof adminRevokeCodeUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminRevokeCodeUnscoped(...args));

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminFindBatches: typeof adminFindBatchesUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminFindBatchesUnscoped(...args));

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminBatchCodes: typeof adminBatchCodesUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminBatchCodesUnscoped(...args));

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminFindOrganizations: typeof adminFindOrganizationsUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminFindOrganizationsUnscoped(...args));
