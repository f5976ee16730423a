"use client";
import { useMemo, useSyncExternalStore, useTransition, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";
import { ArrowDown, ArrowUp, ArrowUpDown, Columns3, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type VisibilityState,
} from "@tanstack/react-table";
import { Pagination, type PaginationProps } from "@/components/ui/pagination";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/cn";
import { ariaSort, hrefOf, toggleSort, writeSort, type SortState, type SortStyle } from "./url-state";

export type RowTone = "danger" | "warning" | "muted" | "selected";

/**
 * A row: its id and, for tables filled by a server component, the rendered cells by column id
 * (server-rendered nodes are serialisable; functions are not). Client tables give `cell` instead.
 */
export interface DataRow {
  id: string;
  cells?: Record<string, ReactNode>;
  tone?: RowTone;
}

export interface DataColumn<T extends DataRow = DataRow> {
  id: string;
  /** the header, and on a phone the name printed before the value */
  header: string;
  /** the header is read by screen readers only (an actions column) */
  srOnlyHeader?: boolean;
  align?: "right";
  /**
   * On a phone every row is a card: by default a line «header: value»; "title" is the card's
   * heading, "full" a full-width line without the header, "hidden" is left out of the card.
   */
  card?: "title" | "full" | "hidden";
  /** long text wraps on wide screens too (cells keep one line by default) */
  wrap?: boolean;
  /** the column names its row (a <th scope="row">; the card's heading on a phone) */
  rowHeader?: boolean;
  /** extra classes of the column's cells (a minimum width…) */
  className?: string;
  /** the user may hide the column (tables with `columnMenu`) */
  hideable?: boolean;
  /** client tables only: the cell of a row (server tables put it in `row.cells`) */
  cell?: (row: T) => ReactNode;
}

export interface DataTableSelection<T> {
  value: RowSelectionState;
  onChange: (value: RowSelectionState) => void;
  allLabel: string;
  rowLabel: (row: T) => string;
}

export interface DataTableProps<T extends DataRow> {
  rows: T[];
  columns: DataColumn<T>[];
  /** the table's accessible name */
  label: string;
  /** shown instead of the table when there are no rows */
  empty?: ReactNode;
  /**
   * Server-side sorting in the URL: a header click of a `sortable` column navigates to the same
   * page with the new sort (and page 1). `onSort` replaces the navigation (a view that navigates
   * itself).
   */
  sort?: { value: SortState | null; sortable: readonly string[]; style: SortStyle };
  onSort?: (next: SortState) => void;
  selection?: DataTableSelection<T>;
  /** rows can be selected (a checkbox column); false hides it although `selection` is given */
  selectable?: boolean;
  /** a «Столбцы» menu for `hideable` columns; the choice is kept in this browser under this key */
  columnMenu?: string;
  /** columns left out (by country, permission…) */
  hiddenColumns?: readonly string[];
  /** a navigation of the view is in progress (filters): the table dims and says so */
  loading?: boolean;
  loadingLabel?: string;
  pagination?: PaginationProps;
  testId?: string;
  rowTestId?: string;
  /** `data-…` attribute of each row carrying its id */
  rowIdAttribute?: `data-${string}`;
  rowTone?: (row: T) => RowTone | undefined;
  /** a totals row under the body, by column id */
  footer?: { cells: Record<string, ReactNode>; testId?: string };
  /** the scroll box of a wide table without links takes the keyboard focus (arrows scroll it) */
  focusableScroll?: boolean;
}

/** What a list view hands to its table: the navigation in progress, the empty state, the pages. */
export type TableView<T extends DataRow> = Pick<DataTableProps<T>, "loading" | "empty" | "pagination">;

const TONES: Record<RowTone, string> = {
  danger: "bg-red-50",
  warning: "bg-amber-50",
  muted: "text-slate-500",
  selected: "bg-brand-50",
};

interface Meta<T extends DataRow> {
  columns: Map<string, DataColumn<T>>;
  selection?: DataTableSelection<T>;
  /** rows can be selected (a checkbox column); false hides it although `selection` is given */
  selectable?: boolean;
}
const meta = <T extends DataRow>(m: unknown) => m as Meta<T>;

const STORAGE_PREFIX = "kassa.table.";

const STORAGE_EVENT = "kassa-table-columns";
const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  window.addEventListener(STORAGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(STORAGE_EVENT, onChange);
  };
};

/** The user's column choice kept in localStorage (none while rendering on the server and hydrating). */
function useStoredVisibility(key: string | undefined) {
  const raw = useSyncExternalStore(
    subscribe,
    () => (key ? localStorage.getItem(STORAGE_PREFIX + key) : null),
    () => null,
  );
  const visibility = useMemo<VisibilityState>(() => {
    try {
      const stored = JSON.parse(raw ?? "{}") as unknown;
      return stored && typeof stored === "object" ? (stored as VisibilityState) : {};
    } catch {
      return {}; // a broken value is ignored: all columns are shown
    }
  }, [raw]);
  const update = (next: VisibilityState) => {
    if (!key) return;
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(next));
    window.dispatchEvent(new Event(STORAGE_EVENT));
  };
  return [visibility, update] as const;
}

function cellClass<T extends DataRow>(col: DataColumn<T> | undefined, id: string, selectable: boolean) {
  if (id === "select") return "!absolute right-4 top-4 md:!static md:!table-cell md:w-8";
  return cn(
    col?.card === "title" &&
      cn("!block pb-1 !text-sm font-medium md:!table-cell md:font-normal", selectable && "pr-8 md:pr-3"),
    col?.card === "full" && "!block pb-1 md:!table-cell",
    col?.card === "hidden" && "!hidden md:!table-cell",
    col?.wrap && "md:!whitespace-normal",
    col?.align === "right" && "md:text-right tabular-nums",
    col?.className,
  );
}

/**
 * The one data table of the cabinet, over @tanstack/react-table: a table from md up; on a phone
 * the same DOM shows every row as a card whose cells carry their column name (display: block,
 * header row hidden). Sorting and paging happen on the server and live in the URL; the table only
 * renders one page, reports header clicks and keeps the row selection for bulk actions.
 */
export function DataTable<T extends DataRow>(props: DataTableProps<T>) {
  const { rows, columns, sort } = props;
  const selection = props.selectable === false ? undefined : props.selection;
  const t = useTranslations("table");
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useHydrated();
  const [navigating, startNavigation] = useTransition();
  const byId = new Map(columns.map((c) => [c.id, c]));
  const selectable = Boolean(selection);
  const initialVisibility = useMemo(
    () => Object.fromEntries((props.hiddenColumns ?? []).map((id) => [id, false])),
    [props.hiddenColumns],
  );
  const [visibility, setVisibility] = useStoredVisibility(props.columnMenu);

  // Column definitions depend on the column ids only; the renderers and labels of this render are
  // read from the table's meta. A new `cell` function every render would be a new component type
  // to React: every cell would remount (and close a dialog opened from it).
  const shape = columns.map((c) => `${c.id}:${c.hideable ? 1 : 0}`).join(",");
  const defs = useMemo<ColumnDef<T>[]>(() => {
    const out: ColumnDef<T>[] = shape.split(",").map((s) => {
      const [id, hideable] = s.split(":");
      return {
        id,
        header: ({ table }) => meta<T>(table.options.meta).columns.get(id)?.header,
        enableHiding: hideable === "1",
        cell: ({ row, table }) => {
          const c = meta<T>(table.options.meta).columns.get(id);
          return c?.cell ? c.cell(row.original) : row.original.cells?.[id];
        },
      };
    });
    if (selectable) {
      out.unshift({
        id: "select",
        enableHiding: false,
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={meta<T>(table.options.meta).selection?.allLabel}
            className="relative z-10 h-4 w-4"
            checked={table.getIsAllRowsSelected()}
            ref={(el) => {
              if (el) el.indeterminate = table.getIsSomeRowsSelected();
            }}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row, table }) => (
          <input
            type="checkbox"
            aria-label={meta<T>(table.options.meta).selection?.rowLabel(row.original)}
            className="relative z-10 h-4 w-4"
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      });
    }
    return out;
  }, [shape, selectable]);

  const selectionValue = selection?.value ?? {};
  const table = useReactTable({
    data: rows,
    columns: defs,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableRowSelection: selectable,
    meta: { columns: byId, selection } satisfies Meta<T>,
    state: {
      sorting: sort?.value ? [sort.value] : [],
      rowSelection: selectionValue,
      columnVisibility: { ...visibility, ...initialVisibility },
    },
    onRowSelectionChange: (u) => selection?.onChange(typeof u === "function" ? u(selectionValue) : u),
    onColumnVisibilityChange: (u) => setVisibility(typeof u === "function" ? u(visibility) : u),
  });

  const onSort = (id: string) => {
    if (!sort) return;
    const next = toggleSort(sort.value, id);
    if (props.onSort) return props.onSort(next);
    const href = hrefOf(pathname, writeSort(window.location.search, sort.style, next));
    startNavigation(() => router.push(href, { scroll: false }));
  };
  const loading = Boolean(props.loading) || navigating;
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());

  const body =
    rows.length === 0 && props.empty !== undefined ? (
      props.empty
    ) : (
      // the scroll container is the table's parent (wide tables scroll sideways inside it)
      <div
        className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white focus-visible:outline-2 focus-visible:outline-brand-500"
        {...(props.focusableScroll ? { tabIndex: 0, role: "region", "aria-label": props.label } : {})}
      >
        <table
          aria-label={props.label}
          data-testid={props.testId}
          // cell styles live here once instead of on every cell; on a phone each cell shows its
          // column name (data-label) before the value
          className="block w-full text-left text-sm md:table md:min-w-full [&_td]:grid [&_td]:grid-cols-[8.5rem_minmax(0,1fr)] [&_td]:gap-2 [&_td]:break-words [&_td]:py-0.5 [&_td]:text-xs [&_td]:before:text-slate-500 [&_td]:before:content-[attr(data-label)] md:[&_td]:table-cell md:[&_td]:whitespace-nowrap md:[&_td]:px-3 md:[&_td]:py-2 md:[&_td]:align-top md:[&_td]:text-sm md:[&_td]:before:hidden"
        >
          <thead className="hidden border-b border-slate-200 bg-slate-50 text-xs text-slate-600 md:table-header-group">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const id = h.column.id;
                  const col = byId.get(id);
                  const content = col?.srOnlyHeader ? (
                    <span className="sr-only">{col.header}</span>
                  ) : (
                    flexRender(h.column.columnDef.header, h.getContext())
                  );
                  const sorted = sort?.value?.id === id ? (sort.value.desc ? "desc" : "asc") : null;
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={cn(
                        "whitespace-nowrap px-3 py-2 font-medium",
                        col?.align === "right" && "text-right",
                      )}
                      aria-sort={sort ? ariaSort(sort.value, id) : undefined}
                    >
                      {sort?.sortable.includes(id) ? (
                        <button
                          type="button"
                          // a click before hydration would be lost: the header waits for React
                          disabled={!hydrated}
                          onClick={() => onSort(id)}
                          className="inline-flex items-center gap-1 rounded hover:text-slate-900"
                          title={t("sortBy", { column: col?.header ?? id })}
                        >
                          {content}
                          {sorted === "asc" ? (
                            <ArrowUp className="h-3 w-3" aria-hidden />
                          ) : sorted === "desc" ? (
                            <ArrowDown className="h-3 w-3" aria-hidden />
                          ) : (
                            <ArrowUpDown className="h-3 w-3 opacity-40" aria-hidden />
                          )}
                        </button>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100">
            {table.getRowModel().rows.map((row) => {
              const tone = row.original.tone ?? props.rowTone?.(row.original);
              return (
                <tr
                  key={row.id}
                  data-testid={props.rowTestId}
                  {...(props.rowIdAttribute ? { [props.rowIdAttribute]: row.id } : {})}
                  className={cn(
                    "group/row relative block rounded-lg border border-slate-200 bg-white p-4 align-top hover:bg-slate-50 focus-within:bg-brand-50/50 md:table-row md:rounded-none md:border-0 md:p-0",
                    tone && TONES[tone],
                    row.getIsSelected() && "border-brand-500 bg-brand-50",
                  )}
                >
                  {row.getVisibleCells().map((cell) => {
                    const id = cell.column.id;
                    const col = byId.get(id);
                    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                    return col?.rowHeader ? (
                      <th
                        key={cell.id}
                        scope="row"
                        className={cn(
                          "block pb-1 text-left font-medium md:table-cell md:whitespace-nowrap md:px-3 md:py-2 md:font-normal",
                          col.className,
                        )}
                      >
                        {content}
                      </th>
                    ) : (
                      <td
                        key={cell.id}
                        data-label={col && !col.card && !col.srOnlyHeader ? col.header : undefined}
                        className={cellClass(col, id, selectable) || undefined}
                      >
                        {content}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          {props.footer ? (
            <tfoot className="mt-3 block rounded-lg border border-slate-200 bg-slate-50 p-4 font-medium md:table-footer-group md:rounded-none md:border-0 md:border-t md:p-0">
              <tr className="block md:table-row" data-testid={props.footer.testId}>
                {table.getVisibleLeafColumns().map((c) => {
                  const col = byId.get(c.id);
                  const value = props.footer?.cells[c.id];
                  return (
                    <td
                      key={c.id}
                      data-label={col && !col.card ? col.header : undefined}
                      className={cn(
                        cellClass(col, c.id, false),
                        (value === undefined || value === "") && "max-md:!hidden",
                      )}
                    >
                      {value}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    );

  return (
    <div>
      {props.columnMenu && hideable.length > 0 ? (
        <details className="relative mb-2 hidden md:block">
          <summary className="ml-auto flex w-fit cursor-pointer list-none items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
            <Columns3 className="h-4 w-4" aria-hidden />
            {t("columns")}
          </summary>
          <fieldset className="absolute right-0 z-30 mt-1 w-64 space-y-1 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
            <legend className="sr-only">{t("columns")}</legend>
            {hideable.map((c) => {
              const name = byId.get(c.id)?.header ?? c.id;
              // no <label>: the column's own name stays free for the filter of the same name
              return (
                <div key={c.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    aria-label={t("showColumn", { column: name })}
                    checked={c.getIsVisible()}
                    disabled={!hydrated}
                    onChange={c.getToggleVisibilityHandler()}
                  />
                  <span aria-hidden>{name}</span>
                </div>
              );
            })}
          </fieldset>
        </details>
      ) : null}
      <div className="relative" aria-busy={loading}>
        {loading ? (
          <p
            role="status"
            className="absolute right-2 top-2 z-30 inline-flex items-center gap-2 rounded-md bg-white/90 px-3 py-1 text-sm text-slate-600 shadow"
          >
            <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
            {props.loadingLabel ?? t("loading")}
          </p>
        ) : null}
        <div className={loading ? "pointer-events-none opacity-60 transition-opacity" : "transition-opacity"}>
          {body}
        </div>
      </div>
      {props.pagination ? <Pagination {...props.pagination} /> : null}
    </div>
  );
}
