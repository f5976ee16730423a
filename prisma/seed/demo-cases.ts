// Demo document flow: each demo cashbox gets the cases its registration status implies, with a
// demonstration application and answer, so «Документооборот» (and the «Отказ» reason) has
// something to show before the registration wizard produces real, signed documents.
import type { Db } from "@/lib/db/client";
import { seedRegistrationCase } from "./factories";

const DAY = 24 * 60 * 60 * 1000;
const REFUSAL_RU = "Заводской номер ККТ отсутствует в реестре контрольно-кассовой техники";
const REFUSAL_KZ = "Регистрационные данные ККМ не совпадают с данными ОФД";

function applicationXml(kind: string, c: DemoCashbox, org: DemoOrg, date: Date) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Демонстрационные данные: настоящее заявление формирует и подписывает мастер регистрации -->
<application kind="${kind}" date="${date.toISOString()}">
  <organization name="${org.name}" taxId="${org.taxId}" country="${org.country}"/>
  <cashbox model="${c.model}" serialNumber="${c.serialNumber}" fiscalDrive="${c.fiscalDriveNumber ?? ""}"/>
  <address>${c.tradePoint.address}</address>
</application>
`;
}

interface DemoOrg {
  id: string;
  name: string;
  taxId: string;
  country: "RU" | "KZ";
}
interface DemoCashbox {
  id: string;
  model: string;
  serialNumber: string;
  registrationNumber: string | null;
  registrationStatus: string;
  fiscalDriveNumber: string | null;
  createdAt: Date;
  tradePoint: { address: string };
}

export async function seedDemoCases(db: Db, orgs: DemoOrg[], now = new Date()) {
  for (const org of orgs) {
    const authority = org.country === "RU" ? "ФНС" : "КГД";
    const cashboxes = await db.cashbox.findMany({
      where: { organizationId: org.id },
      select: {
        id: true,
        model: true,
        serialNumber: true,
        registrationNumber: true,
        registrationStatus: true,
        fiscalDriveNumber: true,
        createdAt: true,
        tradePoint: { select: { address: true } },
      },
    });
    for (const c of cashboxes) {
      if (c.registrationStatus === "DRAFT") continue;
      const submittedAt = new Date(now.getTime() - (c.registrationStatus === "SUBMITTED" ? 1 : 400) * DAY);
      const answeredAt = new Date(submittedAt.getTime() + DAY);
      const application = {
        kind: "APPLICATION" as const,
        fileName: "application.xml",
        mimeType: "application/xml",
        content: applicationXml("REGISTRATION", c, org, submittedAt),
      };
      const status =
        c.registrationStatus === "SUBMITTED"
          ? "SUBMITTED"
          : c.registrationStatus === "REFUSED"
            ? "REFUSED"
            : "ACCEPTED";
      const refusal = org.country === "RU" ? REFUSAL_RU : REFUSAL_KZ;
      const answer =
        status === "REFUSED"
          ? `Демонстрационные данные.\nОтказ ${authority} в регистрации ККТ ${c.serialNumber}.\nПричина: ${refusal}\n`
          : `Демонстрационные данные.\n${authority}: ККТ ${c.serialNumber} зарегистрирована, регистрационный номер ${c.registrationNumber ?? "—"}.\n`;
      await seedRegistrationCase(db, {
        organizationId: org.id,
        cashboxId: c.id,
        kind: "REGISTRATION",
        status,
        refusalReason: status === "REFUSED" ? refusal : null,
        createdAt: submittedAt,
        submittedAt,
        answeredAt: status === "SUBMITTED" ? null : answeredAt,
        documents:
          status === "SUBMITTED"
            ? [application]
            : [
                application,
                {
                  kind: "TAX_ANSWER",
                  fileName: "answer.txt",
                  mimeType: "text/plain; charset=utf-8",
                  content: answer,
                },
              ],
      });
      if (c.registrationStatus === "DEREGISTERED") {
        const at = new Date(now.getTime() - 30 * DAY);
        await seedRegistrationCase(db, {
          organizationId: org.id,
          cashboxId: c.id,
          kind: "DEREGISTRATION",
          status: "ACCEPTED",
          reason: "Касса продана",
          createdAt: at,
          submittedAt: at,
          answeredAt: new Date(at.getTime() + DAY),
          documents: [
            {
              kind: "APPLICATION",
              fileName: "deregistration.xml",
              mimeType: "application/xml",
              content: applicationXml("DEREGISTRATION", c, org, at),
            },
          ],
        });
      }
    }
  }
}
