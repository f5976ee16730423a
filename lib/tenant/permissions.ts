// Who may do what: the one permission table of the cabinet (docs/product.md §1). Pure data.

export const ROLES = [
  "OWNER",
  "ADMIN",
  "ACCOUNTANT",
  "CASHIER",
  "PARTNER_MANAGER",
  "PLATFORM_ADMIN",
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "org.read",
  "org.update",
  "tradePoint.read",
  "tradePoint.manage",
  "user.read",
  "user.manage",
  /** assign or remove the OWNER role */
  "user.manageOwners",
  "audit.read",
  "cashbox.read",
  "cashbox.manage",
  "cashbox.block",
  "registration.sign",
  "reports.read",
  /** «Аналитика»: the sales dashboard (read-only for everyone who has it) */
  "analytics.read",
  /** «Чеки»: search, the printed form, «Дубликат» and «Отправить» (a copy by e-mail changes no data) */
  "receipts.read",
  "nomenclature.read",
  "nomenclature.manage",
  /** «Товарный учёт»: balances, movements, stock documents and the movement report */
  "stock.read",
  /** create and post stock documents, reverse posted ones, the per-item stock switch and minimum */
  "stock.manage",
  /** «Маркет» orders and invoices, «Мои коды»: read-only (ACCOUNTANT pays invoices) */
  "market.read",
  "market.buy",
  /** redeem an activation code for one of the organization's cashboxes («Продлить») */
  "cashbox.renew",
  "partner.link",
  "partner.cabinet",
  "platform.admin",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ownerAll: Permission[] = PERMISSIONS.filter((p) => p !== "partner.cabinet" && p !== "platform.admin");

export const rolePermissions = {
  OWNER: ownerAll,
  ADMIN: ownerAll.filter((p) => p !== "user.manageOwners"),
  ACCOUNTANT: [
    "org.read",
    "tradePoint.read",
    "cashbox.read",
    "reports.read",
    "receipts.read",
    "analytics.read",
    "nomenclature.read",
    "stock.read",
    "market.read",
  ],
  CASHIER: [],
  PARTNER_MANAGER: ["partner.cabinet"],
  PLATFORM_ADMIN: ["platform.admin", "audit.read", "org.read"],
} satisfies Record<Role, Permission[]>;

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(rolePermissions[role]);
}
