import { db } from "@/lib/db/client";
import { crossTenant } from "@/lib/db/fan-out";
import type { Country } from "@/lib/locale/country";

/** A partner's public card in «Каталог партнёров». */
export interface DirectoryCard {
  id: string;
  name: string;
  taxId: string;
  country: Country;
  city: string;
  phone: string;
  email: string;
  website: string;
  about: string;
}

/**
 * REVIEWED GLOBAL LOOK-UP. «Каталог партнёров» lists partner organizations to clients of other
 * tenants: only PARTNER organizations that listed themselves, and only their public card.
 */
export async function unsafeListDirectory(
  country: Country,
  q: string,
  limit: number,
): Promise<DirectoryCard[]> {
  const like = q ? { contains: q, mode: "insensitive" as const } : undefined;
  return crossTenant("partners.directory", () =>
    db.organization.findMany({
      where: {
        kind: "PARTNER",
        directoryListed: true,
        country,
        ...(like ? { OR: [{ name: like }, { city: like }] } : {}),
      },
      select: {
        id: true,
        name: true,
        taxId: true,
        country: true,
        city: true,
        phone: true,
        email: true,
        website: true,
        about: true,
      },
      orderBy: [{ city: "asc" }, { name: "asc" }, { id: "asc" }],
      take: limit,
    }),
  );
}
