import { requireTenant } from "@/lib/http/require-tenant";

// The permission gate of «Чеки» runs here, outside the list's loading.tsx Suspense boundary (a
// notFound() inside a streamed page would follow a 200 status).
export default async function ReceiptsLayout({ children }: { children: React.ReactNode }) {
  await requireTenant("receipts.read");
  return children;
}
