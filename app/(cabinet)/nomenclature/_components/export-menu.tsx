"use client";
import { Download } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

const base = "/api/cabinet/nomenclature/export";

/** «Выгрузить в Excel»: the whole nomenclature, or the table's current filter when there is one. */
export function ExportMenu({ filterSearch }: { filterSearch: Record<string, string> | null }) {
  const t = useTranslations("nomenclature");
  if (!filterSearch) {
    return (
      <a
        href={`${base}?status=all`}
        download
        className="inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <Download className="h-4 w-4" aria-hidden />
        {t("exportExcel")}
      </a>
    );
  }
  const filtered = new URLSearchParams({ status: "active", ...filterSearch });
  filtered.delete("page");
  filtered.delete("sort");
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="secondary">
          <Download className="h-4 w-4" aria-hidden />
          {t("exportExcel")}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          <DropdownMenu.Item asChild>
            <a
              href={`${base}?${filtered}`}
              download
              className="block rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100"
            >
              {t("exportFiltered")}
            </a>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild>
            <a
              href={`${base}?status=all`}
              download
              className="block rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100"
            >
              {t("exportAll")}
            </a>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
