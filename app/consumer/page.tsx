import { redirect } from "next/navigation";

type Search = Record<string, string | string[] | undefined>;

// GET /consumer?i=&f=&s=&t= – the KZ check link of our own ОФД (what its printed QR holds):
// the same public check page, under the path KZ terminals and apps expect.
export default async function ConsumerPage({ searchParams }: { searchParams: Promise<Search> }) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams))
    if (typeof v === "string") q.set(k, v.slice(0, 100));
  redirect(q.size ? `/check?${q}` : "/check");
}
