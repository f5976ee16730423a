"use client";
import { useActionState, useState, useTransition } from "react";
import { Modal } from "@/components/ui/dialog";
import { Copy, Mail, Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { ReceiptSlip } from "@/components/receipts/receipt-slip";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import type { PrintLine } from "@/lib/fiscal/print";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { duplicateReceiptAction, sendReceiptAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

// While printing, only the duplicate is on paper (58/80 mm rolls or A4): everything else is hidden.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  #receipt-duplicate, #receipt-duplicate * { visibility: visible !important; }
  #receipt-duplicate { position: absolute !important; left: 0 !important; top: 0 !important; transform: none !important; translate: none !important;
    width: 100% !important; max-width: 80mm !important; max-height: none !important; overflow: visible !important;
    box-shadow: none !important; padding: 0 !important; }
  #receipt-duplicate [data-print-hide] { display: none !important; }
  @page { margin: 3mm; }
}`;

/** «Дубликат» (logged on the server, then a print view of the copy) and «Отправить» by e-mail. */
export function ReceiptActions({ receiptId, qrLabel }: { receiptId: string; qrLabel: string }) {
  const t = useTranslations("receipts.receipt");
  const [duplicate, setDuplicate] = useState<{ lines: PrintLine[]; qrSvg: string | null } | null>(null);
  const [error, setError] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const [sendOpen, setSendOpen] = useState(false);

  const openDuplicate = () =>
    startTransition(async () => {
      const fd = new FormData();
      fd.set("receiptId", receiptId);
      const res = await duplicateReceiptAction(initialActionState, fd);
      if (res.ok && res.data) {
        setError(null);
        setDuplicate({ lines: JSON.parse(res.data.lines) as PrintLine[], qrSvg: res.data.qrSvg || null });
      } else setError(res);
    });

  return (
    <>
      <Button variant="secondary" onClick={openDuplicate} disabled={pending}>
        <Copy className="h-4 w-4" aria-hidden />
        {t("duplicate")}
      </Button>
      <Button variant="secondary" onClick={() => setSendOpen(true)}>
        <Mail className="h-4 w-4" aria-hidden />
        {t("send")}
      </Button>
      {error ? <FormMessage state={error} /> : null}

      <Modal
        open={duplicate !== null}
        onOpenChange={(o) => (o ? null : setDuplicate(null))}
        id="receipt-duplicate"
        printContentOnly
        size="sm"
        title={t("duplicateTitle")}
        description={t("duplicateHint")}
      >
        <style>{PRINT_CSS}</style>
        {duplicate ? (
          <div className="mt-3">
            <ReceiptSlip lines={duplicate.lines} qrSvg={duplicate.qrSvg} qrLabel={qrLabel} />
          </div>
        ) : null}
        <div data-print-hide className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setDuplicate(null)}>
            {t("close")}
          </Button>
          <Button onClick={() => window.print()}>
            <Printer className="h-4 w-4" aria-hidden />
            {t("print")}
          </Button>
        </div>
      </Modal>

      <Modal
        open={sendOpen}
        onOpenChange={setSendOpen}
        title={t("sendTitle")}
        description={t("sendTitle")}
        hideDescription
      >
        <div className="mt-3">
          <SendForm receiptId={receiptId} onCancel={() => setSendOpen(false)} />
        </div>
      </Modal>
    </>
  );
}

function SendForm({ receiptId, onCancel }: { receiptId: string; onCancel: () => void }) {
  const t = useTranslations("receipts.receipt");
  const [state, action, pending] = useActionState(sendReceiptAction, initialActionState);
  return (
    <ActionForm state={state} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="receiptId" value={receiptId} />
      <Field label={t("email")} error={state.fieldErrors?.email}>
        <Input
          name="email"
          type="email"
          autoComplete="email"
          maxLength={200}
          // React resets the form after the action: an error keeps what was typed, a success clears it
          defaultValue={state.ok ? "" : (state.values?.email ?? "")}
          required
        />
      </Field>
      <FormMessage state={state} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {t("sendSubmit")}
        </Button>
      </div>
    </ActionForm>
  );
}
