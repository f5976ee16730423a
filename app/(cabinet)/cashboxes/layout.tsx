import { requireTenant } from "@/lib/http/require-tenant";

// The permission gate of «Кассы» runs here, outside loading.tsx's Suspense boundary: a notFound()
// thrown inside the streamed page would arrive after a 200 status had already been sent.
export default async function CashboxesLayout({ children }: { children: React.ReactNode }) {
  await requireTenant("cashbox.read");
  return children;
}
