"use server";
import { adminClearIntegrity } from "@/lib/cashboxes/admin-clear-integrity";
import { adminClearServerBlock } from "@/lib/cashboxes/admin-clear-server-block";
import { adminServerBlockCashbox } from "@/lib/cashboxes/admin-server-block-cashbox";
import { ZAdminCashboxActionInput } from "@/lib/cashboxes/card-schemas";
import { tenantAction } from "@/lib/http/tenant-action";

const revalidate = { revalidate: "/admin/cashboxes" };

export const serverBlockAction = tenantAction(
  ZAdminCashboxActionInput,
  "platform.admin",
  async (ctx, input) => {
    await adminServerBlockCashbox(ctx, input);
    return { message: "cashbox.admin.serverBlocked" };
  },
  revalidate,
);

export const clearServerBlockAction = tenantAction(
  ZAdminCashboxActionInput,
  "platform.admin",
  async (ctx, input) => {
    await adminClearServerBlock(ctx, input);
    return { message: "cashbox.admin.serverUnblocked" };
  },
  revalidate,
);

export const clearIntegrityAction = tenantAction(
  ZAdminCashboxActionInput,
  "platform.admin",
  async (ctx, input) => {
    await adminClearIntegrity(ctx, input);
    return { message: "cashbox.admin.integrityCleared" };
  },
  revalidate,
);
