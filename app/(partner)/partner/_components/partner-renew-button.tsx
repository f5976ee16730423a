"use client";
import { useState } from "react";
import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { RenewForm } from "@/components/codes/renew-form";
import { Button } from "@/components/ui/button";

/** «Продлить» for a client's cashbox, with one of the partner's codes. */
export function PartnerRenewButton({
  client,
  cashbox,
  label,
}: {
  client: { id: string; name: string };
  cashbox: { id: string; name: string };
  label: string;
}) {
  const t = useTranslations("partner.renew");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button size="sm" aria-label={`${label}: ${cashbox.name}`}>
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl focus:outline-none">
          <div className="flex items-start justify-between gap-3">
            <Dialog.Title className="text-lg font-semibold">{t("title")}</Dialog.Title>
            <Dialog.Close
              aria-label={common("close")}
              className="rounded p-1 text-slate-500 hover:bg-slate-100"
            >
              <X className="h-4 w-4" aria-hidden />
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 text-sm text-slate-600">
            {t("intro", { name: cashbox.name, client: client.name })}
          </Dialog.Description>
          <RenewForm cashboxes={[cashbox]} client={client} onCancel={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
