// npm run db:migrate — applies prisma/migrations to DATABASE_URL.
import path from "node:path";
import { migrate } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
migrate(url, path.resolve(__dirname, "../prisma/migrations")).then(
  (r) => console.log(`applied: ${r.applied.join(", ") || "none"}; already applied: ${r.skipped}`),
  (e) => {
    console.error(e.message);
    process.exit(1);
  },
);
