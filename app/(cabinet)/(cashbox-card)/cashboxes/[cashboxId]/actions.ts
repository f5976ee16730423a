"use server";
import { blockCashbox } from "@/lib/cashboxes/block-cashbox";
import {
  ZBlockCashboxInput,
  ZCashboxIdInput,
  ZReplaceFiscalDriveInput,
  ZRequestDeregistrationInput,
  ZUpdateCashboxSettingsInput,
} from "@/lib/cashboxes/card-schemas";
import { reissueCashboxToken } from "@/lib/cashboxes/reissue-cashbox-token";
import { replaceFiscalDrive } from "@/lib/cashboxes/replace-fiscal-drive";
import { requestDeregistration } from "@/lib/cashboxes/request-deregistration";
import { unblockCashbox } from "@/lib/cashboxes/unblock-cashbox";
import { updateCashboxSettings } from "@/lib/cashboxes/update-cashbox-settings";
import { requestReregistration } from "@/lib/registration/request-reregistration";
import { ZRequestReregistrationInput } from "@/lib/registration/reregistration-schemas";
import { tenantAction } from "@/lib/http/tenant-action";
import { changeCashboxOfd } from "@/lib/registration/change-ofd";
import { updateOfdPaidUntil } from "@/lib/registration/update-ofd-paid-until";
import { ZChangeOfdInput, ZOfdPaidUntilInput } from "@/lib/registration/ofd";

const revalidate = { revalidate: "/cashboxes" };

export const updateSettingsAction = tenantAction(
  ZUpdateCashboxSettingsInput,
  "cashbox.manage",
  async (ctx, input) => {
    const { changed, caseId } = await updateCashboxSettings(ctx, input);
    if (caseId) return { message: "reregistration.saved.cashbox", data: { caseId } };
    return { message: changed ? "cashbox.settings.saved" : "cashbox.settings.unchanged" };
  },
  revalidate,
);

export const reissueTokenAction = tenantAction(
  ZCashboxIdInput,
  "cashbox.manage",
  async (ctx, { cashboxId }) => {
    const { token, deviceKey } = await reissueCashboxToken(ctx, cashboxId);
    return { message: "cashbox.token.reissuedTitle", data: { token, deviceKey } };
  },
  revalidate,
);

export const blockAction = tenantAction(
  ZBlockCashboxInput,
  "cashbox.block",
  async (ctx, input) => {
    await blockCashbox(ctx, input);
    return { message: "cashbox.block.done" };
  },
  revalidate,
);

export const unblockAction = tenantAction(
  ZBlockCashboxInput,
  "cashbox.block",
  async (ctx, input) => {
    await unblockCashbox(ctx, input);
    return { message: "cashbox.block.unblocked" };
  },
  revalidate,
);

export const replaceDriveAction = tenantAction(
  ZReplaceFiscalDriveInput,
  "cashbox.manage",
  async (ctx, input) => {
    const { caseId } = await replaceFiscalDrive(ctx, input);
    return { message: caseId ? "cashbox.drives.doneWithCase" : "cashbox.drives.done" };
  },
  revalidate,
);

export const deregisterAction = tenantAction(
  ZRequestDeregistrationInput,
  "cashbox.manage",
  async (ctx, input) => {
    await requestDeregistration(ctx, input);
    return { message: "cashbox.deregister.done" };
  },
  revalidate,
);

/** «Реквизиты → ОФД» of a KZ cashbox while it is a DRAFT. */
export const changeOfdAction = tenantAction(
  ZChangeOfdInput,
  "cashbox.manage",
  async (ctx, input) => {
    const r = await changeCashboxOfd(ctx, input);
    if ("caseId" in r && r.caseId)
      return { message: "reregistration.saved.cashbox", data: { caseId: r.caseId } };
    return { message: r.changed ? "cashbox.ofdForm.saved" : "cashbox.settings.unchanged" };
  },
  revalidate,
);

/**
 * «Перерегистрация» of a registered cashbox: the trade point, taxation and (KZ) ОФД it should be
 * registered with open a re-registration case; nothing changes until the case is accepted.
 */
export const requestReregistrationAction = tenantAction(
  ZRequestReregistrationInput,
  "cashbox.manage",
  async (ctx, input) => {
    const { caseId } = await requestReregistration(ctx, input);
    return caseId
      ? { message: "reregistration.opened", data: { caseId } }
      : { message: "reregistration.nothingToChange" };
  },
  revalidate,
);

/** The renewal dialog of a third-party ОФД cashbox: «Оплачено в ОФД до». */
export const updateOfdPaidUntilAction = tenantAction(
  ZOfdPaidUntilInput,
  "cashbox.renew",
  async (ctx, input) => {
    await updateOfdPaidUntil(ctx, input);
    return { message: "cashboxes.renew.ofdSaved" };
  },
  revalidate,
);
