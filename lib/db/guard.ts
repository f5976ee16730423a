import { Prisma } from "./generated/client";

/**
 * Refuses a query whose `where` has an `undefined` value at its top level, e.g.
 * `{ organizationId: session?.orgId }`: Prisma would silently drop the filter and widen the
 * query to every tenant (the leak cal.com's disallow-undefined-where-clause guards against).
 */
export function assertNoUndefinedWhere(model: string, operation: string, where: unknown) {
  if (!where || typeof where !== "object") return;
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (value === undefined) {
      throw new Error(`Refusing ${model}.${operation}: where.${key} is undefined`);
    }
  }
}

const guarded = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "delete",
  "deleteMany",
  "upsert",
]);

export const guardExtension = Prisma.defineExtension({
  name: "disallow-undefined-where",
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        if (guarded.has(operation)) {
          assertNoUndefinedWhere(model, operation, (args as { where?: unknown }).where);
        }
        return query(args);
      },
    },
  },
});
