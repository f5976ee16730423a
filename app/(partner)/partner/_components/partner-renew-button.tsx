"use client";
import { useState } from "react";
import { Modal } from "@/components/ui/dialog";
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
  const [open, setOpen] = useState(false);
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="sm" aria-label={`${label}: ${cashbox.name}`}>
          {label}
        </Button>
      }
      title={t("title")}
      description={t("intro", { name: cashbox.name, client: client.name })}
    >
      <RenewForm cashboxes={[cashbox]} client={client} onCancel={() => setOpen(false)} />
    </Modal>
  );
}
