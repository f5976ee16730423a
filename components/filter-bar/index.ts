// URL-bound filters of the list screens (cashboxes, receipts, analytics, reports, journal,
// nomenclature): the bar, its controls and pickers, and the pure URL <-> filter state helpers.
export {
  FilterActions,
  FilterBar,
  FilterField,
  FilterReset,
  FilterSubmit,
  filterLabelClass,
} from "./filter-bar";
export { FilterDateRange, FilterInput, FilterSelect, type FilterInputProps } from "./controls";
export { CashboxPicker, PlacePickers, TradePointPicker } from "./pickers";
export {
  applyFilterChanges,
  filterHref,
  formFilters,
  namedOptions,
  optionsFor,
  PAGE_PARAM,
  type FilterChanges,
  type FilterOption,
} from "./url-state";
export { useFilterNavigation } from "./use-filter-navigation";
