// Inputs of «Настройки»: one zod schema per form; messages are i18n keys (field-level).
// Pure (zod + lib/validation only), so client components may import the option lists too.
import { z } from "zod";
import type { Country } from "@/lib/locale/country";
import { checkTaxId } from "@/lib/validation/tax-id";
import { isValidKzBik, isValidKzIik, isValidRuAccount, isValidRuBik } from "@/lib/validation/bank";

export const LEGAL_FORMS = { RU: ["ООО", "ИП", "АО"], KZ: ["ТОО", "ИП", "АО"] } as const satisfies Record<
  Country,
  readonly string[]
>;

/** Time zones offered per country (IANA ids); the label key is settings.tz.<key>. */
export const TIMEZONES = {
  RU: [
    { id: "Europe/Kaliningrad", key: "kaliningrad" },
    { id: "Europe/Moscow", key: "moscow" },
    { id: "Europe/Samara", key: "samara" },
    { id: "Asia/Yekaterinburg", key: "yekaterinburg" },
    { id: "Asia/Omsk", key: "omsk" },
    { id: "Asia/Novosibirsk", key: "novosibirsk" },
    { id: "Asia/Krasnoyarsk", key: "krasnoyarsk" },
    { id: "Asia/Irkutsk", key: "irkutsk" },
    { id: "Asia/Yakutsk", key: "yakutsk" },
    { id: "Asia/Vladivostok", key: "vladivostok" },
    { id: "Asia/Magadan", key: "magadan" },
    { id: "Asia/Kamchatka", key: "kamchatka" },
  ],
  KZ: [
    { id: "Asia/Almaty", key: "almaty" },
    { id: "Asia/Qostanay", key: "qostanay" },
    { id: "Asia/Qyzylorda", key: "qyzylorda" },
    { id: "Asia/Aqtobe", key: "aqtobe" },
    { id: "Asia/Aqtau", key: "aqtau" },
    { id: "Asia/Atyrau", key: "atyrau" },
    { id: "Asia/Oral", key: "oral" },
  ],
} as const satisfies Record<Country, readonly { id: string; key: string }[]>;

/** Roles a client organization's member can have (partner and platform roles live elsewhere). */
export const MEMBER_ROLES = ["OWNER", "ADMIN", "ACCOUNTANT", "CASHIER"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

const trimmed = (max: number) => z.string().trim().max(max, "v.tooLong");
const required = (max: number) => trimmed(max).min(1, "v.required");
/** Optional text: absent and blank both mean "". */
const optional = (max: number) => z.string().trim().max(max, "v.tooLong").optional().default("");
const upper = (max: number) => optional(max).transform((s) => s.replace(/\s+/g, "").toUpperCase());

/** Field-level message key of a tax id problem, per country and legal form. */
export function taxIdMessage(country: Country, legalForm: string, value: string): string | null {
  const problem = checkTaxId(country, legalForm, value);
  if (!problem) return null;
  if (problem === "format") return "v.taxIdFormat";
  if (problem === "length")
    return country === "KZ"
      ? "v.taxIdLengthKZ"
      : legalForm === "ИП"
        ? "v.taxIdLengthRU12"
        : "v.taxIdLengthRU10";
  return country === "KZ" ? "v.taxIdChecksumKZ" : "v.taxIdChecksumRU";
}

export const ZOrganizationProfileInput = z
  .object({
    /** echoed from the page; the use case refuses a country other than the organization's */
    country: z.enum(["RU", "KZ"]),
    name: required(200),
    legalForm: z.string(),
    taxId: z
      .string()
      .trim()
      .transform((s) => s.replace(/\s+/g, "")),
    kpp: upper(9),
    legalAddress: required(300),
    phone: optional(30),
    email: optional(200).transform((s) => s.toLowerCase()),
    bankName: optional(200),
    bankAccount: upper(34),
    bankCode: upper(11),
    timezone: z.string(),
  })
  .superRefine((v, issue) => {
    const add = (path: string, message: string) => issue.addIssue({ code: "custom", path: [path], message });
    const forms: readonly string[] = LEGAL_FORMS[v.country];
    if (!forms.includes(v.legalForm)) add("legalForm", "v.legalForm");
    if (!v.taxId) add("taxId", "v.required");
    else if (forms.includes(v.legalForm)) {
      const m = taxIdMessage(v.country, v.legalForm, v.taxId);
      if (m) add("taxId", m);
    }
    if (v.country === "RU" && v.legalForm !== "ИП") {
      if (!v.kpp) add("kpp", "v.required");
      else if (!/^\d{4}[\dA-Z]{2}\d{3}$/.test(v.kpp)) add("kpp", "v.kpp");
    }
    if (v.phone && !/^\+?[\d\s()-]{6,25}$/.test(v.phone)) add("phone", "settings.v.phone");
    if (v.email && !z.email().safeParse(v.email).success) add("email", "v.email");
    const tz: readonly string[] = TIMEZONES[v.country].map((z) => z.id);
    if (!tz.includes(v.timezone)) add("timezone", "v.timezone");
    // Bank requisites are optional as a whole; once any is given, the code and account must check out.
    const bankGiven = !!(v.bankName || v.bankAccount || v.bankCode);
    if (bankGiven) {
      if (!v.bankName) add("bankName", "v.required");
      if (v.country === "RU") {
        if (!isValidRuBik(v.bankCode)) add("bankCode", "settings.v.bikRU");
        if (!/^\d{20}$/.test(v.bankAccount)) add("bankAccount", "settings.v.accountRU");
        else if (isValidRuBik(v.bankCode) && !isValidRuAccount(v.bankAccount, v.bankCode))
          add("bankAccount", "settings.v.accountChecksumRU");
      } else {
        if (!isValidKzBik(v.bankCode)) add("bankCode", "settings.v.bikKZ");
        if (!isValidKzIik(v.bankAccount)) add("bankAccount", "settings.v.iik");
      }
    }
  })
  .transform((v) => ({ ...v, kpp: v.country === "RU" && v.legalForm !== "ИП" ? v.kpp : null }));
export type TOrganizationProfileInput = z.infer<typeof ZOrganizationProfileInput>;

const id = z.uuid("v.invalid");

export const ZTradePointInput = z.object({
  name: required(120),
  address: required(300),
});
export type TTradePointInput = z.infer<typeof ZTradePointInput>;
export const ZUpdateTradePointInput = ZTradePointInput.extend({ id });
export const ZTradePointIdInput = z.object({ id });

export const ZTradePointFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  archived: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TTradePointFilters = z.input<typeof ZTradePointFilters>;

export const ZInviteMemberInput = z.object({
  email: z.string().trim().toLowerCase().min(1, "v.required").max(200, "v.tooLong").pipe(z.email("v.email")),
  name: optional(120),
  role: z.enum(MEMBER_ROLES, "settings.v.role"),
});
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

export const ZChangeRoleInput = z.object({ id, role: z.enum(MEMBER_ROLES, "settings.v.role") });
export const ZMemberIdInput = z.object({ id });

/**
 * An amount typed in major units ("50000", "1 500,50", "1500.5") → minor units; blank → null
 * (no limit). Throws nothing: returns undefined when the text is not an amount.
 */
export function parseMajorAmount(text: string): bigint | null | undefined {
  const s = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (s === "") return null;
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? "").padEnd(2, "0"));
}

/** Minor units → "1500,50" / "50000" for an input field (no grouping, comma decimals). */
export function formatMajorAmount(minor: bigint | null): string {
  if (minor === null) return "";
  const whole = minor / 100n;
  const cents = minor % 100n;
  return cents === 0n ? whole.toString() : `${whole},${cents.toString().padStart(2, "0")}`;
}

export const ZCashierSettingsInput = z.object({
  id,
  /** blank keeps the current PIN */
  pin: z
    .string()
    .trim()
    .optional()
    .default("")
    .refine((p) => p === "" || /^\d{4,6}$/.test(p), "v.pin"),
  operationLimit: z
    .string()
    .optional()
    .default("")
    .transform((s, ctx) => {
      const v = parseMajorAmount(s);
      if (v === undefined) {
        ctx.addIssue({ code: "custom", message: "v.amount" });
        return z.NEVER;
      }
      return v;
    }),
});
export type TCashierSettingsInput = z.infer<typeof ZCashierSettingsInput>;

export const ZMemberFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TMemberFilters = z.input<typeof ZMemberFilters>;

export const PAGE_SIZE = 50;
