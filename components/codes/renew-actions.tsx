"use client";
// The server actions the renewal dialog calls, handed down by the app's layouts (components never
// import from app/: docs/architecture.md «Layers»). A layout that renders status badges wraps its
// pages in <RenewActionsProvider actions={…}>; the dialog reads them with useRenewActions().
import { createContext, useContext } from "react";
import type { ActionState } from "@/lib/http/action-state";

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface RenewActions {
  /** redeem an activation code for the signed-in organization's cashbox */
  redeemCode: FormAction;
  /** a partner redeems a code for a client's cashbox */
  partnerRenew: FormAction;
  /** a KZ cashbox on a third-party ОФД: the owner enters «Оплачено в ОФД до» */
  updateOfdPaidUntil: FormAction;
}

const RenewActionsContext = createContext<RenewActions | null>(null);

export function RenewActionsProvider({
  actions,
  children,
}: {
  actions: RenewActions;
  children: React.ReactNode;
}) {
  return <RenewActionsContext.Provider value={actions}>{children}</RenewActionsContext.Provider>;
}

export function useRenewActions(): RenewActions {
  const actions = useContext(RenewActionsContext);
  if (!actions) throw new Error("useRenewActions: no RenewActionsProvider above this component");
  return actions;
}
