"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { signIn } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<{ key: string; params: Record<string, string | number> } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (res?.ok && !res.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    setPending(false);
    try {
      setError(JSON.parse(res?.error ?? ""));
    } catch {
      setError({ key: "auth.errors.invalid", params: {} });
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("auth.signInTitle")}</h1>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t(error.key, error.params)}
        </p>
      ) : null}
      <Field label={t("auth.email")}>
        <Input name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field label={t("auth.password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="text-brand-600 underline">
          {t("auth.forgot")}
        </Link>
      </p>
    </form>
  );
}
