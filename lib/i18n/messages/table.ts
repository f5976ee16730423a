// The data table (components/data-table): header sorting, the columns menu, loading, paging without a total.
const ru = {
  sortBy: "Сортировать: {column}",
  columns: "Столбцы",
  showColumn: "Показывать столбец «{column}»",
  loading: "Обновление…",
  pageOnly: "Страница {page}",
};

const kk: typeof ru = {
  sortBy: "Сұрыптау: {column}",
  columns: "Бағандар",
  showColumn: "«{column}» бағанын көрсету",
  loading: "Жаңартылуда…",
  pageOnly: "{page}-бет",
};

const en: typeof ru = {
  sortBy: "Sort by {column}",
  columns: "Columns",
  showColumn: "Show the «{column}» column",
  loading: "Updating…",
  pageOnly: "Page {page}",
};

export default { ru, kk, en };
