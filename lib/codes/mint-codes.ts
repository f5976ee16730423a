import { randomInt, randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { crossTenantInTransaction } from "@/lib/db/fan-out";
import { generateCode } from "./format";

export interface MintSpec {
  /** the owner of the new codes */
  organizationId: string;
  productId: string;
  months: number;
  quantity: number;
  /** set when a paid order mints its codes (unique per order and product) */
  orderId?: string | null;
  createdById?: string | null;
  note?: string;
}

/**
 * Creates a batch and its codes inside the caller's transaction (the admin's mint, or a paid
 * order). Internal: callers check permissions and write the audit row. Each code gets its row in
 * the service-wide ActivationCodeLookup, whose primary key guarantees a value exists only once.
 */
export async function mintCodes(tx: Tx, spec: MintSpec): Promise<{ batchId: string; codes: string[] }> {
  const batch = await tx.activationCodeBatch.create({
    data: {
      organizationId: spec.organizationId,
      productId: spec.productId,
      months: spec.months,
      quantity: spec.quantity,
      orderId: spec.orderId ?? null,
      createdById: spec.createdById ?? null,
      note: spec.note ?? "",
    },
    select: { id: true },
  });
  // 75 random bits per code: a clash is practically impossible, but cheap to rule out.
  const codes = new Set<string>();
  while (codes.size < spec.quantity) {
    while (codes.size < spec.quantity) codes.add(generateCode(randomInt));
    const taken = await crossTenantInTransaction(tx, "codes.mint", () =>
      tx.activationCodeLookup.findMany({ where: { code: { in: [...codes] } }, select: { code: true } }),
    );
    for (const t of taken) codes.delete(t.code);
  }
  const rows = [...codes].map((code) => ({ id: randomUUID(), code }));
  await tx.activationCode.createMany({
    data: rows.map((r) => ({
      id: r.id,
      organizationId: spec.organizationId,
      batchId: batch.id,
      productId: spec.productId,
      code: r.code,
      months: spec.months,
    })),
  });
  // the registry rows of a batch fall on many of its shards
  await crossTenantInTransaction(tx, "codes.mint", () =>
    tx.activationCodeLookup.createMany({
      data: rows.map((r) => ({ code: r.code, tenantId: spec.organizationId, activationCodeId: r.id })),
    }),
  );
  return { batchId: batch.id, codes: rows.map((r) => r.code) };
}
