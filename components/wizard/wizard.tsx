// A wizard's frame (the registration wizards: own ОФД and third-party ОФД): the page header with
// the way out, an intro, the step list (current and done states, aria-current="step"), and a step
// card with its title, body and back / next area. The steps' content and state stay with the
// wizard; this is markup only, usable from client and server components.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { cn } from "@/lib/cn";

export function Wizard({
  title,
  exit,
  intro,
  steps,
  children,
}: {
  title: string;
  /** the link out of the wizard («К карточке кассы») */
  exit: { href: string; label: string };
  intro?: React.ReactNode;
  steps?: WizardStepsProps;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-4">
      <PageHeader title={title}>
        <Link href={exit.href} className="text-sm text-brand-700 hover:underline">
          {exit.label}
        </Link>
      </PageHeader>
      {intro ? <p className="text-sm text-slate-600">{intro}</p> : null}
      {steps ? <WizardSteps {...steps} /> : null}
      {children}
    </div>
  );
}

export interface WizardStepsProps {
  /** the steps' names, in order */
  names: readonly string[];
  /** 1-based */
  current: number;
  /** «Шаг 2 из 4» */
  label: string;
}

/** The numbered step list: done steps tinted, the current one filled and aria-current="step". */
export function WizardSteps({ names, current, label }: WizardStepsProps) {
  return (
    <ol className="flex flex-wrap gap-2 text-sm" aria-label={label}>
      {names.map((name, i) => (
        <li
          key={name}
          aria-current={i + 1 === current ? "step" : undefined}
          className={cn(
            "rounded-full px-3 py-1",
            i + 1 === current
              ? "bg-brand-600 font-medium text-white"
              : i + 1 < current
                ? "bg-brand-50 text-brand-700"
                : "bg-slate-100 text-slate-500",
          )}
        >
          {i + 1}. {name}
        </li>
      ))}
    </ol>
  );
}

/** A step's card: its title (with a spinner while `busy`), the body, then `nav`. */
export function WizardStep({
  title,
  titleTestId,
  busy,
  live,
  nav,
  children,
}: {
  title: string;
  titleTestId?: string;
  /** a spinner before the title: the step waits for someone else */
  busy?: boolean;
  /** announce changes (a step that updates by itself) */
  live?: boolean;
  nav?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const heading = (
    <h2 className="text-lg font-semibold" data-testid={titleTestId}>
      {title}
    </h2>
  );
  return (
    <Card className="space-y-3 p-4" aria-live={live ? "polite" : undefined}>
      {busy !== undefined ? (
        <div className="flex items-center gap-3">
          {busy ? (
            <span
              className="h-4 w-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent"
              aria-hidden
            />
          ) : null}
          {heading}
        </div>
      ) : (
        heading
      )}
      {children}
      {nav}
    </Card>
  );
}

interface NavButton {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

/** The back / next area: «Назад» first, the step's own buttons, «Далее» (or the step's action) last. */
export function WizardNav({
  back,
  next,
  quietBack,
  children,
}: {
  back?: NavButton;
  next?: NavButton;
  /** «Назад» as a plain text button (under a form that has its own buttons) */
  quietBack?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {back ? (
        <Button variant={quietBack ? "ghost" : "secondary"} onClick={back.onClick} disabled={back.disabled}>
          {back.label}
        </Button>
      ) : null}
      {children}
      {next ? (
        <Button onClick={next.onClick} disabled={next.disabled}>
          {next.label}
        </Button>
      ) : null}
    </div>
  );
}

/** A link that looks like a secondary button («К документам»). */
export function WizardLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex h-10 items-center rounded-md border border-slate-300 px-4 text-sm hover:bg-slate-50"
    >
      {children}
    </Link>
  );
}

/** «Я сделал это на сайте ОФД»: the checkbox a step waits for before «Далее». */
export function WizardCheck({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-0.5"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
