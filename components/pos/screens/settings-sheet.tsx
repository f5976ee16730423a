"use client";
// Settings of this browser: paper width, automatic printing, language, unpairing.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Big, Sheet } from "../parts";
import type { Pos } from "../use-pos";

export function SettingsSheet({ pos, onClose }: { pos: Pos; onClose: () => void }) {
  const t = useTranslations("pos");
  const s = pos.settings;
  return (
    <Sheet title={t("menu.settings")} onClose={onClose} testId="settings-sheet">
      <div className="space-y-5">
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("settings.width")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {([58, 80] as const).map((w) => (
              <Big
                key={w}
                tone={s.width === w ? "primary" : "neutral"}
                aria-pressed={s.width === w}
                onClick={() => pos.updateSettings({ ...s, width: w })}
              >
                {w} {t("settings.mm")}
              </Big>
            ))}
          </div>
        </fieldset>
        <label className="flex min-h-12 items-center gap-3 text-base">
          <input
            type="checkbox"
            className="h-6 w-6"
            checked={s.autoPrint}
            onChange={(e) => pos.updateSettings({ ...s, autoPrint: e.target.checked })}
          />
          {t("settings.autoPrint")}
        </label>
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("settings.language")}</legend>
          <div className="grid grid-cols-3 gap-2">
            {(
              [
                ["ru", "Русский"],
                ["kk", "Қазақша"],
                ["en", "English"],
              ] as const
            ).map(([l, name]) => (
              <Big
                key={l}
                lang={l}
                tone={s.locale === l ? "primary" : "neutral"}
                aria-pressed={s.locale === l}
                onClick={() => pos.updateSettings({ ...s, locale: l })}
              >
                {name}
              </Big>
            ))}
          </div>
        </fieldset>
        <div className="border-t border-slate-200 pt-4">
          <UnpairButton pos={pos} />
        </div>
      </div>
    </Sheet>
  );
}

export function UnpairButton({ pos }: { pos: Pos }) {
  const t = useTranslations("pos");
  const [ask, setAsk] = useState(false);
  if (!ask)
    return (
      <Big tone="danger" onClick={() => setAsk(true)} className="w-full">
        {t("unpair")}
      </Big>
    );
  return (
    <div role="alert" className="space-y-2 rounded-lg bg-amber-50 p-3 text-amber-900">
      <p>{pos.queue.length > 0 ? t("unpairUnsent", { count: pos.queue.length }) : t("unpairConfirm")}</p>
      <div className="grid grid-cols-2 gap-2">
        <Big onClick={() => setAsk(false)}>{t("cancel")}</Big>
        <Big tone="danger" onClick={() => void pos.unpair()} disabled={pos.queue.length > 0}>
          {t("unpair")}
        </Big>
      </div>
    </div>
  );
}
