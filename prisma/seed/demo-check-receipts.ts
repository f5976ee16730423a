// A few receipts for an organization the demo's trading history leaves out (ИП Сапарова А.): the
// security walk needs a foreign organization's receipt for /receipts/{id}, and it shows a KZ
// receipt of our own ОФД whose QR opens /consumer. Written through acceptDocument like every
// demo document; one shift, closed by its Z-report. Does nothing when the organization already
// has documents.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox } from "@/lib/device/context";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const HOUR = 60 * 60 * 1000;

export async function seedDemoCheckReceipts(db: Db, organizationId: string, now: Date) {
  if ((await db.fiscalDocument.count({ where: { organizationId } })) > 0) return;
  const cashbox = await db.cashbox.findFirst({
    where: { organizationId, registrationStatus: "REGISTERED", operationalState: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const member = await db.membership.findFirst({
    where: { organizationId, role: "CASHIER", pinHash: { not: null } },
    select: { id: true },
  });
  if (!cashbox || !member) return;
  const cb = await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(organizationId));
  const cashier = await loadCashier(unsafeOrganizationId(organizationId), member.id);
  if (!cb || !cashier) return;
  const vat = cb.org.country === "KZ" ? "VAT16" : "VAT22";
  const start = new Date(now.getTime() - 26 * HOUR);
  const at = (h: number) => new Date(start.getTime() + h * HOUR);
  const send = (op: "receipt" | "z_report", body: Record<string, unknown>, time: Date) =>
    acceptDocument(
      cb,
      { op, body: { clientDocId: randomUUID(), createdAt: time.toISOString(), ...body }, cashier },
      { now: new Date(time.getTime() + 1000) },
    );
  const line = (name: string, price: number, quantity = "1") => ({
    name,
    unit: { code: cb.org.country === "KZ" ? "796" : "0" },
    price,
    quantity,
    vatRate: vat,
  });
  const first = await send(
    "receipt",
    {
      type: "sale",
      items: [line("Платок шёлковый", 1_250_000), line("Брошь", 480_000)],
      payments: [{ type: "card", amount: 1_730_000 }],
    },
    at(0),
  );
  await send(
    "receipt",
    {
      type: "sale",
      items: [line("Шарф кашемировый", 2_100_000)],
      payments: [{ type: "cash", amount: 2_200_000 }],
    },
    at(1),
  );
  await send(
    "receipt",
    {
      type: "sale_return",
      returnBasis: { receiptId: first.document.id },
      items: [line("Брошь", 480_000)],
      payments: [{ type: "card", amount: 480_000 }],
    },
    at(2),
  );
  await send("z_report", {}, at(8));
}
