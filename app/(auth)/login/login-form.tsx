"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { signInAction } from "./actions";

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(signInAction, initialActionState);

  // A server action: React renders the form as a POST that works without JavaScript too (never a
  // GET with the password in the URL).
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("auth.signInTitle")}</h1>
      {state.message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t(state.message, state.params ?? {})}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={next} />
      <Field label={t("auth.email")}>
        <Input
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.values?.email}
          required
          autoFocus
        />
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
