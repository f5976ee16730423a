// The help centre's table of contents: sections, groups and article slugs in the order of the
// seed's help centre (../shared/seeds/000_*). Titles of articles come from their Markdown files;
// section and group titles are here because the navigation needs them before any article is read.
import type { Locale } from "@/lib/i18n/locales";

type L = Record<Locale, string>;

export interface TocGroup {
  title: L;
  /** article slugs inside the section, e.g. "sale" for /help/cashier/sale */
  articles: string[];
}

export interface TocSection {
  id: string;
  title: L;
  groups: TocGroup[];
}

export const HELP_TOC: TocSection[] = [
  {
    id: "cashier",
    title: { ru: "Кассир: «Касса 2.0»", kk: "Кассир: «Касса 2.0»", en: "Cashier: «Касса 2.0»" },
    groups: [
      {
        title: {
          ru: "Знакомство с интерфейсом",
          kk: "Интерфейспен танысу",
          en: "Getting to know the interface",
        },
        articles: ["overview", "login", "navigation"],
      },
      {
        title: { ru: "Работа с кассой", kk: "Кассамен жұмыс", en: "Working with the cashbox" },
        articles: ["sale", "sale-return", "purchase", "receipt-copy", "offline"],
      },
      {
        title: { ru: "Меню", kk: "Мәзір", en: "Menu" },
        articles: [
          "menu",
          "open-shift",
          "z-report",
          "x-report",
          "cancel-last",
          "cash-in-out",
          "info",
          "history",
          "settings",
        ],
      },
    ],
  },
  {
    id: "errors",
    title: { ru: "Ошибки", kk: "Қателер", en: "Errors" },
    groups: [
      {
        title: { ru: "Состояние кассы", kk: "Касса күйі", en: "Cashbox state" },
        articles: [
          "cashbox-blocked",
          "cashbox-server-blocked",
          "cashbox-offline-too-long",
          "cashbox-integrity",
          "cashbox-not-fiscalized",
          "cashbox-token-not-found",
          "registration-mismatch",
        ],
      },
      {
        title: { ru: "Смена и кассир", kk: "Ауысым және кассир", en: "Shift and cashier" },
        articles: [
          "shift-already-open",
          "shift-not-open",
          "shift-too-long",
          "cashier-session-invalid",
          "cashier-pin-invalid",
          "cashier-limit-exceeded",
        ],
      },
      {
        title: { ru: "Операции", kk: "Операциялар", en: "Operations" },
        articles: [
          "insufficient-cash",
          "card-exceeds-total",
          "operation-not-allowed",
          "receipt-not-found",
          "validation-failed",
          "sequence-gap",
          "not-processed",
          "offline-limit-exceeded",
          "idempotency-key-reused",
        ],
      },
      {
        title: { ru: "Связь и сервер", kk: "Байланыс және сервер", en: "Network and server" },
        articles: ["network", "too-many-attempts", "internal-error", "service-unavailable"],
      },
    ],
  },
  {
    id: "cabinet",
    title: { ru: "Личный кабинет", kk: "Жеке кабинет", en: "Cabinet" },
    groups: [
      {
        title: { ru: "Кассы", kk: "Кассалар", en: "Cashboxes" },
        articles: ["cashboxes", "renewal", "market"],
      },
      {
        title: { ru: "Товары и продажи", kk: "Тауарлар және сатулар", en: "Goods and sales" },
        articles: ["nomenclature", "weight-volume", "stock", "receipts", "reports", "analytics"],
      },
      {
        title: { ru: "Организация", kk: "Ұйым", en: "Organization" },
        articles: ["users", "partners", "password"],
      },
    ],
  },
  {
    id: "registration",
    title: { ru: "Регистрация кассы", kk: "Кассаны тіркеу", en: "Cashbox registration" },
    groups: [
      {
        title: { ru: "ФНС и КГД", kk: "ФСҚ және МКК", en: "Tax authority (ФНС, КГД)" },
        articles: ["wizard"],
      },
      {
        title: { ru: "ОФД Транстелеком", kk: "«Транстелеком» ОФД", en: "ОФД Транстелеком" },
        articles: ["transtelecom-1", "transtelecom-2", "transtelecom-3", "transtelecom-payment"],
      },
      {
        title: { ru: "ОФД Казахтелеком", kk: "«Қазақтелеком» ОФД", en: "ОФД Казахтелеком" },
        articles: ["kazakhtelecom-1", "kazakhtelecom-2", "kazakhtelecom-3", "kazakhtelecom-payment"],
      },
    ],
  },
  {
    id: "payment",
    title: { ru: "Оплата", kk: "Төлем", en: "Payment" },
    groups: [
      {
        title: { ru: "Оплата сервиса", kk: "Сервис төлемі", en: "Paying for the service" },
        articles: ["how-to-pay", "invoice"],
      },
    ],
  },
];

/** Every article path of the table of contents, "section/slug". */
export function tocArticlePaths(): string[] {
  return HELP_TOC.flatMap((s) => s.groups.flatMap((g) => g.articles.map((a) => `${s.id}/${a}`)));
}

export function tocSection(id: string): TocSection | undefined {
  return HELP_TOC.find((s) => s.id === id);
}
