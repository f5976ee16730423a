// The route manifest walked by tests/security/cross-tenant.spec.ts: every page and API route of the
// cabinet, the permission it needs, and which of its path parameters are tenant object ids.
// Add every route you create. ":param" placeholders are filled from OBJECT_KINDS below.
import type { Permission } from "@/lib/tenant/permissions";

export interface RouteSpec {
  path: string;
  kind: "page" | "api";
  method?: "GET";
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
} as const;
export type ObjectKind = keyof typeof OBJECT_KINDS;

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
  { path: "/admin/catalog", kind: "page", permission: "platform.admin" },
  { path: "/admin/codes", kind: "page", permission: "platform.admin" },
  {
    path: "/admin/codes?owner=%D0%9F%D0%B0%D1%80%D1%82%D0%BD%D1%91%D1%80&page=2",
    kind: "page",
    permission: "platform.admin",
  },
  { path: "/admin/orders", kind: "page", permission: "platform.admin" },
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
  { path: "/api/cabinet/reports/x", kind: "api", method: "GET", permission: "reports.read" },
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
  // Not walked: «Касса 2.0» /pos (issue 10) is a public static shell without a cabinet session by
  // design; it reads nothing on the server itself and talks only to /api/device/v1, whose token and
  // cashier-session checks tests/integration/device-api.test.ts covers (tests/e2e/pos.spec.ts walks /pos).
];
