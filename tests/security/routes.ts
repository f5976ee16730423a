// The route manifest walked by tests/security/cross-tenant.spec.ts: every page and API route of the
// cabinet, the permission it needs, and which of its path parameters are tenant object ids.
// Add every route you create. ":param" placeholders are filled from OBJECT_KINDS below.
import { IMPORT_FIELDS } from "@/lib/nomenclature/import/fields";
import type { Permission } from "@/lib/tenant/permissions";

export interface RouteSpec {
  path: string;
  kind: "page" | "api";
  /**
   * POST routes are walked only where nothing can change: as a role without the permission (own
   * ids) and with a foreign organization's ids; never as a permitted role on its own objects.
   */
  method?: "GET" | "POST";
  /** the app route this literal path exercises, when it differs (e.g. "/api/cabinet/reports/:report") */
  route?: string;
  /** a valid JSON body for a POST route, so the walk reaches the object look-up */
  body?: unknown;
  /** null: any signed-in member of an organization */
  permission: Permission | null;
  /** placeholder name → object kind (a key of OBJECT_KINDS) */
  params?: Record<string, ObjectKind>;
}

/**
 * SQL that returns one id of the kind inside organization $1. The walk fills placeholders with an
 * id of the signed-in user's own organization (expects 200 when permitted) and of a foreign one
 * (expects 404 always).
 */
export const OBJECT_KINDS = {
  tradePoint: `SELECT id::text FROM "TradePoint" WHERE "organizationId" = $1 LIMIT 1`,
  member: `SELECT id::text FROM "Membership" WHERE "organizationId" = $1 AND role = 'CASHIER' LIMIT 1`,
  cashbox: `SELECT id::text FROM "Cashbox" WHERE "organizationId" = $1 LIMIT 1`,
  // a case and one of its documents: both queries pick the same (first) document row
  caseWithDocument: `SELECT d."caseId"::text AS id FROM "CaseDocument" d WHERE d."organizationId" = $1 ORDER BY d."createdAt", d.id LIMIT 1`,
  caseDocument: `SELECT d.id::text AS id FROM "CaseDocument" d WHERE d."organizationId" = $1 ORDER BY d."createdAt", d.id LIMIT 1`,
  importJob: `SELECT id::text FROM "ImportJob" WHERE "organizationId" = $1 ORDER BY "createdAt", id LIMIT 1`,
  order: `SELECT id::text FROM "Order" WHERE "organizationId" = $1 ORDER BY "createdAt", id LIMIT 1`,
  invoiceOrder: `SELECT id::text FROM "Order" WHERE "organizationId" = $1 AND "invoiceNumber" IS NOT NULL ORDER BY "createdAt", id LIMIT 1`,
  // A client organization as the partner cabinet addresses it (?client=). For a partner $1: one of
  // its linked clients (expected 200). For any other $1 (the walk's foreign organization is itself
  // linked to the demo partner, so it cannot serve): a client that linked no partner at all, which
  // every partner must get a 404 for.
  partnerClient: `SELECT id FROM (
      SELECT pl."organizationId"::text AS id, 0 AS k FROM "PartnerLink" pl WHERE pl."partnerOrganizationId" = $1
      UNION ALL
      SELECT o.id::text, 1 FROM "Organization" o
       WHERE o.kind = 'CLIENT' AND NOT EXISTS (SELECT 1 FROM "PartnerLink" pl WHERE pl."organizationId" = o.id)
    ) x ORDER BY k, id LIMIT 1`,
  // a sale (a receipt of «Чеки»); ИП Сапарова А.'s come from prisma/seed/demo-check-receipts.ts
  receipt: `SELECT id::text FROM "FiscalDocument" WHERE "organizationId" = $1 AND type = 'SALE' ORDER BY "createdAt", id LIMIT 1`,
  // «Товарный учёт»: a posted stock document and a stock-tracked item (prisma/seed/demo-stock.ts)
  stockDocument: `SELECT id::text FROM "StockDocument" WHERE "organizationId" = $1 ORDER BY number LIMIT 1`,
  stockItem: `SELECT id::text FROM "NomenclatureItem" WHERE "organizationId" = $1 AND "tracksStock" ORDER BY name, id LIMIT 1`,
} as const;
export type ObjectKind = keyof typeof OBJECT_KINDS;

/** A valid column mapping (name in column 0, price in column 1) for the import routes' bodies. */
const IMPORT_MAPPING = Object.fromEntries(
  IMPORT_FIELDS.map((f) => [f, f === "name" ? 0 : f === "price" ? 1 : null]),
);

export const ROUTES: RouteSpec[] = [
  { path: "/profile", kind: "page", permission: null },
  { path: "/cashboxes", kind: "page", permission: "cashbox.read" },
  { path: "/analytics", kind: "page", permission: "analytics.read" },
  // the filters and period are URL state; a foreign or malformed id just selects nothing
  {
    path: "/analytics?period=custom&from=2026-01-01&to=2026-01-31&tp=00000000-0000-0000-0000-000000000000",
    kind: "page",
    permission: "analytics.read",
  },
  {
    path: "/analytics?period=nonsense&from=x&to=y&cb=not-a-uuid",
    kind: "page",
    permission: "analytics.read",
  },
  // every list state is in the URL; a foreign or malformed trade point id just finds nothing
  {
    path: "/cashboxes?q=12&status=EXPIRING,UNPAID&state=BLOCKED&tp=00000000-0000-0000-0000-000000000000&sort=status&dir=desc&page=3",
    kind: "page",
    permission: "cashbox.read",
  },
  // the third-party ОФД period's badges as filters (issue 20.1)
  {
    path: "/cashboxes?status=OFD_UNPAID,OFD_EXPIRING&sort=paidUntil",
    kind: "page",
    permission: "cashbox.read",
  },
  {
    path: "/cashboxes?sort=nonsense&dir=sideways&page=-1&tp=not-a-uuid",
    kind: "page",
    permission: "cashbox.read",
  },
  {
    path: "/api/cabinet/cashboxes/trade-point-options?q=%D0%9C",
    kind: "api",
    method: "GET",
    permission: "cashbox.read",
  },
  { path: "/settings", kind: "page", permission: "org.read" },
  { path: "/settings/trade-points", kind: "page", permission: "tradePoint.read" },
  { path: "/settings/trade-points?archived=1", kind: "page", permission: "tradePoint.read" },
  { path: "/settings/trade-points/new", kind: "page", permission: "tradePoint.manage" },
  {
    path: "/settings/trade-points/:tradePointId",
    kind: "page",
    permission: "tradePoint.read",
    params: { tradePointId: "tradePoint" },
  },
  { path: "/settings/users", kind: "page", permission: "user.read" },
  { path: "/settings/users/invite", kind: "page", permission: "user.manage" },
  {
    path: "/settings/users/:memberId",
    kind: "page",
    permission: "user.read",
    params: { memberId: "member" },
  },
  { path: "/journal", kind: "page", permission: "audit.read" },
  { path: "/journal?type=tradePoint&from=2020-01-01&page=2", kind: "page", permission: "audit.read" },
  // «Карточка кассы» (every tab that loads data), «Добавить кассу», a case document, the operator's search
  { path: "/cashboxes/new", kind: "page", permission: "cashbox.manage" },
  {
    path: "/cashboxes/:cashboxId",
    kind: "page",
    permission: "cashbox.read",
    params: { cashboxId: "cashbox" },
  },
  // registration wizard (issue 5)
  {
    path: "/cashboxes/:cashboxId/registration",
    kind: "page",
    permission: "registration.sign",
    params: { cashboxId: "cashbox" },
  },
  { path: "/certificates", kind: "page", permission: "registration.sign" },
  {
    path: "/cashboxes/:cashboxId?tab=drives",
    kind: "page",
    permission: "cashbox.read",
    params: { cashboxId: "cashbox" },
  },
  {
    path: "/cashboxes/:cashboxId?tab=documents",
    kind: "page",
    permission: "cashbox.read",
    params: { cashboxId: "cashbox" },
  },
  // «Смены» / «Чеки» (device API data; junk page numbers fall back to the first page). The device API
  // itself (/api/device/v1/*) is not a cabinet route: it authenticates by cashbox token, and
  // tests/integration/device-api.test.ts proves one cashbox's token never reads another's documents.
  {
    path: "/cashboxes/:cashboxId?tab=shifts&page=2",
    kind: "page",
    permission: "cashbox.read",
    params: { cashboxId: "cashbox" },
  },
  {
    path: "/cashboxes/:cashboxId?tab=receipts&page=-3",
    kind: "page",
    permission: "cashbox.read",
    params: { cashboxId: "cashbox" },
  },
  {
    path: "/api/cabinet/cases/:caseId/documents/:documentId",
    kind: "api",
    method: "GET",
    permission: "cashbox.read",
    params: { caseId: "caseWithDocument", documentId: "caseDocument" },
  },
  { path: "/admin/cashboxes", kind: "page", permission: "platform.admin" },
  { path: "/admin/cashboxes?q=010203040599", kind: "page", permission: "platform.admin" },
  // «Номенклатура»: the table (state in the URL, junk falls back to defaults), «Загрузить из Excel»
  // (upload page, the wizard of one import, its status and error report), template and export.
  { path: "/nomenclature", kind: "page", permission: "nomenclature.read" },
  {
    path: "/nomenclature?q=%D0%BC%D0%BE%D0%BB&status=all&section=%D0%91%D0%B0%D0%BA%D0%B0%D0%BB%D0%B5%D1%8F&sort=-price&page=2",
    kind: "page",
    permission: "nomenclature.read",
  },
  {
    path: "/nomenclature?status=nonsense&sort=sideways&page=-1&pageSize=100000",
    kind: "page",
    permission: "nomenclature.read",
  },
  { path: "/nomenclature/import", kind: "page", permission: "nomenclature.manage" },
  { path: "/stock", kind: "page", permission: "stock.read" },
  {
    path: "/stock?tp=:tp&q=%D1%81%D1%8B%D1%80&filter=low&sort=-value&page=2",
    route: "/stock",
    kind: "page",
    permission: "stock.read",
    params: { tp: "tradePoint" },
  },
  {
    path: "/stock?filter=nonsense&sort=sideways&page=-1&pageSize=100000",
    route: "/stock",
    kind: "page",
    permission: "stock.read",
  },
  { path: "/stock/items/:itemId", kind: "page", permission: "stock.read", params: { itemId: "stockItem" } },
  { path: "/stock/documents", kind: "page", permission: "stock.read" },
  {
    path: "/stock/documents?type=COUNT&page=2",
    route: "/stock/documents",
    kind: "page",
    permission: "stock.read",
  },
  {
    path: "/stock/documents/:documentId",
    kind: "page",
    permission: "stock.read",
    params: { documentId: "stockDocument" },
  },
  { path: "/stock/report", kind: "page", permission: "stock.read" },
  {
    path: "/stock/report?from=2026-01-01&to=2026-12-31&tp=:tp",
    route: "/stock/report",
    kind: "page",
    permission: "stock.read",
    params: { tp: "tradePoint" },
  },
  { path: "/stock/unmatched", kind: "page", permission: "stock.read" },
  {
    path: "/api/cabinet/stock/items?q=4600",
    route: "/api/cabinet/stock/items",
    kind: "api",
    method: "GET",
    permission: "stock.manage",
  },
  { path: "/api/cabinet/stock/report", kind: "api", method: "GET", permission: "stock.read" },
  {
    path: "/api/cabinet/stock/report?tp=:tp",
    route: "/api/cabinet/stock/report",
    kind: "api",
    method: "GET",
    permission: "stock.read",
    params: { tp: "tradePoint" },
  },
  {
    path: "/api/cabinet/stock/documents/:documentId/import",
    kind: "api",
    method: "POST",
    permission: "stock.manage",
    params: { documentId: "stockDocument" },
  },
  {
    path: "/nomenclature/import/:importJobId",
    kind: "page",
    permission: "nomenclature.manage",
    params: { importJobId: "importJob" },
  },
  {
    path: "/api/cabinet/nomenclature/template",
    kind: "api",
    method: "GET",
    permission: "nomenclature.manage",
  },
  { path: "/api/cabinet/nomenclature/export", kind: "api", method: "GET", permission: "nomenclature.read" },
  {
    path: "/api/cabinet/nomenclature/export?q=4600&status=archived&section=x",
    kind: "api",
    method: "GET",
    permission: "nomenclature.read",
  },
  {
    path: "/api/cabinet/nomenclature/imports/:importJobId",
    kind: "api",
    method: "GET",
    permission: "nomenclature.manage",
    params: { importJobId: "importJob" },
  },
  {
    path: "/api/cabinet/nomenclature/imports/:importJobId/errors",
    kind: "api",
    method: "GET",
    permission: "nomenclature.manage",
    params: { importJobId: "importJob" },
  },
  // «Маркет», «Мои коды», the invoice, the test provider's page, «Партнёрам», «Настройки → Партнёр»,
  // the operator's catalog/codes/orders (issue 9). Not walked (POST only): /api/cabinet/codes/redeem,
  // /api/partner/renew, /api/payments/callback/[provider] (signature-authenticated, no session).
  // Not a cabinet page: /test-provider/pay, the built-in test acquirer's public payment page (its
  // only state is the HMAC-signed session in the link; a forged one shows «Ссылка недействительна»).
  { path: "/market", kind: "page", permission: "market.read" },
  { path: "/market/cart", kind: "page", permission: "market.buy" },
  { path: "/market/orders", kind: "page", permission: "market.read" },
  { path: "/market/orders?status=PAID&page=2", kind: "page", permission: "market.read" },
  { path: "/market/orders?status=nonsense&page=-4", kind: "page", permission: "market.read" },
  { path: "/market/orders/:orderId", kind: "page", permission: "market.read", params: { orderId: "order" } },
  {
    path: "/market/orders/:orderId?payment=1",
    kind: "page",
    permission: "market.read",
    params: { orderId: "order" },
  },
  { path: "/invoice/:orderId", kind: "page", permission: "market.read", params: { orderId: "invoiceOrder" } },
  { path: "/codes", kind: "page", permission: "market.read" },
  { path: "/codes?status=REDEEMED&page=2", kind: "page", permission: "market.read" },
  { path: "/api/cabinet/codes/renew-options", kind: "api", method: "GET", permission: "cashbox.renew" },
  { path: "/api/cabinet/codes/cashboxes?q=%D0%9A", kind: "api", method: "GET", permission: "cashbox.renew" },
  { path: "/partner", kind: "page", permission: "partner.cabinet" },
  {
    path: "/partner?status=AVAILABLE&batchId=not-a-uuid&page=3",
    kind: "page",
    permission: "partner.cabinet",
  },
  { path: "/partner/clients", kind: "page", permission: "partner.cabinet" },
  {
    path: "/partner/clients?client=:clientId",
    kind: "page",
    permission: "partner.cabinet",
    params: { clientId: "partnerClient" },
  },
  { path: "/partner/history", kind: "page", permission: "partner.cabinet" },
  { path: "/api/partner/codes/available", kind: "api", method: "GET", permission: "partner.cabinet" },
  { path: "/settings/partner", kind: "page", permission: "org.read" },
  { path: "/settings/notifications", kind: "page", permission: "org.read" },
  { path: "/partners", kind: "page", permission: "org.read" },
  {
    path: "/partners?country=KZ&q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B",
    kind: "page",
    permission: "org.read",
  },
  { path: "/partner/profile", kind: "page", permission: "partner.cabinet" },
  { path: "/admin/catalog", kind: "page", permission: "platform.admin" },
  { path: "/admin/codes", kind: "page", permission: "platform.admin" },
  {
    path: "/admin/codes?owner=%D0%9F%D0%B0%D1%80%D1%82%D0%BD%D1%91%D1%80&page=2",
    kind: "page",
    permission: "platform.admin",
  },
  { path: "/admin/orders", kind: "page", permission: "platform.admin" },
  { path: "/admin/vat-rates", kind: "page", permission: "platform.admin" },
  { path: "/admin/orders?status=AWAITING_PAYMENT", kind: "page", permission: "platform.admin" },
  // «Чеки» (issue 8): the search (state in the URL; junk and foreign ids just find nothing) and one
  // receipt. Not walked: the public check page /check and /consumer (no sign-in by design; a
  // mismatching link answers «Чек не найден» whoever asks — tests/integration/receipts-reports.test.ts).
  { path: "/receipts", kind: "page", permission: "receipts.read" },
  {
    path: "/receipts?number=1&from=2026-01-01&to=2026-12-31&min=1&max=99999.5&cashbox=00000000-0000-0000-0000-000000000000&pay=mixed&type=sale_return&item=%D0%BA%D0%BE%D1%84%D0%B5&page=2",
    kind: "page",
    permission: "receipts.read",
  },
  {
    path: "/receipts?number=abc&from=x&to=2026-02-31&min=-1&pay=nonsense&type=z&page=-3",
    kind: "page",
    permission: "receipts.read",
  },
  {
    path: "/receipts/:receiptId",
    kind: "page",
    permission: "receipts.read",
    params: { receiptId: "receipt" },
  },
  // «Чеки» → «Выгрузить в Excel»: the search as .xlsx (a period is required: without one the route
  // answers 400, tests/integration/receipts-export.test.ts); a foreign cashbox id gives an empty file
  {
    path: "/api/cabinet/receipts/export?from=2026-01-01&to=2026-01-31",
    kind: "api",
    method: "GET",
    permission: "receipts.read",
  },
  {
    path: "/api/cabinet/receipts/export?from=2026-01-01&to=2026-01-31&cashbox=00000000-0000-0000-0000-000000000000&pay=cash&type=sale&min=1&max=99999.5&item=%D0%BA%D0%BE%D1%84%D0%B5&number=1",
    kind: "api",
    method: "GET",
    permission: "receipts.read",
  },
  {
    path: "/api/cabinet/receipts/export?from=2026-01-01&to=2026-01-31&check=1",
    kind: "api",
    method: "GET",
    permission: "receipts.read",
  },
  // «Отчёты»: every report on the page and as .xlsx; junk parameters fall back to defaults
  { path: "/reports", kind: "page", permission: "reports.read" },
  { path: "/reports?report=z&from=2026-01-01&to=2026-12-31", kind: "page", permission: "reports.read" },
  {
    path: "/reports?report=goods&from=2026-01-01&to=2026-12-31&tp=00000000-0000-0000-0000-000000000000",
    kind: "page",
    permission: "reports.read",
  },
  { path: "/reports?report=cash&from=2026-12-31&to=2026-01-01", kind: "page", permission: "reports.read" },
  {
    path: "/reports?report=cashiers&cashbox=not-a-uuid&from=2026-02-30",
    kind: "page",
    permission: "reports.read",
  },
  {
    path: "/api/cabinet/reports/x",
    route: "/api/cabinet/reports/:report",
    kind: "api",
    method: "GET",
    permission: "reports.read",
  },
  {
    path: "/api/cabinet/reports/z?from=2026-01-01&to=2026-12-31",
    kind: "api",
    method: "GET",
    permission: "reports.read",
  },
  {
    path: "/api/cabinet/reports/goods?from=2026-01-01",
    kind: "api",
    method: "GET",
    permission: "reports.read",
  },
  {
    path: "/api/cabinet/reports/cash?tp=00000000-0000-0000-0000-000000000000",
    kind: "api",
    method: "GET",
    permission: "reports.read",
  },
  {
    path: "/api/cabinet/reports/cashiers?cashbox=00000000-0000-0000-0000-000000000000",
    kind: "api",
    method: "GET",
    permission: "reports.read",
  },
  // State-changing cabinet routes (POST): refused to roles without the permission; a foreign
  // import job is a 404 (issue 19.7).
  { path: "/api/cabinet/codes/redeem", kind: "api", method: "POST", permission: "cashbox.renew" },
  { path: "/api/partner/renew", kind: "api", method: "POST", permission: "partner.cabinet" },
  {
    path: "/api/cabinet/nomenclature/imports",
    kind: "api",
    method: "POST",
    permission: "nomenclature.manage",
  },
  {
    path: "/api/cabinet/nomenclature/imports/:importJobId/preview",
    kind: "api",
    method: "POST",
    body: { mapping: IMPORT_MAPPING },
    permission: "nomenclature.manage",
    params: { importJobId: "importJob" },
  },
  {
    path: "/api/cabinet/nomenclature/imports/:importJobId/start",
    kind: "api",
    method: "POST",
    body: { mapping: IMPORT_MAPPING },
    permission: "nomenclature.manage",
    params: { importJobId: "importJob" },
  },
  // Not walked: «Касса 2.0» /pos (issue 10) is a public static shell without a cabinet session by
  // design; it reads nothing on the server itself and talks only to /api/device/v1, whose token and
  // cashier-session checks tests/integration/device-api.test.ts covers (tests/e2e/pos.spec.ts walks /pos).
];

// ---- Coverage by construction (issue 19.7) -----------------------------------------------------
// Every app/**/page.tsx and route.ts must be walked (a ROUTES entry with the same path, whatever its
// query) or listed here with the reason it is not; every exported server action must be in ACTIONS.
// tests/security/cross-tenant.spec.ts fails on anything new that is neither.

/** Routes the walk does not visit with a cabinet session, and why. */
export const UNWALKED_ROUTES: Record<string, string> = {
  "/": "redirects a signed-in user to their first section, no data",
  "/login": "public sign-in page (tests/e2e/auth.spec.ts, tests/e2e/security.spec.ts)",
  "/forgot-password": "public (tests/e2e/auth.spec.ts)",
  "/reset-password/:token":
    "public; the one-time token is the only credential (tests/integration/security.test.ts)",
  "/no-organization": "a signed-in user without memberships; shows no tenant data",
  "/check": "public receipt check by design (tests/integration/receipts-reports.test.ts)",
  "/consumer": "public consumer page by design",
  "/pos": "«Касса 2.0»: a static shell that talks only to /api/device/v1 (tests/e2e/pos.spec.ts)",
  "/dev/outbox": "demo only, loopback only (tests/integration/security.test.ts, tests/e2e/security.spec.ts)",
  "/test-provider/pay": "the demo acquirer's public page; its state is an HMAC-signed link",
  "/workplace": "the cashier's start page: a link to /pos and the user's own name, no tenant data",
  "/help": "public help centre: articles from content/help, no tenant data (tests/e2e/help.spec.ts)",
  "/help/:slug*": "public help articles (tests/e2e/help.spec.ts, lib/help/help.test.ts)",
  "/icon.svg": "static",
  "/favicon.ico": "static",
  "/api/auth/:nextauth*": "Auth.js endpoints (sign-out, csrf, session)",
  "/api/device/v1/*":
    "device API: cashbox token + cashier session (tests/integration/device-api.test.ts; GET /receipts lists the calling cashbox's documents only: tests/integration/device-receipts.test.ts)",
  "/api/payments/callback/:provider": "provider signature, no session (tests/integration/security.test.ts)",
};

export interface ActionSpec {
  /** the file that exports it, from the repository root */
  file: string;
  name: string;
  /** the permission the action checks first; "session" = any signed-in user; "public" = no session */
  permission: Permission | "session" | "public";
  /**
   * Form fields that name tenant objects (placeholder → object kind): the walk also calls the
   * action as a permitted role with a foreign organization's ids and expects NOT_FOUND.
   */
  foreign?: Record<string, ObjectKind>;
  /** extra form fields the schema needs to get to the object look-up */
  extra?: Record<string, string>;
  /** how the action takes its input: a form (useActionState) or one plain object */
  input?: "form" | "object";
}

const CARD = "app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/actions.ts";
export const ACTIONS: ActionSpec[] = [
  { file: "app/(admin)/admin/cashboxes/actions.ts", name: "serverBlockAction", permission: "platform.admin" },
  {
    file: "app/(admin)/admin/cashboxes/actions.ts",
    name: "clearServerBlockAction",
    permission: "platform.admin",
  },
  {
    file: "app/(admin)/admin/cashboxes/actions.ts",
    name: "clearIntegrityAction",
    permission: "platform.admin",
  },
  { file: "app/(admin)/admin/catalog/actions.ts", name: "saveProductAction", permission: "platform.admin" },
  { file: "app/(admin)/admin/codes/actions.ts", name: "mintBatchAction", permission: "platform.admin" },
  { file: "app/(admin)/admin/codes/actions.ts", name: "revokeCodeAction", permission: "platform.admin" },
  { file: "app/(admin)/admin/orders/actions.ts", name: "confirmInvoiceAction", permission: "platform.admin" },
  { file: "app/(admin)/admin/vat-rates/actions.ts", name: "addVatRateAction", permission: "platform.admin" },
  { file: "app/(cabinet)/partners/actions.ts", name: "linkFromDirectoryAction", permission: "partner.link" },
  {
    file: "app/(partner)/partner/actions.ts",
    name: "saveDirectoryCardAction",
    permission: "partner.cabinet",
  },
  { file: "app/(admin)/admin/vat-rates/actions.ts", name: "endVatRateAction", permission: "platform.admin" },
  {
    file: "app/(admin)/admin/vat-rates/actions.ts",
    name: "deleteVatRateAction",
    permission: "platform.admin",
  },
  { file: "app/(admin)/admin/orders/actions.ts", name: "markShippedAction", permission: "platform.admin" },
  { file: "app/(auth)/forgot-password/actions.ts", name: "requestResetAction", permission: "public" },
  { file: "app/(auth)/login/actions.ts", name: "signInAction", permission: "public" },
  { file: "app/(auth)/reset-password/[token]/actions.ts", name: "resetPasswordAction", permission: "public" },
  { file: CARD, name: "updateSettingsAction", permission: "cashbox.manage" },
  { file: CARD, name: "reissueTokenAction", permission: "cashbox.manage", foreign: { cashboxId: "cashbox" } },
  { file: CARD, name: "blockAction", permission: "cashbox.block" },
  { file: CARD, name: "unblockAction", permission: "cashbox.block" },
  { file: CARD, name: "replaceDriveAction", permission: "cashbox.manage" },
  { file: CARD, name: "deregisterAction", permission: "cashbox.manage" },
  { file: CARD, name: "changeOfdAction", permission: "cashbox.manage" },
  { file: CARD, name: "updateOfdPaidUntilAction", permission: "cashbox.renew" },
  { file: CARD, name: "requestReregistrationAction", permission: "cashbox.manage" },
  {
    file: "app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/registration/actions.ts",
    name: "submitApplicationAction",
    permission: "registration.sign",
    input: "object",
  },
  {
    file: "app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/registration/actions.ts",
    name: "activateOfdAction",
    permission: "registration.sign",
  },
  {
    file: "app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/registration/actions.ts",
    name: "answerOfdCaseAction",
    permission: "registration.sign",
  },
  {
    file: "app/(cabinet)/(cashbox-card)/cashboxes/new/actions.ts",
    name: "createCashboxAction",
    permission: "cashbox.manage",
  },
  { file: "app/(cabinet)/codes/actions.ts", name: "redeemCodeAction", permission: "cashbox.renew" },
  { file: "app/(cabinet)/codes/actions.ts", name: "partnerRenewAction", permission: "partner.cabinet" },
  { file: "app/(cabinet)/market/actions.ts", name: "changeCartAction", permission: "market.buy" },
  { file: "app/(cabinet)/market/actions.ts", name: "placeOrderAction", permission: "market.buy" },
  {
    file: "app/(cabinet)/market/actions.ts",
    name: "payOrderAction",
    permission: "market.buy",
    foreign: { orderId: "order" },
  },
  {
    file: "app/(cabinet)/market/actions.ts",
    name: "cancelOrderAction",
    permission: "market.buy",
    foreign: { orderId: "order" },
  },
  {
    file: "app/(cabinet)/nomenclature/actions.ts",
    name: "createItemAction",
    permission: "nomenclature.manage",
  },
  {
    file: "app/(cabinet)/nomenclature/actions.ts",
    name: "updateItemAction",
    permission: "nomenclature.manage",
  },
  {
    file: "app/(cabinet)/nomenclature/actions.ts",
    name: "setArchivedAction",
    permission: "nomenclature.manage",
  },
  { file: "app/(cabinet)/notification-actions.ts", name: "markAllNotificationsRead", permission: "session" },
  { file: "app/(cabinet)/stock/actions.ts", name: "trackAllAction", permission: "stock.manage" },
  {
    file: "app/(cabinet)/stock/actions.ts",
    name: "itemStockSettingsAction",
    permission: "stock.manage",
    foreign: { itemId: "stockItem" },
  },
  {
    file: "app/(cabinet)/stock/actions.ts",
    name: "createStockDocumentAction",
    permission: "stock.manage",
    foreign: { tradePointId: "tradePoint" },
    extra: { type: "RECEIPT" },
  },
  {
    file: "app/(cabinet)/stock/actions.ts",
    name: "saveStockLinesAction",
    permission: "stock.manage",
    foreign: { documentId: "stockDocument" },
    extra: { lines: "[]" },
  },
  {
    file: "app/(cabinet)/stock/actions.ts",
    name: "postStockDocumentAction",
    permission: "stock.manage",
    foreign: { id: "stockDocument" },
  },
  {
    file: "app/(cabinet)/stock/actions.ts",
    name: "reverseStockDocumentAction",
    permission: "stock.manage",
    foreign: { id: "stockDocument" },
  },
  { file: "app/(cabinet)/profile/actions.ts", name: "changePasswordAction", permission: "session" },
  {
    file: "app/(cabinet)/receipts/[receiptId]/actions.ts",
    name: "sendReceiptAction",
    permission: "receipts.read",
  },
  {
    file: "app/(cabinet)/receipts/[receiptId]/actions.ts",
    name: "duplicateReceiptAction",
    permission: "receipts.read",
    foreign: { receiptId: "receipt" },
  },
  { file: "app/(cabinet)/settings/actions.ts", name: "updateProfileAction", permission: "org.update" },
  {
    file: "app/(cabinet)/settings/notifications/actions.ts",
    name: "updateNotificationPreferencesAction",
    permission: "org.read",
  },
  {
    file: "app/(cabinet)/settings/partner/actions.ts",
    name: "linkPartnerAction",
    permission: "partner.link",
  },
  {
    file: "app/(cabinet)/settings/partner/actions.ts",
    name: "unlinkPartnerAction",
    permission: "partner.link",
  },
  {
    file: "app/(cabinet)/settings/trade-points/actions.ts",
    name: "createTradePointAction",
    permission: "tradePoint.manage",
  },
  {
    file: "app/(cabinet)/settings/trade-points/actions.ts",
    name: "updateTradePointAction",
    permission: "tradePoint.manage",
  },
  {
    file: "app/(cabinet)/settings/trade-points/actions.ts",
    name: "archiveTradePointAction",
    permission: "tradePoint.manage",
  },
  {
    file: "app/(cabinet)/settings/trade-points/actions.ts",
    name: "restoreTradePointAction",
    permission: "tradePoint.manage",
  },
  { file: "app/(cabinet)/settings/users/actions.ts", name: "inviteMemberAction", permission: "user.manage" },
  { file: "app/(cabinet)/settings/users/actions.ts", name: "changeRoleAction", permission: "user.manage" },
  {
    file: "app/(cabinet)/settings/users/actions.ts",
    name: "cashierSettingsAction",
    permission: "user.manage",
  },
  { file: "app/(cabinet)/settings/users/actions.ts", name: "removeMemberAction", permission: "user.manage" },
  { file: "app/(partner)/partner/actions.ts", name: "handCodeAction", permission: "partner.cabinet" },
  { file: "app/test-provider/pay/actions.ts", name: "payWithTestCard", permission: "public" },
  { file: "lib/http/session-actions.ts", name: "setLocaleAction", permission: "session" },
  { file: "lib/http/session-actions.ts", name: "switchOrganizationAction", permission: "session" },
];

/** "app/(cabinet)/settings/users/[memberId]/page.tsx" → "/settings/users/:memberId" */
export function routePathOf(file: string): string {
  const segs = file
    .replace(/^app\//, "")
    .split("/")
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, ":$1*").replace(/^\[(\w+)\]$/, ":$1"));
  return `/${segs.join("/")}`;
}

/** Normalizes a route pattern for comparison: any ":name" → ":", the query dropped. */
export function routeKey(path: string): string {
  return path.split("?")[0].replace(/:\w+\*?/g, ":");
}
