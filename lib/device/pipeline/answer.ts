// The answer stage: pure. The document object and the body the terminal gets, stored beside the
// document for idempotent replays.
import { documentView, type DocumentFacts } from "../response";
import type { TDocument } from "../schemas";
import type { OpHandler } from "./handler";
import type { DocumentPlan } from "./types";

type Planned = Omit<DocumentPlan, "document" | "body">;

export function facts(p: Planned): DocumentFacts {
  const { cb, cmd, now, vatRates, ids } = p.input;
  const r = p.business.receipt;
  const vatLabel = (code: string) =>
    vatRates.find((v) => v.country === cb.org.country && v.code === code)?.label ?? code;
  return {
    id: ids.document,
    clientDocId: cmd.clientDocId,
    kind: p.business.kind,
    number: p.after.lastNumber,
    shiftNumber: p.inShift ? p.shift!.number : null,
    numberInShift: p.numberInShift,
    deviceSeq: p.seq,
    createdAt: cmd.createdAt,
    acceptedAt: now,
    fiscalSign: p.sealed.fiscalSign,
    offline: cmd.offline,
    cashierName: cmd.cashier?.name ?? "",
    total: p.total,
    cash: r?.cash ?? 0n,
    card: r?.card ?? 0n,
    change: r?.change ?? 0n,
    vat: r?.vat ?? [],
    hash: p.sealed.hash,
    prevHash: p.prevHash,
    lines: r?.lines.map((l) => ({
      name: l.name,
      quantityText: l.quantityText,
      unitLabel: l.unitLabel,
      price: l.price,
      discount: l.discount,
      total: l.total,
      vatLabel: vatLabel(l.vatRate),
    })),
    report: p.report,
  };
}

export function answer(
  p: Planned,
  handler: OpHandler,
): { document: TDocument; body: Record<string, unknown> } {
  const document = documentView(p.input.cb, facts(p), p.input.vatRates);
  return { document, body: handler.body({ ...p, document, body: {} }) };
}
