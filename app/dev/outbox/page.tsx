import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listOutbox } from "@/lib/mail/outbox";
import { outboxVisibleTo } from "@/lib/mail/dev-outbox";
import { requestIp } from "@/lib/http/require-tenant";

export const dynamic = "force-dynamic";

// Demo/dev only (see lib/mail/dev-outbox.ts): the mails the cabinet would have sent.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!outboxVisibleTo(await requestIp())) notFound();
  const { to } = await searchParams;
  const t = await getTranslations("nav");
  const mails = await listOutbox({ to, take: 50 });
  return (
    <main id="content" className="mx-auto max-w-3xl space-y-4 p-4 sm:p-6">
      <h1 className="text-2xl font-semibold">{t("outbox")}</h1>
      {mails.length === 0 ? <p className="text-slate-500">—</p> : null}
      {mails.map((m) => (
        <article key={m.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="mail">
          <p className="text-xs text-slate-500">
            {m.createdAt.toISOString()} → <span data-testid="mail-to">{m.to}</span>
          </p>
          <h2 className="font-medium">{m.subject}</h2>
          <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm" data-testid="mail-text">
            {m.text}
          </pre>
        </article>
      ))}
    </main>
  );
}
