// Browser side of the renewal: the option lists come from GET routes, redemption is a server
// action (app/(cabinet)/codes/actions.ts, handed down through RenewActionsProvider) whose refusals
// are ActionState error keys.
import { initialActionState } from "@/lib/http/action-state";
import type { RenewActions } from "./renew-actions";

export interface ApiError {
  key: string;
  params?: Record<string, string | number>;
}

export async function redeem(
  actions: Pick<RenewActions, "redeemCode" | "partnerRenew">,
  input: {
    code: string;
    cashboxId: string;
    clientOrganizationId?: string;
  },
): Promise<{ ok: true; data: RedeemResponse } | { ok: false; error: ApiError }> {
  const fd = new FormData();
  fd.set("code", input.code);
  fd.set("cashboxId", input.cashboxId);
  if (input.clientOrganizationId) fd.set("clientOrganizationId", input.clientOrganizationId);
  try {
    const s = input.clientOrganizationId
      ? await actions.partnerRenew(initialActionState, fd)
      : await actions.redeemCode(initialActionState, fd);
    if (s.ok && s.data?.paidUntil)
      return {
        ok: true,
        data: {
          cashboxId: input.cashboxId,
          paidUntil: s.data.paidUntil,
          unblocked: s.data.unblocked === "1",
        },
      };
    const key = s.fieldErrors?.code ?? s.fieldErrors?.cashboxId ?? s.message ?? "errors.INTERNAL_ERROR";
    return { ok: false, error: { key, params: s.params } };
  } catch {
    return { ok: false, error: { key: "errors.INTERNAL_ERROR" } };
  }
}

export async function getJson<T>(url: string): Promise<T | null> {
  try {
    const res = await fetch(url, { headers: { accept: "application/json" } });
    return res.ok ? ((await res.json()) as T) : null;
  } catch {
    return null;
  }
}

export interface CodeOption {
  id: string;
  code: string;
  months: number;
  nameRu: string;
  nameKk: string;
  nameEn: string;
}

export interface RenewOptionsResponse {
  codes: CodeOption[];
  partner: { name: string; phone: string; email: string } | null;
  canBuy: boolean;
}

export interface RedeemResponse {
  cashboxId: string;
  paidUntil: string;
  unblocked: boolean;
}
