"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { importP12, P12ImportError } from "@/lib/crypto/client/p12";
import { saveCertificate, toStored } from "@/lib/crypto/client/store";

/** «Установить сертификат»: .p12/.pfx + password, parsed with node-forge here in the browser. */
export function InstallCertificate({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("registration");
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ file?: string; password?: string }>({});
  const [working, setWorking] = useState(false);

  async function install(e: React.FormEvent) {
    e.preventDefault();
    if (!file) {
      setErrors({ file: "registration.install.noFile" });
      return;
    }
    setWorking(true);
    setErrors({});
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // let the "Установка…" state paint before the CPU-bound import
      await new Promise((r) => setTimeout(r, 0));
      const imported = importP12(bytes, password);
      try {
        await saveCertificate(toStored(imported));
      } catch {
        setErrors({ file: "registration.install.storageError" });
        return;
      }
      onDone();
    } catch (err) {
      const key = err instanceof P12ImportError ? err.messageKey : "registration.errors.notCertificate";
      setErrors(key === "registration.errors.wrongPassword" ? { password: key } : { file: key });
    } finally {
      setWorking(false);
    }
  }

  return (
    <form
      onSubmit={install}
      className="space-y-3 rounded-md border border-slate-200 p-3"
      aria-label={t("install.title")}
    >
      <h3 className="font-medium">{t("install.title")}</h3>
      <p className="text-sm text-slate-600">{t("install.intro")}</p>
      <Field label={t("install.file")} error={errors.file}>
        <Input
          type="file"
          accept=".p12,.pfx,application/x-pkcs12"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <Field label={t("install.password")} error={errors.password}>
        <Input
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={working}>
          {working ? t("install.working") : t("install.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={working}>
          {t("install.cancel")}
        </Button>
      </div>
    </form>
  );
}
