// The printed form of a fiscal document as lines for a terminal's printer (Webkassa
// TicketPrintFormat): RU «КАССОВЫЙ ЧЕК» with ФФД requisites, KZ «ФИСКАЛЬНЫЙ ЧЕК» with the items
// the KZ order No. 626 (2026) requires, the QR, the offline mark, and «ДУБЛИКАТ» on copies.
import { formatPrintedAmount } from "./money";
import type { DocumentKind } from "./content";
import type { ShiftReport } from "./z-report";
import { localParts } from "@/lib/locale/zone";

export interface PrintLine {
  text: string;
  style: "normal" | "bold" | "center" | "bold_center";
  kind: "text" | "separator" | "qr";
}

export interface PrintRequisites {
  country: "RU" | "KZ";
  timeZone: string;
  organizationName: string;
  taxId: string;
  address: string;
  cashboxSerial: string;
  registrationNumber: string | null;
  fiscalDriveNumber: string | null;
  inkOfd: string | null;
  ofdName: string;
  ofdSite: string;
  footer: string;
}

export interface PrintDocument {
  type: DocumentKind;
  number: number;
  shiftNumber: number | null;
  numberInShift: number | null;
  createdAt: Date;
  cashierName: string;
  fiscalSign: string;
  offline: boolean;
  lines?: {
    name: string;
    quantityText: string;
    unitLabel: string;
    price: bigint;
    discount: bigint;
    total: bigint;
    vatLabel: string;
  }[];
  total?: bigint;
  cash?: bigint;
  card?: bigint;
  change?: bigint;
  vat?: { label: string; amount: bigint }[];
  qr?: string | null;
  report?: ShiftReport | null;
}

const TITLES: Record<"RU" | "KZ", Record<DocumentKind, string>> = {
  RU: {
    sale: "ПРИХОД",
    sale_return: "ВОЗВРАТ ПРИХОДА",
    purchase: "РАСХОД",
    purchase_return: "ВОЗВРАТ РАСХОДА",
    cash_deposit: "ВНЕСЕНИЕ НАЛИЧНЫХ",
    cash_withdrawal: "ИЗЪЯТИЕ НАЛИЧНЫХ",
    x_report: "ОТЧЁТ БЕЗ ГАШЕНИЯ (X)",
    z_report: "ОТЧЁТ О ЗАКРЫТИИ СМЕНЫ (Z)",
    registration_report: "ОТЧЁТ О РЕГИСТРАЦИИ",
    shift_open: "ОТЧЁТ ОБ ОТКРЫТИИ СМЕНЫ",
  },
  KZ: {
    sale: "ПРОДАЖА",
    sale_return: "ВОЗВРАТ ПРОДАЖИ",
    purchase: "ПОКУПКА",
    purchase_return: "ВОЗВРАТ ПОКУПКИ",
    cash_deposit: "ВНЕСЕНИЕ НАЛИЧНЫХ",
    cash_withdrawal: "ИЗЪЯТИЕ НАЛИЧНЫХ",
    x_report: "X-ОТЧЁТ",
    z_report: "Z-ОТЧЁТ",
    registration_report: "ОТЧЁТ О РЕГИСТРАЦИИ",
    shift_open: "ОТКРЫТИЕ СМЕНЫ",
  },
};

const RECEIPTS: readonly DocumentKind[] = ["sale", "sale_return", "purchase", "purchase_return"];

const text = (t: string, style: PrintLine["style"] = "normal"): PrintLine => ({
  text: t,
  style,
  kind: "text",
});
const sep = (): PrintLine => ({
  text: "--------------------------------",
  style: "normal",
  kind: "separator",
});
const pair = (left: string, right: string) => text(`${left}: ${right}`);

export function printForm(
  req: PrintRequisites,
  doc: PrintDocument,
  opts: { duplicate?: boolean } = {},
): PrintLine[] {
  const ru = req.country === "RU";
  const p = localParts(doc.createdAt, req.timeZone);
  const when = `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
  const out: PrintLine[] = [];
  if (opts.duplicate) out.push(text("ДУБЛИКАТ", "bold_center"));
  out.push(
    text(req.organizationName, "center"),
    text(`${ru ? "ИНН" : "БИН/ИИН"} ${req.taxId}`, "center"),
    text(req.address, "center"),
    sep(),
  );
  if (RECEIPTS.includes(doc.type)) out.push(text(ru ? "КАССОВЫЙ ЧЕК" : "ФИСКАЛЬНЫЙ ЧЕК", "bold_center"));
  out.push(text(TITLES[req.country][doc.type], "bold_center"));
  if (doc.offline) out.push(text(ru ? "АВТОНОМНЫЙ РЕЖИМ" : "Автономный режим (офлайн)", "center"));
  out.push(pair("Дата", when));
  if (doc.shiftNumber !== null) out.push(pair("Смена", String(doc.shiftNumber)));
  if (doc.numberInShift !== null && RECEIPTS.includes(doc.type))
    out.push(pair(ru ? "Чек" : "Порядковый номер чека", String(doc.numberInShift)));
  if (doc.cashierName) out.push(pair("Кассир", doc.cashierName));

  if (doc.lines) {
    out.push(sep());
    for (const [i, l] of doc.lines.entries()) {
      out.push(text(`${i + 1}. ${l.name}`));
      out.push(
        text(
          `   ${l.quantityText} ${l.unitLabel} x ${formatPrintedAmount(l.price)} = ${formatPrintedAmount(l.total + l.discount)}`,
        ),
      );
      if (l.discount > 0n) out.push(text(`   Скидка: -${formatPrintedAmount(l.discount)}`));
      out.push(text(`   ${l.vatLabel}`));
    }
    out.push(sep());
  }
  if (doc.total !== undefined) out.push(text(`ИТОГ: ${formatPrintedAmount(doc.total)}`, "bold"));
  if (doc.cash !== undefined && doc.cash > 0n)
    out.push(pair("Наличными", formatPrintedAmount(doc.cash + (doc.change ?? 0n))));
  if (doc.card !== undefined && doc.card > 0n)
    out.push(pair(ru ? "Безналичными" : "Банковская карта", formatPrintedAmount(doc.card)));
  if (doc.change !== undefined && doc.change > 0n) out.push(pair("Сдача", formatPrintedAmount(doc.change)));
  for (const v of doc.vat ?? []) out.push(pair(v.label, formatPrintedAmount(v.amount)));

  if (doc.report) {
    const r = doc.report;
    const names = ru
      ? {
          sale: "Приход",
          sale_return: "Возврат прихода",
          purchase: "Расход",
          purchase_return: "Возврат расхода",
        }
      : {
          sale: "Продажи",
          sale_return: "Возвраты продаж",
          purchase: "Покупки",
          purchase_return: "Возвраты покупок",
        };
    out.push(sep(), pair("Документов за смену", String(r.documentCount)));
    for (const t of ["sale", "sale_return", "purchase", "purchase_return"] as const) {
      const b = r.byType[t];
      out.push(pair(`${names[t]} (${b.count})`, formatPrintedAmount(b.total)));
    }
    out.push(
      pair("Внесения", formatPrintedAmount(r.deposits)),
      pair("Изъятия", formatPrintedAmount(r.withdrawals)),
      pair("Наличных в кассе", formatPrintedAmount(r.cashInDrawer)),
    );
  }

  out.push(sep());
  if (ru) {
    out.push(pair("ЗН ККТ", req.cashboxSerial));
    if (req.registrationNumber) out.push(pair("РН ККТ", req.registrationNumber));
    if (req.fiscalDriveNumber) out.push(pair("ФН", req.fiscalDriveNumber));
    out.push(pair("ФД", String(doc.number)), pair("ФП", doc.fiscalSign));
    out.push(text(`Сайт ФНС: www.nalog.gov.ru`));
  } else {
    out.push(pair("ЗНМ", req.cashboxSerial));
    if (req.registrationNumber) out.push(pair("РНМ", req.registrationNumber));
    if (req.inkOfd) out.push(pair("ИНК ОФД", req.inkOfd));
    out.push(pair("Номер документа", String(doc.number)), pair("ФП", doc.fiscalSign));
    out.push(text(`ОФД: ${req.ofdName}`), text(`Проверка чека: ${req.ofdSite}`));
  }
  if (doc.qr) out.push({ text: doc.qr, style: "center", kind: "qr" });
  if (req.footer && RECEIPTS.includes(doc.type)) out.push(text(req.footer, "center"));
  return out;
}
