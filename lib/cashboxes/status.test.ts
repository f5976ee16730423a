import { describe, expect, it } from "vitest";
import messages from "@/lib/i18n/messages/cashboxes";
import {
  EXPIRING_WITHIN_DAYS,
  OPERATIONAL_STATES,
  PRIMARY_BADGES,
  REGISTRATION_STATUSES,
  addDays,
  cashboxStatus,
  daysBetween,
  fiscalDriveExpiry,
  paymentBadge,
  paymentStatus,
  type OperationalState,
  type PrimaryBadgeKind,
  type RegistrationStatus,
} from "./status";
import type { Country } from "@/lib/locale/country";
import { localDate } from "@/lib/locale/zone";

const NOW = new Date("2026-03-10T12:00:00Z"); // midday everywhere from UTC-11 to UTC+11
const MOSCOW = "Europe/Moscow";
const TODAY = "2026-03-10";

/** Every payment bucket edge: never paid, long past, yesterday, today (0 days), tomorrow, 29, 30, 31 days, a year. */
const OFFSETS: (number | null)[] = [null, -400, -1, 0, 1, 29, 30, 31, 365];

function expectedPayment(status: RegistrationStatus, offset: number | null) {
  if (status !== "REGISTERED") return "NONE";
  if (offset === null || offset < 0) return "UNPAID";
  if (offset <= 30) return "EXPIRING";
  return "NONE";
}

function expectedKind(status: RegistrationStatus, offset: number | null): PrimaryBadgeKind {
  const map: Record<RegistrationStatus, PrimaryBadgeKind | null> = {
    DEREGISTERED: "DEREGISTERED",
    REFUSED: "REFUSED",
    SUBMITTED: "SUBMITTED",
    DRAFT: "DRAFT",
    REGISTERED: null,
  };
  const direct = map[status];
  if (direct) return direct;
  const p = expectedPayment(status, offset);
  return p === "UNPAID" ? "UNPAID" : p === "EXPIRING" ? "EXPIRING" : "CONNECTED";
}

const LABEL: Record<PrimaryBadgeKind, Record<Country, string>> = {
  DEREGISTERED: { RU: "Снята с учета", KZ: "Снята с учета" },
  REFUSED: { RU: "Отказ", KZ: "Отказ" },
  SUBMITTED: { RU: "Регистрация в ФНС", KZ: "Регистрация в КГД" },
  DRAFT: { RU: "Продолжить", KZ: "Продолжить" },
  UNPAID: { RU: "Не оплачена", KZ: "Не оплачена" },
  OFD_UNPAID: { RU: "ОФД не оплачен", KZ: "ОФД не оплачен" },
  EXPIRING: { RU: "Истекает оплата", KZ: "Истекает оплата" },
  OFD_EXPIRING: { RU: "Истекает оплата ОФД", KZ: "Истекает оплата ОФД" },
  CONNECTED: { RU: "Подключена", KZ: "Подключена" },
};

function ru(key: string): string {
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages.ru) as string;
}

describe("cashboxStatus: every registration status × payment bucket × operational state × country", () => {
  const cases: [RegistrationStatus, number | null, OperationalState, Country][] = [];
  for (const r of REGISTRATION_STATUSES)
    for (const o of OFFSETS)
      for (const s of OPERATIONAL_STATES) for (const c of ["RU", "KZ"] as const) cases.push([r, o, s, c]);

  it("covers all 5 × 9 × 5 × 2 combinations", () => expect(cases).toHaveLength(450));

  it.each(cases)(
    "%s, paidUntil today%+s days, %s, %s",
    (registrationStatus, offset, operationalState, country) => {
      const paidUntil = offset === null ? null : addDays(TODAY, offset);
      const reason = operationalState === "ACTIVE" ? null : "причина";
      const m = cashboxStatus(
        { registrationStatus, operationalState, operationalReason: reason, paidUntil },
        { now: NOW, timeZone: country === "RU" ? MOSCOW : "Asia/Almaty", country },
      );
      const kind = expectedKind(registrationStatus, offset);
      expect(m.registrationStatus).toBe(registrationStatus);
      expect(m.payment).toBe(expectedPayment(registrationStatus, offset));
      expect(m.daysLeft).toBe(offset);
      expect(m.primary.kind).toBe(kind);
      expect(ru(m.primary.labelKey)).toBe(LABEL[kind][country]);
      expect(m.primary.action).toBe(
        kind === "DRAFT" ? "register" : kind === "UNPAID" || kind === "EXPIRING" ? "renew" : null,
      );
      if (operationalState === "ACTIVE") {
        expect(m.operational).toBeNull();
      } else {
        expect(m.operational).toMatchObject({ state: operationalState, reason: "причина" });
        expect(ru(m.operational!.labelKey)).toBeTruthy();
        expect(ru(m.operational!.messageKey)).toBeTruthy();
      }
      // plain data: survives the server → client component boundary unchanged
      expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    },
  );
});

describe("payment status boundaries", () => {
  it("30 days left is expiring, 31 is not; the last paid day (0) is expiring, the next day unpaid", () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(30);
    expect(paymentStatus("REGISTERED", "2026-04-10", TODAY)).toEqual({ payment: "NONE", daysLeft: 31 });
    expect(paymentStatus("REGISTERED", "2026-04-09", TODAY)).toEqual({ payment: "EXPIRING", daysLeft: 30 });
    expect(paymentStatus("REGISTERED", "2026-03-10", TODAY)).toEqual({ payment: "EXPIRING", daysLeft: 0 });
    expect(paymentStatus("REGISTERED", "2026-03-09", TODAY)).toEqual({ payment: "UNPAID", daysLeft: -1 });
    expect(paymentStatus("REGISTERED", null, TODAY)).toEqual({ payment: "UNPAID", daysLeft: null });
  });

  it("accepts @db.Date values (Date at UTC midnight) like strings", () => {
    expect(paymentStatus("REGISTERED", new Date("2026-04-09T00:00:00Z"), TODAY)).toEqual({
      payment: "EXPIRING",
      daysLeft: 30,
    });
    expect(paymentStatus("REGISTERED", new Date("2026-03-09T00:00:00Z"), TODAY).payment).toBe("UNPAID");
  });

  it("only REGISTERED cashboxes have a payment status", () => {
    for (const r of REGISTRATION_STATUSES.filter((s) => s !== "REGISTERED")) {
      expect(paymentStatus(r, "2020-01-01", TODAY).payment).toBe("NONE");
      expect(paymentStatus(r, null, TODAY).payment).toBe("NONE");
    }
  });

  it("counts calendar days across month, year and DST changes", () => {
    expect(daysBetween("2026-02-28", "2026-03-01")).toBe(1);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // EU DST switch in between
    expect(addDays("2026-03-10", 30)).toBe("2026-04-09");
    expect(addDays("2026-03-10", -10)).toBe("2026-02-28");
  });
});

describe("«today» is the organization's local date", () => {
  // 20:30 UTC: 23:30 in Moscow (still 10 March), 01:30 on 11 March in Almaty (UTC+5),
  // 08:30 on 11 March in Kamchatka (UTC+12), 10:30 on 10 March in Honolulu.
  const late = new Date("2026-03-10T20:30:00Z");

  it("localDate", () => {
    expect(localDate(late, "Europe/Moscow")).toBe("2026-03-10");
    expect(localDate(late, "Asia/Almaty")).toBe("2026-03-11");
    expect(localDate(late, "Asia/Kamchatka")).toBe("2026-03-11");
    expect(localDate(late, "Pacific/Honolulu")).toBe("2026-03-10");
    expect(localDate(late, "UTC")).toBe("2026-03-10");
  });

  it.each([
    ["Europe/Moscow", "RU", "EXPIRING", 0],
    ["Asia/Almaty", "KZ", "UNPAID", -1],
    ["Asia/Kamchatka", "RU", "UNPAID", -1],
    ["Pacific/Honolulu", "RU", "EXPIRING", 0],
  ] as const)("paid until 10 March, at 20:30 UTC, in %s → %s", (timeZone, country, payment, daysLeft) => {
    const m = cashboxStatus(
      { registrationStatus: "REGISTERED", operationalState: "ACTIVE", paidUntil: "2026-03-10" },
      { now: late, timeZone, country },
    );
    expect(m.payment).toBe(payment);
    expect(m.daysLeft).toBe(daysLeft);
  });

  it.each([
    ["Europe/Moscow", "EXPIRING", 30],
    ["Asia/Almaty", "EXPIRING", 29],
  ] as const)(
    "the 30-day boundary moves with the zone: paid until 9 April in %s",
    (timeZone, payment, daysLeft) => {
      const m = cashboxStatus(
        { registrationStatus: "REGISTERED", operationalState: "ACTIVE", paidUntil: "2026-04-09" },
        { now: late, timeZone, country: "RU" },
      );
      expect(m).toMatchObject({ payment, daysLeft });
      const m31 = cashboxStatus(
        { registrationStatus: "REGISTERED", operationalState: "ACTIVE", paidUntil: "2026-04-10" },
        { now: late, timeZone, country: "RU" },
      );
      expect(m31.payment).toBe(timeZone === "Europe/Moscow" ? "NONE" : "EXPIRING");
    },
  );

  it("just before and after local midnight in Almaty", () => {
    const clock = (iso: string) => ({ now: new Date(iso), timeZone: "Asia/Almaty", country: "KZ" as const });
    const input = {
      registrationStatus: "REGISTERED" as const,
      operationalState: "ACTIVE" as const,
      paidUntil: "2026-03-10",
    };
    expect(cashboxStatus(input, clock("2026-03-10T18:59:59Z")).payment).toBe("EXPIRING"); // 23:59:59 local
    expect(cashboxStatus(input, clock("2026-03-10T19:00:00Z")).payment).toBe("UNPAID"); // 00:00 local, 11 March
  });
});

describe("badge precedence and texts", () => {
  it("the precedence order of docs/product.md §4", () => {
    expect(PRIMARY_BADGES.map((k) => LABEL[k].RU)).toEqual([
      "Снята с учета",
      "Отказ",
      "Регистрация в ФНС",
      "Продолжить",
      "Не оплачена",
      "ОФД не оплачен",
      "Истекает оплата",
      "Истекает оплата ОФД",
      "Подключена",
    ]);
  });

  it("operational badge keeps the reason, blank reasons become null", () => {
    const m = (state: OperationalState, reason: string | null) =>
      cashboxStatus(
        {
          registrationStatus: "REGISTERED",
          operationalState: state,
          operationalReason: reason,
          paidUntil: "2027-01-01",
        },
        { now: NOW, timeZone: MOSCOW, country: "RU" },
      ).operational;
    expect(m("BLOCKED", "  ")?.reason).toBeNull();
    expect(m("BLOCKED", null)?.reason).toBeNull();
    expect(m("INTEGRITY", " Повтор номера ")?.reason).toBe("Повтор номера");
    expect(ru(m("BLOCKED", null)!.messageKey)).toBe("Касса в режиме блокировки");
    expect(ru(m("SERVER_BLOCKED", null)!.messageKey)).toBe("Касса в режиме серверной блокировки");
    expect(ru(m("OFFLINE_TOO_LONG", null)!.messageKey)).toBe("Касса в режиме оффлайн дольше 72-х часов");
    expect(ru(m("INTEGRITY", null)!.messageKey)).toBe("Касса переведена в статус INT (integrity)");
    // the operational badge comes in addition to the primary one, which stays what it was
    expect(
      cashboxStatus(
        { registrationStatus: "REGISTERED", operationalState: "BLOCKED", paidUntil: "2026-03-01" },
        { now: NOW, timeZone: MOSCOW, country: "RU" },
      ).primary.kind,
    ).toBe("UNPAID");
  });

  it("every label key exists in all three languages", () => {
    const keys = new Set<string>();
    for (const r of REGISTRATION_STATUSES)
      for (const o of OFFSETS)
        for (const s of OPERATIONAL_STATES)
          for (const c of ["RU", "KZ"] as const) {
            const m = cashboxStatus(
              {
                registrationStatus: r,
                operationalState: s,
                paidUntil: o === null ? null : addDays(TODAY, o),
              },
              { now: NOW, timeZone: MOSCOW, country: c },
            );
            keys.add(m.primary.labelKey);
            if (m.operational) keys.add(m.operational.labelKey).add(m.operational.messageKey);
          }
    expect(keys.size).toBe(8 + 8);
    for (const lang of ["ru", "kk", "en"] as const)
      for (const k of keys) {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], messages[lang]);
        expect(typeof v, `${lang}:${k}`).toBe("string");
      }
  });
});

describe("fiscalDriveExpiry", () => {
  it("adds validity months, clamping to the month's last day", () => {
    expect(fiscalDriveExpiry(new Date("2026-01-15T10:00:00Z"), 15)?.toISOString()).toBe(
      "2027-04-15T10:00:00.000Z",
    );
    expect(fiscalDriveExpiry(new Date("2026-01-31T00:00:00Z"), 13)?.toISOString()).toBe(
      "2027-02-28T00:00:00.000Z",
    );
    expect(fiscalDriveExpiry(new Date("2027-01-31T00:00:00Z"), 13)?.toISOString()).toBe(
      "2028-02-29T00:00:00.000Z",
    );
    expect(fiscalDriveExpiry(new Date("2026-05-01T00:00:00Z"), 36)?.toISOString()).toBe(
      "2029-05-01T00:00:00.000Z",
    );
    expect(fiscalDriveExpiry(null, 15)).toBeNull();
    expect(fiscalDriveExpiry(new Date(), null)).toBeNull();
  });
});

describe("cashboxStatus: a KZ cashbox on a third-party ОФД", () => {
  const kz = { now: NOW, timeZone: "Asia/Almaty", country: "KZ" as const };
  const base = { operationalState: "ACTIVE" as const, operationalReason: null };

  it("waits for its registration report (SUBMITTED) with its own label", () => {
    const m = cashboxStatus(
      { ...base, registrationStatus: "SUBMITTED", paidUntil: null, ofd: "TRANSTELECOM" },
      kz,
    );
    expect(m.primary.kind).toBe("SUBMITTED");
    expect(ru(m.primary.labelKey)).toBe("Ожидается отчёт о регистрации");
    expect(m.thirdPartyOfd).toBe("TRANSTELECOM");
  });

  const at = (
    tariff: number | null,
    ofd: number | null,
    ofdName: "TRANSTELECOM" | "KAZAKHTELECOM" = "KAZAKHTELECOM",
  ) =>
    cashboxStatus(
      {
        ...base,
        registrationStatus: "REGISTERED",
        paidUntil: tariff === null ? null : addDays(TODAY, tariff),
        ofdPaidUntil: ofd === null ? null : addDays(TODAY, ofd),
        ofd: ofdName,
      },
      kz,
    );

  it("has two periods: the tariff (payment, daysLeft) and the ОФД's (ofdPayment, ofdDaysLeft)", () => {
    const m = at(10, -2);
    expect(m).toMatchObject({ payment: "EXPIRING", daysLeft: 10, ofdPayment: "UNPAID", ofdDaysLeft: -2 });
    expect(m.thirdPartyOfd).toBe("KAZAKHTELECOM");
    expect(at(90, null)).toMatchObject({ payment: "NONE", ofdPayment: "UNPAID", ofdDaysLeft: null });
  });

  it("the badge shows the earlier problem (never paid is the earliest; a tie is the tariff's)", () => {
    const kind = (t: number | null, o: number | null) => at(t, o).primary.kind;
    expect(kind(90, 90)).toBe("CONNECTED");
    expect(kind(90, 10)).toBe("OFD_EXPIRING");
    expect(kind(10, 90)).toBe("EXPIRING");
    expect(kind(10, -1)).toBe("OFD_UNPAID");
    expect(kind(-1, -5)).toBe("OFD_UNPAID");
    expect(kind(-5, -1)).toBe("UNPAID");
    expect(kind(null, -5)).toBe("UNPAID");
    expect(kind(10, null)).toBe("OFD_UNPAID");
    expect(kind(null, null)).toBe("UNPAID");
    expect(kind(5, 5)).toBe("EXPIRING");
    expect(kind(-3, -3)).toBe("UNPAID");
    // both ОФД badges open the renewal dialog (on its ОФД part)
    expect(at(90, 10).primary).toMatchObject({ action: "renew", tone: "yellow" });
    expect(at(90, -1).primary).toMatchObject({ action: "renew", tone: "red" });
    expect(ru(at(90, -1).primary.labelKey)).toBe("ОФД не оплачен");
  });

  it("paymentBadge matches the brute force «earlier date decides» over every pair of buckets", () => {
    for (const t of OFFSETS)
      for (const o of OFFSETS) {
        const tKey = t === null ? -Infinity : t;
        const oKey = o === null ? -Infinity : o;
        const ofdFirst = t !== null && oKey < tKey;
        const p = expectedPayment("REGISTERED", ofdFirst ? o : t);
        const expected =
          p === "NONE" ? "CONNECTED" : `${ofdFirst ? "OFD_" : ""}${p === "UNPAID" ? "UNPAID" : "EXPIRING"}`;
        expect(at(t, o).primary.kind, `${t}/${o}`).toBe(expected);
        expect(
          paymentBadge(
            "REGISTERED",
            t === null ? null : addDays(TODAY, t),
            o === null ? null : addDays(TODAY, o),
            TODAY,
          ),
        ).toEqual({ period: ofdFirst ? "OFD" : "TARIFF", payment: p });
      }
  });

  it("own ОФД (and RU) has one period: ofdPaidUntil is ignored", () => {
    const own = cashboxStatus(
      {
        ...base,
        registrationStatus: "REGISTERED",
        paidUntil: addDays(TODAY, 90),
        ofdPaidUntil: addDays(TODAY, -9),
        ofd: "OWN",
      },
      kz,
    );
    expect(own).toMatchObject({ ofdPayment: null, ofdDaysLeft: null });
    expect(own.primary.kind).toBe("CONNECTED");
    expect(paymentBadge("REGISTERED", addDays(TODAY, 90), undefined, TODAY)).toEqual({
      period: "TARIFF",
      payment: "NONE",
    });
  });

  it("the ОФД badge texts exist in all three languages", () => {
    for (const lang of ["ru", "kk", "en"] as const)
      for (const k of ["ofdPeriod.badgeUnpaid", "ofdPeriod.badgeExpiring"]) {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], messages[lang]);
        expect(typeof v, `${lang}:${k}`).toBe("string");
      }
  });

  it("own ОФД and RU cashboxes keep the КГД / ФНС label and no third-party flag", () => {
    const own = cashboxStatus({ ...base, registrationStatus: "SUBMITTED", paidUntil: null, ofd: "OWN" }, kz);
    expect(ru(own.primary.labelKey)).toBe("Регистрация в КГД");
    expect(own.thirdPartyOfd).toBeNull();
    const ruBox = cashboxStatus(
      { ...base, registrationStatus: "SUBMITTED", paidUntil: null, ofd: "TRANSTELECOM" },
      { now: NOW, timeZone: MOSCOW, country: "RU" },
    );
    expect(ru(ruBox.primary.labelKey)).toBe("Регистрация в ФНС");
    expect(ruBox.thirdPartyOfd).toBeNull();
  });
});
