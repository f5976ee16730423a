// Issue 20.6 (seed 003 «Если у вас нет кода, обратитесь к партнёрам»): «Каталог партнёров» lists
// the partners that list themselves, of a country, by name or city; a client links one from it.
import { describe, expect, it } from "vitest";
import { findDirectory, getDirectoryCard, saveDirectoryCard } from "@/lib/partners/directory";
import { getPartnerLink, linkPartner } from "@/lib/partners/partner-link";
import { ZDirectoryCardInput } from "@/lib/partners/schemas";
import {
  seedMembership,
  seedOrganization,
  seedTenant,
  seedUser,
  uniqueSuffix,
} from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

async function partner(country: "RU" | "KZ", name: string) {
  const org = await seedOrganization(db(), { kind: "PARTNER", country, name });
  const user = await seedUser(db());
  await seedMembership(db(), { organizationId: org.id, userId: user.id, role: "PARTNER_MANAGER" });
  return { org, ctx: ctxFor(org, user, "PARTNER_MANAGER") };
}

const card = (over: Record<string, string>) =>
  ZDirectoryCardInput.parse({
    listed: "on",
    city: "",
    phone: "",
    email: "",
    website: "",
    about: "",
    ...over,
  });

describe("«Каталог партнёров»", () => {
  it("shows listed partners of the country by name or city, with their public card only; a client links one", async () => {
    const tag = uniqueSuffix();
    const listed = await partner("KZ", `ТОО «Каталог ${tag}»`);
    await saveDirectoryCard(
      listed.ctx,
      card({
        city: `Караганда${tag}`,
        phone: "+7 721 250-00-00",
        website: "https://example.kz",
        about: "Коды ОФД",
      }),
    );
    const hidden = await partner("KZ", `ТОО «Скрытый ${tag}»`);
    await saveDirectoryCard(hidden.ctx, card({ listed: "", city: `Караганда${tag}` }));
    const ru = await partner("RU", `ООО «Каталог ${tag}»`);
    await saveDirectoryCard(ru.ctx, card({ city: `Караганда${tag}`, email: "ru@example.ru" }));
    const client = await seedOrganization(db(), { country: "KZ", name: `ТОО «Клиент ${tag}»` });

    const t = await seedTenant(db(), { country: "KZ" });
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const byCity = await findDirectory(owner, { q: `караганда${tag}` });
    expect(byCity.country).toBe("KZ");
    expect(byCity.cards).toEqual([
      {
        id: listed.org.id,
        name: listed.org.name,
        taxId: listed.org.taxId,
        country: "KZ",
        city: `Караганда${tag}`,
        phone: "+7 721 250-00-00",
        email: "",
        website: "https://example.kz",
        about: "Коды ОФД",
      },
    ]);
    // by name; another country on request; a client organization is never listed
    expect((await findDirectory(owner, { q: `Каталог ${tag}` })).cards.map((c) => c.id)).toEqual([
      listed.org.id,
    ]);
    expect((await findDirectory(owner, { country: "RU", q: tag })).cards.map((c) => c.id)).toEqual([
      ru.org.id,
    ]);
    expect((await findDirectory(owner, { q: `Клиент ${tag}` })).cards).toEqual([]);
    expect(client.kind).toBe("CLIENT");

    await linkPartner(owner, { taxId: listed.org.taxId });
    expect((await getPartnerLink(owner))?.name).toBe(listed.org.name);
    expect((await findDirectory(owner, { q: tag })).linkedId).toBe(listed.org.id);
  });

  it("a listed card needs a city and a contact; the fields are checked", () => {
    const issues = (over: Record<string, string>) =>
      ZDirectoryCardInput.safeParse({
        listed: "on",
        city: "",
        phone: "",
        email: "",
        website: "",
        about: "",
        ...over,
      }).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];
    expect(issues({})).toEqual([
      ["city", "partner.directory.v.city"],
      ["phone", "partner.directory.v.contact"],
    ]);
    expect(issues({ city: "Омск", phone: "звоните" })).toEqual([["phone", "partner.directory.v.phone"]]);
    expect(issues({ city: "Омск", email: "a@" })).toEqual([["email", "partner.directory.v.email"]]);
    expect(issues({ city: "Омск", phone: "+7 3812 00-00-00", website: "javascript:alert(1)" })).toEqual([
      ["website", "partner.directory.v.website"],
    ]);
    // not listed: nothing is required
    expect(issues({ listed: "" })).toEqual([]);
  });

  it("only a partner edits its own card; a cashier does not read the directory", async () => {
    const p = await partner("RU", `ООО «Своя ${uniqueSuffix()}»`);
    await saveDirectoryCard(p.ctx, card({ city: "Тверь", phone: "+7 4822 00-00-00" }));
    expect(await getDirectoryCard(p.ctx)).toMatchObject({ directoryListed: true, city: "Тверь" });
    const t = await seedTenant(db(), { country: "RU" });
    await expect(
      saveDirectoryCard(ctxFor(t.org, t.users.OWNER, "OWNER"), card({ city: "X", phone: "+7 000 00" })),
    ).rejects.toThrow();
    await expect(findDirectory(ctxFor(t.org, t.users.CASHIER, "CASHIER"), {})).rejects.toThrow();
    const journal = await db().auditLog.findFirst({
      where: { organizationId: p.org.id, action: "partner.directory" },
    });
    expect(journal?.details).toMatchObject({ listed: true, city: "Тверь" });
  });
});
