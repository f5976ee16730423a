// Issue 15.10: the Kazakh UI must be Kazakh. A kk message equal to its ru message is a copy that
// was never translated — unless it is listed here: words that are the same in both languages
// (Касса, Кассир, Телефон, Журнал…), Russian requisites kept by name (ИНН, КПП, БИК), proper names,
// units, codes and pure placeholders. Adding a key here is a decision; the test names every other one.
import { describe, expect, it } from "vitest";
import { namespaces } from "./index";

export const KK_SAME_AS_RU: ReadonlySet<string> = new Set([
  "analytics.period.range", // "{from} — {to}"
  "analytics.filters.cashbox", // "Касса"
  "analytics.kpi.payShareValue", // "{cash}% / {card}%"
  "analytics.table.cashbox", // "Касса"
  "analytics.pay.card", // "Карта"
  "analytics.weekdays.3", // "Ср"
  "analytics.compact.million", // "млн"
  "analytics.compact.billion", // "млрд"
  "cashbox.req.taxIdRU", // "ИНН"
  "cashbox.req.kpp", // "КПП"
  "cashbox.req.notSet", // "—"
  "cashbox.admin.cashbox", // "Касса"
  "cashboxes.state.INTEGRITY", // "INT"
  "cashboxes.renew.forOne", // "Касса: {name}"
  "codes.col.code", // "Код"
  "codes.col.cashbox", // "Касса"
  "codes.applyDialog.code", // "Код {code} · {product}"
  "codes.applyDialog.cashbox", // "Касса"
  "codes.renew.pickOption", // "{code} · {product}"
  "codes.renew.phone", // "Телефон: {phone}"
  "codes.admin.ownerKind.CLIENT", // "клиент"
  "common.role.ACCOUNTANT", // "Бухгалтер"
  "common.role.CASHIER", // "Кассир"
  "device.tabs.number", // "№"
  "device.tabs.cashier", // "Кассир"
  "device.tabs.offline", // "офлайн"
  "device.tabs.card", // "карта"
  "journal.title", // "Журнал"
  "journal.ip", // "IP {ip}"
  "journal.object.cashbox", // "Касса"
  "journal.field.kpp", // "КПП"
  "journal.field.phone", // "Телефон"
  "journal.field.bankName", // "Банк"
  "journal.field.pin", // "PIN-код"
  "journal.value.empty", // "—"
  "market.title", // "Маркет"
  "market.catalog", // "Каталог"
  "market.orders.col.number", // "№"
  "market.invoice.taxIdRU", // "ИНН"
  "market.invoice.kpp", // "КПП"
  "market.invoice.kbe", // "Кбе"
  "market.invoice.phone", // "Телефон"
  "market.invoice.col.n", // "№"
  "market.invoice.accountant", // "Бухгалтер"
  "market.testPay.cvc", // "CVC"
  "market.admin.notSold", // "—"
  "market.admin.col.number", // "№"
  "market.admin.col.client", // "Клиент"
  "nav.nomenclature", // "Номенклатура"
  "nav.journal", // "Журнал"
  "nav.profile", // "Профиль"
  "nav.market", // "Маркет"
  "stock.col.article", // "Артикул"
  "stock.report.col.article", // "Артикул"
  "stock.item.fiscal", // "Чек № {number}"
  "stock.item.reversal", // "сторно"
  "stock.docs.col.number", // "№"
  "stock.doc.title", // "{type} № {number}"
  "nomenclature.title", // "Номенклатура"
  "nomenclature.col.article", // "Артикул"
  "nomenclature.unit.KILOGRAM", // "кг"
  "nomenclature.unit.GRAM", // "г"
  "nomenclature.unit.LITER", // "л"
  "nomenclature.unit.MILLILITER", // "мл"
  "nomenclature.unit.METER", // "м"
  "nomenclature.unit.SQUARE_METER", // "м²"
  "nomenclature.unitLong.METER", // "м — метр"
  "nomenclature.moreBarcodes", // "+{count}"
  "nomenclature.import.steps.upload", // "Файл"
  "nomenclature.import.columnOption", // "{letter}: {header}"
  "nomenclature.import.historyFile", // "Файл"
  "nomenclature.template.sheet", // "Номенклатура"
  "nomenclature.export.sheet", // "Номенклатура"
  "nomenclature.export.file", // "Номенклатура"
  "partner.codes.filterBatch", // "Партия"
  "partner.codes.client", // "Клиент"
  "partner.clients.col.name", // "Клиент"
  "partner.history.col.code", // "Код"
  "partner.history.col.client", // "Клиент"
  "partner.history.col.cashbox", // "Касса"
  "partner.link.phone", // "Телефон: {phone}"
  "pos.product", // "Касса 2.0"
  "pos.cart.title", // "Чек"
  "pos.pay.card", // "Карта"
  "pos.info.cashbox", // "Касса"
  "pos.settings.mm", // "мм"
  "receipts.search.cashbox", // "Касса"
  "receipts.pay.card", // "Карта"
  "receipts.columns.cashbox", // "Касса"
  "receipts.columns.cashier", // "Кассир"
  "receipts.offline", // "офлайн"
  "receipts.receipt.cashbox", // "Касса"
  "receipts.receipt.cashier", // "Кассир"
  "registration.steps.certificate", // "Сертификат"
  "reports.filters.cashbox", // "Касса"
  "reports.columns.cashbox", // "Касса"
  "reports.columns.cashier", // "Кассир"
  "settings.profile.taxIdRU", // "ИНН"
  "settings.profile.kpp", // "КПП"
  "settings.profile.phone", // "Телефон"
  "settings.profile.bankName", // "Банк"
  "nomenclature.vatAdmin.period", // "{from} — {to}": two dates and a dash
  "partner.directory.phone", // "Телефон"
  "partner.directory.website", // "Сайт"
  "settings.profile.bankCodeRU", // "БИК"
  "settings.tz.kaliningrad", // "Калининград"
  "settings.tz.samara", // "Самара"
  "settings.tz.yekaterinburg", // "Екатеринбург"
  "settings.tz.krasnoyarsk", // "Красноярск"
  "settings.tz.irkutsk", // "Иркутск"
  "settings.tz.yakutsk", // "Якутск"
  "settings.tz.vladivostok", // "Владивосток"
  "settings.tz.magadan", // "Магадан"
  "settings.tz.almaty", // "Алматы, Астана"
  "settings.tz.atyrau", // "Атырау"
  "journal.object.receipt", // "Чек"
  "journal.field.article", // "Артикул"
  "journal.field.cashboxId", // "Касса"
  "journal.field.certificate", // "Сертификат"
  "journal.field.client", // "Клиент"
  "journal.field.code", // "Код"
  "journal.field.currency", // "Валюта"
  "journal.field.fileName", // "Файл"
  "journal.field.section", // "Секция"
  "journal.field.cashbox", // "Касса"
]);

function leaves(o: unknown, p = ""): [string, unknown][] {
  if (typeof o !== "object" || o === null) return [[p, o]];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, p ? `${p}.${k}` : k));
}

describe("Kazakh messages", () => {
  it("no kk string copies its ru string, except the allow-list", () => {
    const copies: string[] = [];
    for (const [ns, m] of Object.entries(namespaces)) {
      const kk = new Map(leaves(m.kk));
      for (const [k, v] of leaves(m.ru)) {
        const key = `${ns}.${k}`;
        if (kk.get(k) === v && !KK_SAME_AS_RU.has(key)) copies.push(`${key}: ${JSON.stringify(v)}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it("the registration wizard's hint names the button it stands beside («Жаңарту»)", () => {
    const kk = namespaces.registration.kk;
    expect(kk.refresh).toBe("Жаңарту");
    for (const text of [
      kk.reportMissing,
      kk.certMissing,
      kk.errors.applicationChanged,
      kk.errors.reportMissing,
    ])
      expect(text).toContain(`«${kk.refresh}»`);
  });
});
