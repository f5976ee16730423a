// The data table (components/data-table): header sorting, the columns menu, loading, paging without a total.
const ru = {
  sortBy: "Сортировать: {column}",
  columns: "Столбцы",
  loading: "Обновление…",
  pageOnly: "Страница {page}",
};

const kk: typeof ru = {
  sortBy: "Сұрыптау: {column}",
  columns: "Бағандар",
  loading: "Жаңартылуда…",
  pageOnly: "{page}-бет",
};

const en: typeof ru = {
  sortBy: "Sort by {column}",
  columns: "Columns",
  loading: "Updating…",
  pageOnly: "Page {page}",
};

export default { ru, kk, en };
