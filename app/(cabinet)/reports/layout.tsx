import { requireTenant } from "@/lib/http/require-tenant";

// The permission gate of «Отчёты», outside loading.tsx's Suspense boundary.
export default async function ReportsLayout({ children }: { children: React.ReactNode }) {
  await requireTenant("reports.read");
  return children;
}
