import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import type { listFiscalDrives } from "@/lib/cashboxes/list-fiscal-drives";
import { cardFormat } from "./format";
import { ReplaceDriveForm } from "./replace-drive-form";

type Drive = Awaited<ReturnType<typeof listFiscalDrives>>[number];

/** «История ФН»: the drives with installed, closed and expiry dates, and «Заменить ФН». */
export async function DrivesTab({
  cashboxId,
  drives,
  usesFiscalDrive,
  registrationStatus,
  hasSubmittedCase,
  canManage,
  timeZone,
  now,
  fnModels,
  fnValidity,
}: {
  cashboxId: string;
  drives: Drive[];
  usesFiscalDrive: boolean;
  registrationStatus: string;
  hasSubmittedCase: boolean;
  canManage: boolean;
  timeZone: string;
  now: Date;
  fnModels: string[];
  fnValidity: number[];
}) {
  const t = await getTranslations("cashbox");
  if (!usesFiscalDrive) return <EmptyState title={t("drives.notUsed")} text={t("drives.notUsedText")} />;
  const fmt = await cardFormat(timeZone);
  const current = drives.find((d) => !d.closedAt) ?? null;
  const blockedBy =
    registrationStatus === "DEREGISTERED"
      ? t("drives.unavailableDeregistered")
      : registrationStatus === "SUBMITTED" || hasSubmittedCase
        ? t("drives.unavailableSubmitted")
        : null;
  return (
    <div className="space-y-4">
      {drives.length === 0 ? (
        <EmptyState title={t("drives.empty")} text={canManage ? t("drives.emptyText") : undefined} />
      ) : (
        <DataTable
          label={t("drives.title")}
          rowTestId="drive-row"
          columns={[
            { id: "number", header: t("drives.number"), card: "title" },
            { id: "model", header: t("drives.model") },
            { id: "validity", header: t("drives.validity") },
            { id: "installedAt", header: t("drives.installedAt") },
            { id: "closedAt", header: t("drives.closedAt") },
            { id: "expiresAt", header: t("drives.expiresAt") },
            { id: "status", header: t("drives.status") },
          ]}
          rows={drives.map((d) => {
            const expired = !d.closedAt && d.expiresAt && d.expiresAt < now;
            return {
              id: d.id,
              cells: {
                number: <span className="font-mono">{d.number}</span>,
                model: d.model,
                validity: t("field.months", { months: d.validityMonths }),
                installedAt: fmt.date(d.installedAt),
                closedAt: fmt.date(d.closedAt) ?? "—",
                expiresAt: fmt.date(d.expiresAt) ?? "—",
                status: d.closedAt ? (
                  <Badge tone="gray">{t("drives.closed")}</Badge>
                ) : expired ? (
                  <Badge tone="red">{t("drives.expired")}</Badge>
                ) : (
                  <Badge tone="green">{t("drives.current")}</Badge>
                ),
              },
            };
          })}
        />
      )}
      {canManage ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("drives.replaceTitle")}</h2>
          {blockedBy ? (
            <p className="text-sm text-slate-600">{blockedBy}</p>
          ) : (
            <ReplaceDriveForm
              cashboxId={cashboxId}
              currentNumber={current?.number ?? null}
              fnModels={fnModels}
              fnValidity={fnValidity}
            />
          )}
        </Card>
      ) : null}
    </div>
  );
}
