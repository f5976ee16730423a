"use server";
import { adminMintBatch, adminRevokeCode } from "@/lib/codes/admin-codes";
import { ZMintBatchInput, ZRevokeCodeInput } from "@/lib/codes/schemas";
import { tenantAction } from "@/lib/http/tenant-action";

export const mintBatchAction = tenantAction(
  ZMintBatchInput,
  "platform.admin",
  async (ctx, input) => {
    const { batchId, ownerName } = await adminMintBatch(ctx, input);
    return {
      message: "codes.admin.minted",
      params: { count: input.quantity, owner: ownerName },
      data: { batchId },
    };
  },
  { revalidate: "/admin/codes" },
);

export const revokeCodeAction = tenantAction(
  ZRevokeCodeInput,
  "platform.admin",
  async (ctx, input) => {
    await adminRevokeCode(ctx, input);
    return { message: "codes.admin.revoked" };
  },
  { revalidate: "/admin/codes" },
);
