"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/**
 * A row of tabs that scrolls sideways on a narrow screen and shows that it does: a fade and an
 * arrow button on each side that has more tabs beyond the edge (the arrow scrolls by most of the
 * visible width). Pointer and touch users swipe; the arrows are for everyone who cannot see the
 * row is wider than the screen. The arrows are not in the tab order: keyboard users move through
 * the tabs themselves, which scroll into view.
 */
export function ScrollRow({
  children,
  className,
  innerClassName,
}: {
  children: React.ReactNode;
  /** the outer box (margins) */
  className?: string;
  /** the scrolling box (padding, border) */
  innerClassName?: string;
}) {
  const t = useTranslations("common");
  const box = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });
  const measure = useCallback(() => {
    const el = box.current;
    if (!el) return;
    const start = el.scrollLeft > 1;
    const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setEdges((e) => (e.start === start && e.end === end ? e : { start, end }));
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, [measure]);
  const by = (dir: 1 | -1) => {
    const el = box.current;
    if (el) el.scrollBy({ left: dir * Math.max(80, el.clientWidth * 0.7), behavior: "smooth" });
  };
  const arrow =
    "absolute inset-y-0 z-10 flex w-10 items-center text-slate-700 hover:text-brand-700 print:hidden";
  return (
    <div
      className={cn("relative", className)}
      data-scroll-row
      data-overflow-start={edges.start ? "" : undefined}
      data-overflow-end={edges.end ? "" : undefined}
    >
      <div ref={box} className={cn("overflow-x-auto [scrollbar-width:none]", innerClassName)}>
        {children}
      </div>
      {edges.start ? (
        <button
          type="button"
          tabIndex={-1}
          aria-label={t("scrollBack")}
          data-testid="scroll-back"
          onClick={() => by(-1)}
          className={cn(
            arrow,
            "left-0 justify-start bg-gradient-to-r from-white via-white/90 to-transparent",
          )}
        >
          <ChevronLeft className="h-5 w-5" aria-hidden />
        </button>
      ) : null}
      {edges.end ? (
        <button
          type="button"
          tabIndex={-1}
          aria-label={t("scrollMore")}
          data-testid="scroll-more"
          onClick={() => by(1)}
          className={cn(arrow, "right-0 justify-end bg-gradient-to-l from-white via-white/90 to-transparent")}
        >
          <ChevronRight className="h-5 w-5" aria-hidden />
        </button>
      ) : null}
    </div>
  );
}
