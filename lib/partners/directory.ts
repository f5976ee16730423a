// «Каталог партнёров» (issue 20.6; seed 003: «Если у вас нет кода, обратитесь к партнёрам»): the
// partners (resellers) that list themselves, for a client looking for one — from the renewal
// dialog or «Настройки → Партнёр» — and linked from the card with the partner's tax id.
// A partner keeps its own card at /partner/profile.
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import type { Country } from "@/lib/locale/country";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TDirectoryCardInput, TDirectoryQuery } from "./schemas";
import { unsafeListDirectory, type DirectoryCard } from "./unsafe-list-directory";

export type { DirectoryCard };

export const DIRECTORY_LIMIT = 100;

/** The listed partners of a country (the client's own by default), by name or city; at most 100. */
export async function findDirectory(
  ctx: TenantContext,
  query: TDirectoryQuery,
): Promise<{ country: Country; cards: DirectoryCard[]; linkedId: string | null }> {
  assertCan(ctx, "org.read");
  const country = query.country ?? ctx.country;
  const [cards, link] = await Promise.all([
    unsafeListDirectory(country, query.q ?? "", DIRECTORY_LIMIT),
    db.partnerLink.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { partnerOrganizationId: true },
    }),
  ]);
  return { country, cards, linkedId: link?.partnerOrganizationId ?? null };
}

/** The partner's own card (its contacts default to the organization's). */
export async function getDirectoryCard(ctx: TenantContext) {
  assertCan(ctx, "partner.cabinet");
  return db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: {
      name: true,
      directoryListed: true,
      city: true,
      phone: true,
      email: true,
      website: true,
      about: true,
    },
  });
}

export async function saveDirectoryCard(ctx: TenantContext, input: TDirectoryCardInput) {
  assertCan(ctx, "partner.cabinet");
  await db.$transaction(async (tx) => {
    await tx.organization.update({
      where: { id: ctx.organizationId },
      data: {
        directoryListed: input.listed,
        city: input.city,
        phone: input.phone,
        email: input.email,
        website: input.website,
        about: input.about,
      },
    });
    await audit(tx, ctx, {
      action: "partner.directory",
      objectType: "organization",
      objectId: ctx.organizationId,
      details: { listed: input.listed, city: input.city },
    });
  });
}
