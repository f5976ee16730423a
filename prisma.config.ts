import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `generate` here (see README: migrations are plain SQL
// applied by lib/db/migrate.ts because the schema engine cannot be downloaded).
export default defineConfig({
  // one file per domain (issue 19.9); the generator and datasource are in prisma/schema/schema.prisma
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/kassa" },
});
