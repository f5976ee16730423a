"use client";
// A document made or picked: its printed form, printing, sending by e-mail.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { adviceKey } from "@/lib/pos/advice";
import type { DocRecord, PrintLine } from "@/lib/pos/model";
import { Big, PrintView, Sheet, TextField } from "../parts";
import type { Pos } from "../use-pos";

export function DocSheet({
  pos,
  record,
  lines,
  onClose,
}: {
  pos: Pos;
  record: DocRecord;
  lines: PrintLine[];
  onClose: () => void;
}) {
  const t = useTranslations("pos");
  const [email, setEmail] = useState("");
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const isReceipt = record.payload !== undefined || record.kind === "receipt" || record.kind === "cancel";
  async function send() {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setMsg({ ok: false, text: t("pay.badEmail") });
    const e = await pos.sendEmail(record, email.trim());
    setMsg(
      e
        ? { ok: false, text: `${e.message}. ${t(`advice.${adviceKey(e.code)}`)}` }
        : { ok: true, text: t("doc.sent", { email }) },
    );
  }
  return (
    <Sheet title={t(`doc.title_${record.type}`)} onClose={onClose} wide testId="doc-sheet">
      <div className="grid gap-4 md:grid-cols-[auto_1fr]">
        <div className="overflow-x-auto bg-slate-100 p-2">
          <PrintView lines={lines} width={pos.settings.width} />
        </div>
        <div className="space-y-3">
          {record.status === "queued" ? (
            <p
              className="rounded-lg bg-amber-50 p-3 text-sm font-semibold text-amber-900"
              data-testid="doc-unsent"
            >
              {t("doc.unsent")}
            </p>
          ) : null}
          <Big tone="primary" className="w-full" onClick={() => window.print()}>
            {t("doc.print")}
          </Big>
          {isReceipt && record.serverId ? (
            <div className="space-y-2">
              <TextField label={t("doc.email")} value={email} onChange={setEmail} type="email" />
              <Big className="w-full" onClick={() => void send()}>
                {t("doc.send")}
              </Big>
            </div>
          ) : null}
          {msg ? (
            <p
              role={msg.ok ? "status" : "alert"}
              className={cn("text-sm", msg.ok ? "text-emerald-700" : "text-red-700")}
            >
              {msg.text}
            </p>
          ) : null}
          <Big className="w-full" onClick={onClose}>
            {t("doc.next")}
          </Big>
        </div>
      </div>
    </Sheet>
  );
}
