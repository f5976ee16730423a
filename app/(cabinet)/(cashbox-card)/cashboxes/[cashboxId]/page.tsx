import { getTranslations } from "next-intl/server";
import {
  FISCAL_DRIVE_MODELS,
  FISCAL_DRIVE_VALIDITY,
  TAXATION_CODES,
  usesFiscalDrive,
} from "@/lib/cashboxes/catalog";
import { findTradePointOptions } from "@/lib/cashboxes/find-trade-point-options";
import { getCashbox } from "@/lib/cashboxes/get-cashbox";
import { listFiscalDrives } from "@/lib/cashboxes/list-fiscal-drives";
import { listRegistrationCases } from "@/lib/cashboxes/list-registration-cases";
import { cashboxStatus } from "@/lib/cashboxes/status";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { getPendingRequisites } from "@/lib/registration/requisites";
import { can } from "@/lib/tenant/context";
import { CashboxCardView } from "./_components/cashbox-card-view";
import { DocumentsTab } from "./_components/documents-tab";
import { DrivesTab } from "./_components/drives-tab";
import { ReceiptsTab } from "./_components/receipts-tab";
import { RequisitesTab } from "./_components/requisites-tab";
import { ShiftsTab } from "./_components/shifts-tab";
import { toCashboxTab } from "./_components/tabs";

type Props = {
  params: Promise<{ cashboxId: string }>;
  searchParams: Promise<{ tab?: string; page?: string }>;
};

export async function generateMetadata() {
  return { title: (await getTranslations("cashbox"))("cardTitle") };
}

// «Карточка кассы»: /cashboxes/[id]?tab=requisites|drives|documents|shifts|receipts
export default async function CashboxCardPage({ params, searchParams }: Props) {
  const ctx = await requireTenant("cashbox.read");
  const { cashboxId } = await params;
  const query = await searchParams;
  const tab = toCashboxTab(query.tab);
  const listPage = Number(query.page) || 1;
  const cashbox = await orNotFound(getCashbox(ctx, cashboxId));
  const now = new Date();
  const status = cashboxStatus(cashbox, { now, timeZone: ctx.timezone, country: ctx.country });
  const canManage = can(ctx, "cashbox.manage");
  const timeZone = ctx.timezone;

  let content: React.ReactNode;
  if (tab === "drives") {
    const drives = await listFiscalDrives(ctx, cashbox.id);
    const cases = await listRegistrationCases(ctx, cashbox.id);
    content = (
      <DrivesTab
        cashboxId={cashbox.id}
        drives={drives}
        usesFiscalDrive={usesFiscalDrive(ctx.country)}
        registrationStatus={cashbox.registrationStatus}
        hasSubmittedCase={cases.some((c) => c.status === "SUBMITTED")}
        canManage={canManage}
        timeZone={timeZone}
        now={now}
        fnModels={[...FISCAL_DRIVE_MODELS]}
        fnValidity={[...FISCAL_DRIVE_VALIDITY]}
      />
    );
  } else if (tab === "documents") {
    const cases = await listRegistrationCases(ctx, cashbox.id);
    content = (
      <DocumentsTab
        cashboxId={cashbox.id}
        cases={cases}
        registrationStatus={cashbox.registrationStatus}
        canManage={canManage}
        timeZone={timeZone}
      />
    );
  } else if (tab === "shifts") {
    content = <ShiftsTab cashboxId={cashbox.id} timeZone={timeZone} page={listPage} />;
  } else if (tab === "receipts") {
    content = <ReceiptsTab cashboxId={cashbox.id} timeZone={timeZone} page={listPage} />;
  } else {
    content = (
      <RequisitesTab
        cashbox={cashbox}
        tradePoints={canManage ? await findTradePointOptions(ctx) : []}
        taxationCodes={[...TAXATION_CODES[ctx.country]]}
        canManage={canManage}
        canBlock={can(ctx, "cashbox.block")}
        pending={await getPendingRequisites(ctx, cashbox.id)}
      />
    );
  }
  return (
    <CashboxCardView cashbox={cashbox} status={status} tab={tab} canRenew={canManage} canRegister={canManage}>
      {content}
    </CashboxCardView>
  );
}
