"use client";
// In the cabinet's one-time token dialog: the pairing string of «Касса 2.0» (token + signing key)
// as a QR code to scan from the tablet, the same text to paste, and a link to /pos.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import QRCode from "qrcode";
import { formatPairing } from "@/lib/pos/pairing";

export function PosPairing({ token, deviceKey }: { token: string; deviceKey: string }) {
  const t = useTranslations("pos.cabinet");
  const text = formatPairing({ token, key: deviceKey });
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { margin: 1, width: 220, errorCorrectionLevel: "M" })
      .then((u) => live && setSrc(u))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <div className="flex flex-col gap-3 rounded-md border border-amber-200 bg-white p-3 sm:flex-row sm:items-start">
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser
        <img
          src={src}
          alt={t("pairTitle")}
          width={176}
          height={176}
          className="h-44 w-44 shrink-0 self-center"
        />
      ) : (
        <div className="h-44 w-44 shrink-0 bg-slate-100" aria-hidden="true" />
      )}
      <div className="min-w-0 flex-1 space-y-2">
        <p className="font-semibold text-slate-900">{t("pairTitle")}</p>
        <p className="text-sm text-slate-600">{t("pairExplain")}</p>
        <label className="block text-sm font-medium text-slate-700" htmlFor="pos-pairing-string">
          {t("pairString")}
        </label>
        <textarea
          id="pos-pairing-string"
          readOnly
          rows={2}
          value={text}
          data-testid="pairing-string"
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-slate-300 p-2 font-mono text-xs"
        />
        <a
          href="/pos"
          target="_blank"
          rel="noopener"
          className="inline-block text-sm font-medium text-brand-700 underline"
        >
          {t("open")}
        </a>
      </div>
    </div>
  );
}
