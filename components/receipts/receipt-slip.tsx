import type { PrintLine } from "@/lib/fiscal/print";
import { cn } from "@/lib/cn";

/**
 * A fiscal document's printed form as a till slip: monospace lines of the stored print form
 * (lib/fiscal/print.ts), the QR code (SVG made on the server by `qrcode`) where the form has it.
 * 72 mm wide at most, so it prints on 58 and 80 mm rolls as on A4.
 */
export function ReceiptSlip({
  lines,
  qrSvg,
  qrLabel,
  className,
}: {
  lines: PrintLine[];
  qrSvg: string | null;
  qrLabel: string;
  className?: string;
}) {
  return (
    <div
      data-testid="receipt-slip"
      className={cn(
        "mx-auto w-full max-w-[72mm] bg-white px-3 py-4 font-mono text-[12px] leading-snug text-slate-900 shadow-sm ring-1 ring-slate-200 print:max-w-none print:px-0 print:py-0 print:text-[10pt] print:shadow-none print:ring-0",
        className,
      )}
    >
      {lines.map((l, i) =>
        l.kind === "qr" ? (
          qrSvg ? (
            <div
              key={i}
              role="img"
              aria-label={qrLabel}
              className="mx-auto my-2 w-36 [&_svg]:h-auto [&_svg]:w-full"
              // generated on the server by `qrcode` from the document's own QR text
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
          ) : null
        ) : l.kind === "separator" ? (
          <div key={i} aria-hidden className="my-1 border-t border-dashed border-slate-400" />
        ) : (
          <p
            key={i}
            className={cn(
              "break-words whitespace-pre-wrap",
              (l.style === "bold" || l.style === "bold_center") && "font-bold",
              (l.style === "center" || l.style === "bold_center") && "text-center",
              l.text === "ДУБЛИКАТ" && "mb-1 border-y-2 border-slate-900 py-0.5 text-[14px] tracking-widest",
            )}
          >
            {l.text}
          </p>
        ),
      )}
    </div>
  );
}
