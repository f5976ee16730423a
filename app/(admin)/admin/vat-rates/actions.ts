"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { adminAddVatRate, adminDeleteVatRate, adminEndVatRate } from "@/lib/nomenclature/vat-admin";
import { ZDeleteVatRateInput, ZEndVatRateInput, ZVatRateInput } from "@/lib/nomenclature/vat-admin-schemas";

export const addVatRateAction = tenantAction(
  ZVatRateInput,
  "platform.admin",
  async (ctx, input) => {
    await adminAddVatRate(ctx, input);
    return { message: "nomenclature.vatAdmin.added", params: { code: input.code } };
  },
  { revalidate: "/admin/vat-rates" },
);

export const endVatRateAction = tenantAction(
  ZEndVatRateInput,
  "platform.admin",
  async (ctx, input) => {
    await adminEndVatRate(ctx, input);
    return { message: "nomenclature.vatAdmin.ended" };
  },
  { revalidate: "/admin/vat-rates" },
);

export const deleteVatRateAction = tenantAction(
  ZDeleteVatRateInput,
  "platform.admin",
  async (ctx, input) => {
    await adminDeleteVatRate(ctx, input);
    return { message: "nomenclature.vatAdmin.deleted" };
  },
  { revalidate: "/admin/vat-rates" },
);
