// Read endpoints of the device API: cashbox info (start-up sync), a receipt and its duplicate,
// sending a receipt by e-mail. Every read is scoped to the calling cashbox: a token never sees
// another cashbox's documents, even within its organization.
import { db } from "@/lib/db/client";
import { tenantPoolQuery } from "@/lib/db/pool";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { enqueueMail } from "@/lib/mail/outbox";
import { GENESIS_HASH } from "@/lib/fiscal/sign";
import { vatRatesInEffect } from "@/lib/fiscal/vat";
import { localDate } from "@/lib/locale/zone";
import { isUuid } from "@/lib/validation/uuid";
import type { DeviceCashbox } from "./context";
import { DeviceError, validationError } from "./errors";
import { fieldsFromZod } from "./fields";
import { ofdInfo } from "./response";
import { ZSendReceiptRequest, type TDocument } from "./schemas";
import { loadVatRates } from "./vat-rates";

export async function getCashboxInfo(cb: DeviceCashbox, now = new Date()) {
  // raw pg: terminals may poll this as a heartbeat
  const [journal] = await tenantPoolQuery<{
    cashInDrawer: bigint;
    lastNumber: number;
    lastDeviceSeq: bigint;
    lastHash: string;
    offlineSince: Date | null;
    pendingCount: number;
    pendingOldestAt: Date | null;
    shiftDocCount: number;
    shiftNumber: number | null;
    shiftOpenedAt: Date | null;
    shiftOpenedBy: string | null;
    shiftOpeningCash: bigint | null;
  }>(
    cb.organizationId,
    `SELECT j."cashInDrawer", j."lastNumber", j."lastDeviceSeq", j."lastHash", j."offlineSince", j."pendingCount",
            j."pendingOldestAt", j."shiftDocCount", s.number AS "shiftNumber", s."openedAt" AS "shiftOpenedAt",
            s."openedByName" AS "shiftOpenedBy", s."openingCash" AS "shiftOpeningCash"
       FROM "CashboxJournal" j
       LEFT JOIN "Shift" s ON s."organizationId" = j."organizationId" AND s.id = j."currentShiftId"
      WHERE j."organizationId" = $1 AND j."cashboxId" = $2`,
    [cb.organizationId, cb.id],
  );
  const shift =
    journal && journal.shiftNumber !== null
      ? {
          number: journal.shiftNumber,
          openedAt: journal.shiftOpenedAt!,
          openedByName: journal.shiftOpenedBy ?? "",
          openingCash: journal.shiftOpeningCash ?? 0n,
        }
      : null;
  const rates = vatRatesInEffect(
    cb.org.country,
    localDate(now, cb.org.timezone),
    await loadVatRates(now.getTime()),
  );
  return {
    cashbox: cashboxView(cb),
    organization: {
      id: cb.org.id,
      name: cb.org.name,
      taxId: cb.org.taxId,
      country: cb.org.country,
      timezone: cb.org.timezone,
    },
    shift: shift
      ? {
          number: shift.number,
          openedAt: shift.openedAt.toISOString(),
          openedBy: shift.openedByName,
          openingCash: Number(shift.openingCash),
          documentCount: journal!.shiftDocCount,
        }
      : null,
    cashInDrawer: Number(journal?.cashInDrawer ?? 0n),
    lastNumber: journal?.lastNumber ?? 0,
    lastDeviceSeq: Number(journal?.lastDeviceSeq ?? 0n),
    lastHash: journal?.lastHash ?? GENESIS_HASH,
    offlineSince: journal?.offlineSince?.toISOString() ?? null,
    pending: {
      count: journal?.pendingCount ?? 0,
      oldestCreatedAt: journal?.pendingOldestAt?.toISOString() ?? null,
    },
    vatRates: rates.map((r) => ({ code: r.code, label: r.label, rate: r.basisPoints })),
    serverTime: now.toISOString(),
  };
}

function cashboxView(cb: DeviceCashbox) {
  const ofd = ofdInfo(cb);
  return {
    id: cb.id,
    name: cb.name,
    model: cb.model,
    serialNumber: cb.serialNumber,
    registrationNumber: cb.registrationNumber,
    inkOfd: cb.inkOfd,
    fiscalDriveNumber: cb.fiscalDriveNumber,
    registrationStatus: cb.registrationStatus,
    state: cb.operationalState,
    stateReason: cb.operationalReason,
    paidUntil: cb.paidUntil ? cb.paidUntil.toISOString().slice(0, 10) : null,
    autoCloseTime: cb.autoCloseTime,
    taxation: cb.taxation,
    receiptFooter: cb.receiptFooter,
    address: cb.address,
    tradePoint: cb.tradePointName,
    ofd: { code: ofd.code, name: ofd.name, site: ofd.site },
  };
}

/** A document of this cashbox as first answered (its stored response). */
export async function getDeviceDocument(
  cb: Pick<DeviceCashbox, "id" | "organizationId">,
  documentId: string,
) {
  if (!isUuid(documentId)) throw new DeviceError("RECEIPT_NOT_FOUND");
  const row = await db.fiscalDocument.findFirst({
    where: { organizationId: cb.organizationId, cashboxId: cb.id, id: documentId },
    select: { response: true, number: true },
  });
  if (!row) throw new DeviceError("RECEIPT_NOT_FOUND");
  const document = (row.response as { document: TDocument }).document;
  return { document, number: row.number };
}

/** «Дубликат»: the same printed form under a «ДУБЛИКАТ» heading. */
export async function getDuplicate(cb: Pick<DeviceCashbox, "id" | "organizationId">, documentId: string) {
  const { document } = await getDeviceDocument(cb, documentId);
  return {
    document,
    print: {
      lines: [
        { text: "ДУБЛИКАТ", style: "bold_center" as const, kind: "text" as const },
        ...document.print.lines,
      ],
    },
  };
}

export const SEND_LIMIT = { max: 60, windowSeconds: 60 * 60 };

/** Queues the receipt to an e-mail address (outbox, same transaction as nothing else: a read). */
export async function sendReceipt(cb: DeviceCashbox, documentId: string, body: unknown, now = new Date()) {
  const { document } = await getDeviceDocument(cb, documentId);
  const parsed = ZSendReceiptRequest.safeParse(body);
  if (!parsed.success) throw validationError(fieldsFromZod(parsed.error));
  const hits = await hitRateLimit(`device-send:${cb.id}`, SEND_LIMIT.windowSeconds, now);
  if (hits.count > SEND_LIMIT.max)
    throw new DeviceError("TOO_MANY_ATTEMPTS", { details: { retryAfterSeconds: hits.retryAfterSeconds } });
  const text = [
    ...document.print.lines.filter((l) => l.kind !== "qr").map((l) => l.text),
    "",
    document.checkUrl ? `Проверить чек: ${document.checkUrl}` : "",
  ].join("\n");
  await db.$transaction(async (tx) => {
    await enqueueMail(tx, {
      to: parsed.data.email,
      subject: `Чек № ${document.number} — ${cb.org.name}`,
      text,
    });
  });
  return { queued: true as const, to: parsed.data.email.toLowerCase() };
}
