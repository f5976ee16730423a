import { Prisma } from "@/lib/db/generated/client";

/** A unique index refused the write (P2002), optionally on the given table. */
export function isUniqueViolation(e: unknown, table?: string): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") return false;
  if (!table) return true;
  // With the pg driver adapter the table is reported in meta.modelName or in the message.
  const meta = JSON.stringify(e.meta ?? {});
  return meta.includes(table) || e.message.includes(table);
}
