import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
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
        <Card className="p-0 sm:p-0">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <caption className="sr-only">{t("drives.title")}</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("drives.number")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("drives.model")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("drives.validity")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("drives.installedAt")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("drives.closedAt")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("drives.expiresAt")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    {t("drives.status")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {drives.map((d) => {
                  const expired = !d.closedAt && d.expiresAt && d.expiresAt < now;
                  return (
                    <tr key={d.id} data-testid="drive-row">
                      <td className="px-4 py-2 font-mono">{d.number}</td>
                      <td className="px-4 py-2">{d.model}</td>
                      <td className="px-4 py-2">{t("field.months", { months: d.validityMonths })}</td>
                      <td className="px-4 py-2">{fmt.date(d.installedAt)}</td>
                      <td className="px-4 py-2">{fmt.date(d.closedAt) ?? "—"}</td>
                      <td className="px-4 py-2">{fmt.date(d.expiresAt) ?? "—"}</td>
                      <td className="px-4 py-2">
                        {d.closedAt ? (
                          <Badge tone="gray">{t("drives.closed")}</Badge>
                        ) : expired ? (
                          <Badge tone="red">{t("drives.expired")}</Badge>
                        ) : (
                          <Badge tone="green">{t("drives.current")}</Badge>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
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
