// Synthetic but plausible nomenclature rows for the `nomenclature` benchmark.
import ExcelJS from "exceljs";
import { withCheckDigit } from "../../lib/nomenclature/barcode";

const KINDS = [
  ["Молоко", "Молочные продукты", "шт"],
  ["Кефир", "Молочные продукты", "шт"],
  ["Сыр", "Молочные продукты", "кг"],
  ["Хлеб", "Хлеб и выпечка", "шт"],
  ["Яблоки", "Овощи и фрукты", "кг"],
  ["Картофель", "Овощи и фрукты", "кг"],
  ["Квас разливной", "Напитки", "л"],
  ["Вода", "Напитки", "шт"],
  ["Кабель ВВГ", "Электротовары", "м"],
  ["Плёнка", "Хозтовары", "м²"],
  ["Салфетки", "Хозтовары", "упак"],
  ["Доставка", "Услуги", "услуга"],
] as const;

export async function writeBenchXlsx(file: string, rows: number) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: false,
  });
  const ws = wb.addWorksheet("Номенклатура");
  ws.addRow(["Наименование", "Артикул", "Штрихкоды", "Тип", "Единица", "Цена", "НДС", "Раздел"]).commit();
  for (let i = 1; i <= rows; i++) {
    const [kind, section, unit] = KINDS[i % KINDS.length];
    const service = unit === "услуга";
    ws.addRow([
      `${kind} №${i} ${["эконом", "стандарт", "премиум"][i % 3]}`,
      `ART-${String(i).padStart(6, "0")}`,
      service ? "" : withCheckDigit(`46${String(i).padStart(10, "0")}`),
      service ? "Услуга" : "Товар",
      unit,
      Math.round(((i * 7919) % 500000) + 100) / 100,
      i % 4 === 0 ? "Без НДС" : i % 4 === 1 ? "НДС 10%" : "НДС 22%",
      section,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}
