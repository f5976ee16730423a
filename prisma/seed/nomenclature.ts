// Demo nomenclature: a grocery-and-coffee assortment for ООО «Ромашка» (RU), a shop and kiosk
// assortment for ТОО «Алма Трейд» (KZ) and a small boutique list for ИП Сапарова — goods sold
// by the piece, by weight (кг), by volume (л), by length (м), packages and services, with valid
// EAN-13 barcodes — plus a finished Excel import with two failed rows in each organization.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { withCheckDigit } from "@/lib/nomenclature/barcode";
import type { MeasureUnit } from "@/lib/nomenclature/units";

type Vat = "food" | "std" | "none";
/** [name, unit, price in major units, vat class, variants?] */
type Spec = [string, MeasureUnit, number, Vat, string[]?];

const RU_SECTIONS: Record<string, Spec[]> = {
  "Молочные продукты": [
    ["Молоко «Домик в деревне» 3,2%", "PIECE", 98.9, "food", ["930 мл", "1,4 л"]],
    ["Молоко «Простоквашино» 2,5%", "PIECE", 84.5, "food", ["930 мл", "1,5 л"]],
    ["Кефир «Простоквашино» 1%", "PIECE", 79.9, "food", ["930 мл", "450 мл"]],
    ["Йогурт «Epica» натуральный 4,8%", "PIECE", 69.9, "food", ["130 г", "250 г"]],
    ["Творог «Савушкин» 5%", "PIECE", 129.9, "food", ["180 г", "350 г"]],
    ["Сметана «Простоквашино» 20%", "PIECE", 109.9, "food", ["300 г", "180 г"]],
    ["Масло сливочное «Вологодское» 82,5%", "PIECE", 259, "food", ["180 г", "400 г"]],
    ["Сыр «Российский» весовой", "KILOGRAM", 849, "food"],
    ["Сыр «Гауда» весовой", "KILOGRAM", 989, "food"],
    ["Сыр «Маасдам» весовой", "KILOGRAM", 1190, "food"],
    ["Творог весовой 9%", "KILOGRAM", 520, "food"],
    ["Ряженка «Вкуснотеево» 4%", "PIECE", 89.9, "food", ["500 мл"]],
    ["Молоко разливное фермерское", "LITER", 120, "food"],
  ],
  "Хлеб и выпечка": [
    ["Хлеб «Бородинский»", "PIECE", 64.9, "food", ["400 г", "нарезка 350 г"]],
    ["Батон «Нарезной»", "PIECE", 52.9, "food", ["400 г"]],
    ["Хлеб пшеничный «Домашний»", "PIECE", 58, "food", ["500 г"]],
    ["Багет французский", "PIECE", 79, "food", ["250 г"]],
    ["Круассан с шоколадом", "PIECE", 119, "std"],
    ["Круассан классический", "PIECE", 99, "std"],
    ["Булочка с корицей", "PIECE", 89, "std"],
    ["Пирожок с капустой", "PIECE", 55, "std"],
    ["Сушки ванильные весовые", "KILOGRAM", 289, "food"],
    ["Пряники «Тульские»", "PIECE", 149, "food", ["140 г", "350 г"]],
  ],
  "Овощи и фрукты": [
    ["Картофель молодой", "KILOGRAM", 69.9, "food"],
    ["Морковь мытая", "KILOGRAM", 59.9, "food"],
    ["Лук репчатый", "KILOGRAM", 44.9, "food"],
    ["Капуста белокочанная", "KILOGRAM", 39.9, "food"],
    ["Огурцы среднеплодные", "KILOGRAM", 219, "food"],
    ["Томаты розовые", "KILOGRAM", 329, "food"],
    ["Перец болгарский красный", "KILOGRAM", 389, "food"],
    ["Яблоки «Гала»", "KILOGRAM", 169, "food"],
    ["Яблоки «Голден»", "KILOGRAM", 159, "food"],
    ["Бананы", "KILOGRAM", 139, "food"],
    ["Апельсины", "KILOGRAM", 179, "food"],
    ["Мандарины Абхазия", "KILOGRAM", 219, "food"],
    ["Лимоны", "KILOGRAM", 249, "food"],
    ["Груши «Конференция»", "KILOGRAM", 259, "food"],
    ["Виноград «Кишмиш»", "KILOGRAM", 349, "food"],
    ["Зелень укроп", "PIECE", 59, "food", ["пучок 50 г"]],
    ["Шампиньоны", "PIECE", 149, "food", ["400 г"]],
  ],
  "Мясо и птица": [
    ["Филе куриное охлаждённое", "KILOGRAM", 459, "food"],
    ["Бедро куриное", "KILOGRAM", 299, "food"],
    ["Фарш говяжий", "KILOGRAM", 689, "food"],
    ["Свинина шея", "KILOGRAM", 649, "food"],
    ["Говядина вырезка", "KILOGRAM", 1490, "food"],
    ["Колбаса «Докторская» весовая", "KILOGRAM", 729, "food"],
    ["Сосиски «Молочные»", "PIECE", 289, "food", ["470 г"]],
    ["Ветчина «Классическая» нарезка", "PIECE", 179, "food", ["150 г"]],
  ],
  Бакалея: [
    ["Гречка ядрица «Мистраль»", "PIECE", 119, "food", ["900 г"]],
    ["Рис круглозерный «Увелка»", "PIECE", 99.9, "food", ["800 г"]],
    ["Макароны «Barilla» спагетти №5", "PIECE", 159, "food", ["450 г"]],
    ["Макароны «Макфа» перья", "PIECE", 79.9, "food", ["450 г"]],
    ["Мука пшеничная «Макфа»", "PIECE", 89.9, "food", ["2 кг"]],
    ["Сахар-песок", "PIECE", 94.9, "food", ["1 кг"]],
    ["Соль поваренная «Экстра»", "PIECE", 29.9, "food", ["1 кг"]],
    ["Масло подсолнечное «Золотая семечка»", "PIECE", 149, "food", ["1 л"]],
    ["Масло оливковое «Borges» Extra Virgin", "PIECE", 899, "std", ["500 мл"]],
    ["Овсяные хлопья «Геркулес»", "PIECE", 69.9, "food", ["500 г"]],
    ["Чечевица красная весовая", "KILOGRAM", 189, "food"],
    ["Орехи грецкие весовые", "KILOGRAM", 1290, "std"],
    ["Конфеты «Мишка косолапый» весовые", "KILOGRAM", 1390, "std"],
    ["Конфеты «Коровка» весовые", "KILOGRAM", 459, "std"],
    ["Шоколад «Alpen Gold» молочный", "PIECE", 89.9, "std", ["85 г"]],
    ["Шоколад «Аленка»", "PIECE", 109, "std", ["90 г", "200 г"]],
  ],
  Напитки: [
    ["Вода «Святой источник» негазированная", "PIECE", 59.9, "std", ["0,5 л", "1,5 л", "5 л"]],
    ["Вода «Боржоми» минеральная", "PIECE", 129, "std", ["0,5 л"]],
    ["Сок «Добрый» яблочный", "PIECE", 139, "std", ["1 л"]],
    ["Сок «Rich» апельсиновый", "PIECE", 189, "std", ["1 л"]],
    ["Морс клюквенный «Фруктовый сад»", "PIECE", 119, "std", ["0,95 л"]],
    ["Квас «Очаковский»", "PIECE", 99.9, "std", ["1,5 л"]],
    ["Квас разливной", "LITER", 89, "std"],
    ["Лимонад «Черноголовка» Дюшес", "PIECE", 89.9, "std", ["0,5 л", "1 л"]],
    ["Чай «Greenfield» Golden Ceylon", "PIECE", 189, "std", ["25 пак.", "100 пак."]],
    ["Чай «Ахмад» Earl Grey", "PIECE", 239, "std", ["100 г"]],
  ],
  "Кофе и чай": [
    ["Эспрессо", "PIECE", 140, "std", ["30 мл"]],
    ["Американо", "PIECE", 180, "std", ["250 мл", "350 мл"]],
    ["Капучино", "PIECE", 220, "std", ["250 мл", "350 мл", "450 мл"]],
    ["Латте", "PIECE", 240, "std", ["350 мл", "450 мл"]],
    ["Раф ванильный", "PIECE", 290, "std", ["350 мл"]],
    ["Флэт уайт", "PIECE", 260, "std", ["250 мл"]],
    ["Какао с маршмеллоу", "PIECE", 230, "std", ["350 мл"]],
    ["Чай чёрный в чайнике", "PIECE", 250, "std", ["600 мл"]],
    ["Чай облепиховый", "PIECE", 290, "std", ["400 мл"]],
    ["Кофе в зёрнах «Бразилия Сантос»", "KILOGRAM", 2400, "std"],
    ["Кофе в зёрнах «Эфиопия Иргачефф»", "KILOGRAM", 3200, "std"],
    ["Сироп для кофе (добавка)", "PIECE", 40, "std", ["20 мл"]],
    ["Молоко растительное (замена)", "PIECE", 60, "std"],
    ["Стакан с крышкой", "PIECE", 15, "std", ["350 мл"]],
  ],
  "Бытовая химия": [
    ["Средство для посуды «Fairy»", "PIECE", 199, "std", ["450 мл", "900 мл"]],
    ["Порошок стиральный «Tide» автомат", "PIECE", 549, "std", ["3 кг"]],
    ["Бумага туалетная «Zewa» 3 слоя", "PACKAGE", 289, "std", ["8 рулонов"]],
    ["Салфетки бумажные «Papia»", "PACKAGE", 99, "std", ["100 шт"]],
    ["Пакеты для мусора 60 л", "PACKAGE", 129, "std", ["20 шт"]],
    ["Губки для посуды", "PACKAGE", 79, "std", ["5 шт"]],
    ["Пакет-майка", "PIECE", 9, "std"],
    ["Плёнка пищевая", "METER", 4.5, "std"],
  ],
  Услуги: [
    ["Доставка по району", "SERVICE", 199, "std"],
    ["Доставка за МКАД", "SERVICE", 499, "std"],
    ["Подарочная упаковка", "SERVICE", 150, "std"],
    ["Нарезка продуктов", "SERVICE", 50, "std"],
  ],
};

const KZ_SECTIONS: Record<string, Spec[]> = {
  "Сүт өнімдері / Молочные": [
    ["Молоко «Лидер» 2,5%", "PIECE", 520, "std", ["1 л"]],
    ["Молоко «Адал» 3,2%", "PIECE", 560, "std", ["1 л", "0,5 л"]],
    ["Кефир «Food Master» 2,5%", "PIECE", 480, "std", ["1 л"]],
    ["Айран «Адал»", "PIECE", 390, "std", ["1 л"]],
    ["Кумыс", "LITER", 1800, "std"],
    ["Шубат", "LITER", 2200, "std"],
    ["Курт солёный", "KILOGRAM", 6500, "std"],
    ["Иримшик", "KILOGRAM", 5200, "std"],
    ["Сыр «Костанайский» весовой", "KILOGRAM", 4800, "std"],
    ["Сметана «Food Master» 20%", "PIECE", 690, "std", ["400 г"]],
    ["Творог «Зенченко» 9%", "PIECE", 850, "std", ["400 г"]],
    ["Масло сливочное «Жетысу» 72,5%", "PIECE", 1290, "std", ["200 г"]],
  ],
  "Нан / Хлеб": [
    ["Нан тандырный", "PIECE", 250, "std"],
    ["Лепёшка домашняя", "PIECE", 220, "std"],
    ["Баурсаки", "KILOGRAM", 1800, "std"],
    ["Хлеб «Бородинский»", "PIECE", 380, "std", ["400 г"]],
    ["Батон нарезной", "PIECE", 290, "std", ["400 г"]],
    ["Самса с говядиной", "PIECE", 450, "std"],
    ["Чак-чак", "PIECE", 1450, "std", ["300 г"]],
  ],
  "Ет / Мясо": [
    ["Говядина мякоть", "KILOGRAM", 4200, "std"],
    ["Баранина на кости", "KILOGRAM", 4500, "std"],
    ["Конина (казы)", "KILOGRAM", 7900, "std"],
    ["Жая", "KILOGRAM", 8900, "std"],
    ["Шужук", "KILOGRAM", 7500, "std"],
    ["Фарш говяжий", "KILOGRAM", 3600, "std"],
    ["Филе куриное", "KILOGRAM", 2490, "std"],
    ["Окорочка куриные", "KILOGRAM", 1590, "std"],
  ],
  "Көкөніс, жеміс / Овощи и фрукты": [
    ["Картофель", "KILOGRAM", 190, "std"],
    ["Морковь", "KILOGRAM", 180, "std"],
    ["Лук", "KILOGRAM", 150, "std"],
    ["Помидоры", "KILOGRAM", 890, "std"],
    ["Огурцы", "KILOGRAM", 690, "std"],
    ["Яблоки «Апорт»", "KILOGRAM", 790, "std"],
    ["Яблоки «Голден»", "KILOGRAM", 650, "std"],
    ["Бананы", "KILOGRAM", 790, "std"],
    ["Апельсины", "KILOGRAM", 990, "std"],
    ["Лимоны", "KILOGRAM", 1290, "std"],
    ["Виноград", "KILOGRAM", 1490, "std"],
    ["Курага", "KILOGRAM", 3200, "std"],
    ["Изюм", "KILOGRAM", 2400, "std"],
  ],
  Бакалея: [
    ["Рис «Кызылорда» девзира", "KILOGRAM", 890, "std"],
    ["Гречка", "PIECE", 690, "std", ["900 г"]],
    ["Мука «Цесна» в/с", "PIECE", 1450, "std", ["2 кг", "5 кг"]],
    ["Сахар", "KILOGRAM", 520, "std"],
    ["Соль «Аралтұз»", "PIECE", 120, "std", ["1 кг"]],
    ["Масло подсолнечное «Шедевр»", "PIECE", 990, "std", ["1 л"]],
    ["Масло подсолнечное разливное", "LITER", 850, "std"],
    ["Макароны «Цесна» рожки", "PIECE", 390, "std", ["400 г"]],
    ["Чай «Пиала» гранулированный", "PIECE", 990, "std", ["250 г"]],
    ["Чай «Beta» чёрный", "PIECE", 1190, "std", ["100 пак."]],
    ["Конфеты «Рахат» весовые", "KILOGRAM", 3900, "std"],
    ["Шоколад «Казахстанский»", "PIECE", 690, "std", ["100 г"]],
    ["Печенье «Баян Сулу» весовое", "KILOGRAM", 1590, "std"],
  ],
  "Сусындар / Напитки": [
    ["Вода «Tassay» негазированная", "PIECE", 250, "std", ["0,5 л", "1,5 л"]],
    ["Вода «Sary-Agash» минеральная", "PIECE", 290, "std", ["1 л"]],
    ["Сок «Gracio» яблочный", "PIECE", 690, "std", ["1 л"]],
    ["Лимонад «Piko»", "PIECE", 450, "std", ["1 л"]],
    ["Квас «Kvass Pivovaroff»", "PIECE", 490, "std", ["1,5 л"]],
    ["Кофе «Jacobs Monarch» растворимый", "PIECE", 3490, "std", ["95 г"]],
  ],
  "Шаруашылық / Хозтовары": [
    ["Пакет-майка", "PIECE", 30, "std"],
    ["Средство для посуды «AOS»", "PIECE", 790, "std", ["450 мл"]],
    ["Бумага туалетная", "PACKAGE", 990, "std", ["4 рулона", "12 рулонов"]],
    ["Салфетки влажные", "PACKAGE", 450, "std", ["72 шт"]],
    ["Скатерть клеёнка", "METER", 1200, "std"],
    ["Батарейки АА", "PACKAGE", 890, "std", ["4 шт"]],
  ],
  "Қызметтер / Услуги": [
    ["Доставка по Алматы", "SERVICE", 1500, "none"],
    ["Пополнение баланса (комиссия)", "SERVICE", 100, "none"],
    ["Упаковка подарка", "SERVICE", 800, "std"],
  ],
};

const IP_SECTIONS: Record<string, Spec[]> = {
  Одежда: [
    ["Платье трикотажное", "PIECE", 18900, "none", ["S", "M", "L"]],
    ["Блузка шёлковая", "PIECE", 15900, "none", ["S", "M"]],
    ["Юбка плиссе", "PIECE", 13900, "none", ["M", "L"]],
    ["Шарф кашемировый", "PIECE", 12500, "none"],
  ],
  Ткани: [
    ["Ткань атлас", "METER", 2800, "none"],
    ["Ткань лён", "METER", 3900, "none"],
  ],
  Услуги: [["Подгонка по фигуре", "SERVICE", 3000, "none"]],
};

interface Org {
  id: string;
  country: "RU" | "KZ";
}

function items(org: Org, sections: Record<string, Spec[]>, prefix: string, articlePrefix: string) {
  const vatCode = (v: Vat) =>
    v === "none" ? "NO_VAT" : org.country === "RU" ? (v === "food" ? "VAT10" : "VAT22") : "VAT16";
  const out: {
    id: string;
    name: string;
    article: string;
    unit: MeasureUnit;
    type: "GOOD" | "SERVICE";
    price: bigint;
    vatRate: string;
    section: string;
    barcodes: string[];
  }[] = [];
  let n = 0;
  for (const [section, specs] of Object.entries(sections)) {
    for (const [name, unit, price, vat, variants] of specs) {
      for (const [i, variant] of (variants ?? [""]).entries()) {
        n++;
        const weighed = unit !== "PIECE" && unit !== "PACKAGE";
        // Variants of one product cost a little more or less; weighed goods use in-store codes (prefix 2).
        const factor = variants ? 1 + (i - (variants.length - 1) / 2) * 0.35 : 1;
        out.push({
          id: randomUUID(),
          name: variant ? `${name} ${variant}` : name,
          article: `${articlePrefix}-${String(n).padStart(4, "0")}`,
          unit,
          type: unit === "SERVICE" ? "SERVICE" : "GOOD",
          price: BigInt(Math.round(price * factor * 100)),
          vatRate: vatCode(vat),
          section,
          barcodes:
            unit === "SERVICE"
              ? []
              : [
                  withCheckDigit(
                    weighed
                      ? `2${String(100000 + n).padStart(6, "0")}00000`.slice(0, 12)
                      : `${prefix}${String(n * 7919).padStart(12 - prefix.length, "0")}`,
                  ),
                ],
        });
      }
    }
  }
  return out;
}

/** Extra variants so that each demo organization has a few hundred items (sizes and flavours). */
function widen(
  list: ReturnType<typeof items>,
  org: Org,
  target: number,
  prefix: string,
  articlePrefix: string,
) {
  const flavours = [
    "малина",
    "клубника",
    "персик",
    "вишня",
    "ваниль",
    "карамель",
    "лесные ягоды",
    "манго",
    "черника",
    "абрикос",
  ];
  const bases =
    org.country === "RU"
      ? [
          ["Йогурт питьевой «Чудо»", "Молочные продукты", 79.9, "VAT10", "270 мл"],
          ["Сок «J7»", "Напитки", 169, "VAT22", "0,97 л"],
          ["Мороженое «Чистая линия» пломбир", "Замороженные продукты", 119, "VAT22", "80 г"],
          ["Варенье «Махеевъ»", "Бакалея", 189, "VAT22", "400 г"],
          ["Чай «Greenfield» фруктовый", "Напитки", 199, "VAT22", "20 пак."],
          ["Сырок глазированный «Б.Ю. Александров»", "Молочные продукты", 64.9, "VAT10", "50 г"],
          ["Мармелад «Фруктовый сад»", "Кондитерские изделия", 119, "VAT22", "250 г"],
          ["Кисель «Русский продукт»", "Бакалея", 69.9, "VAT10", "220 г"],
          ["Пирожное «Картошка»", "Кондитерские изделия", 89, "VAT22", "1 шт"],
          ["Вафли «Яшкино»", "Кондитерские изделия", 79.9, "VAT22", "200 г"],
          ["Газировка «Фанта»", "Напитки", 129, "VAT22", "1 л"],
          ["Драже «M&M's»", "Кондитерские изделия", 109, "VAT22", "45 г"],
          ["Жевательная резинка «Orbit»", "Кондитерские изделия", 59.9, "VAT22", "13,6 г"],
          ["Мусс творожный «Danissimo»", "Молочные продукты", 74.9, "VAT10", "130 г"],
        ]
      : [
          ["Йогурт «Epica»", "Сүт өнімдері / Молочные", 590, "VAT16", "130 г"],
          ["Сок «Juicy»", "Сусындар / Напитки", 650, "VAT16", "1 л"],
          ["Мороженое «Шин-Лайн» пломбир", "Мұздатылған / Замороженные", 390, "VAT16", "80 г"],
          ["Джем «Raduga»", "Бакалея", 1190, "VAT16", "370 г"],
          ["Чай «Пиала» фруктовый", "Сусындар / Напитки", 790, "VAT16", "25 пак."],
          ["Творожок «Lactel»", "Сүт өнімдері / Молочные", 350, "VAT16", "100 г"],
          ["Мармелад «Рахат»", "Бакалея", 890, "VAT16", "300 г"],
          ["Вафли «Баян Сулу»", "Бакалея", 590, "VAT16", "200 г"],
          ["Газировка «Fanta»", "Сусындар / Напитки", 590, "VAT16", "1 л"],
          ["Жевательная резинка «Orbit»", "Бакалея", 290, "VAT16", "13,6 г"],
          ["Сок «Да-Да»", "Сусындар / Напитки", 590, "VAT16", "1 л"],
          ["Кисломолочный напиток «Актимель»", "Сүт өнімдері / Молочные", 390, "VAT16", "100 г"],
          ["Пирожное «Рахат»", "Бакалея", 450, "VAT16", "1 шт"],
          ["Мороженое «Шин-Лайн» эскимо", "Мұздатылған / Замороженные", 450, "VAT16", "70 г"],
        ];
  let n = list.length;
  outer: for (const [name, section, price, vat, size] of bases as [
    string,
    string,
    number,
    string,
    string,
  ][]) {
    for (const f of flavours) {
      if (list.length >= target) break outer;
      n++;
      list.push({
        id: randomUUID(),
        name: `${name} ${f} ${size}`,
        article: `${articlePrefix}-${String(n).padStart(4, "0")}`,
        unit: "PIECE",
        type: "GOOD",
        price: BigInt(Math.round(price * 100)),
        vatRate: vat,
        section,
        barcodes: [withCheckDigit(`${prefix}${String(n * 7919).padStart(12 - prefix.length, "0")}`)],
      });
    }
  }
  return list;
}

async function insert(db: Db, org: Org, list: ReturnType<typeof items>, archived: Set<number>, now: Date) {
  await db.nomenclatureItem.createMany({
    data: list.map((it, i) => ({
      id: it.id,
      organizationId: org.id,
      name: it.name,
      article: it.article,
      type: it.type,
      unit: it.unit,
      price: it.price,
      vatRate: it.vatRate,
      section: it.section,
      archivedAt: archived.has(i) ? now : null,
    })),
  });
  await db.nomenclatureBarcode.createMany({
    data: list.flatMap((it) =>
      it.barcodes.map((barcode, position) => ({ organizationId: org.id, itemId: it.id, barcode, position })),
    ),
  });
}

const HEADERS = ["Наименование", "Артикул", "Штрихкоды", "Тип", "Единица", "Цена", "НДС", "Раздел"];
const MAPPING = { name: 0, article: 1, barcodes: 2, type: 3, unit: 4, price: 5, vatRate: 6, section: 7 };

/** A finished import with two failed rows, as the owner would have left it (history and error report). */
async function seedImportJob(db: Db, org: Org, userId: string, fileName: string, created: number, now: Date) {
  const job = await db.importJob.create({
    data: {
      organizationId: org.id,
      status: "DONE",
      fileName,
      fileFormat: "xlsx",
      fileSize: 48_512,
      headers: { row: 1, cells: HEADERS, sample: [] },
      mapping: MAPPING,
      totalRows: created + 2,
      processedRows: created + 2,
      createdCount: created,
      failedCount: 2,
      createdById: userId,
      createdAt: new Date(now.getTime() - 3 * 86_400_000),
      queuedAt: new Date(now.getTime() - 3 * 86_400_000),
      startedAt: new Date(now.getTime() - 3 * 86_400_000),
      finishedAt: new Date(now.getTime() - 3 * 86_400_000 + 4_000),
    },
  });
  await db.importJobError.createMany({
    data: [
      {
        organizationId: org.id,
        jobId: job.id,
        rowNumber: 17,
        cells: [
          "Сыр «Пошехонский» весовой",
          "",
          "4607001771234",
          "Товар",
          "кг",
          "799",
          org.country === "RU" ? "НДС 10%" : "НДС 16%",
          "Молочные продукты",
        ],
        messages: [{ key: "rowErrors.barcodeCheckDigit", params: { barcode: "4607001771234" } }],
      },
      {
        organizationId: org.id,
        jobId: job.id,
        rowNumber: 42,
        cells: ["Скидочная карта", "CARD-1", "", "Товар", "ящик", "-100", "", ""],
        messages: [
          { key: "rowErrors.unitUnknown", params: { value: "ящик" } },
          { key: "rowErrors.priceNegative" },
        ],
      },
    ],
  });
}

export async function seedDemoNomenclature(
  db: Db,
  orgs: { ru: Org; kz: Org; ip: Org },
  users: { ru: string; kz: string; ip: string },
  now = new Date(),
) {
  const ru = widen(items(orgs.ru, RU_SECTIONS, "460", "RM"), orgs.ru, 260, "460", "RM");
  const kz = widen(items(orgs.kz, KZ_SECTIONS, "487", "AT"), orgs.kz, 210, "487", "AT");
  const ip = items(orgs.ip, IP_SECTIONS, "487", "SP");
  await insert(db, orgs.ru, ru, new Set([5, 60]), now);
  await insert(db, orgs.kz, kz, new Set([12]), now);
  await insert(db, orgs.ip, ip, new Set(), now);
  await seedImportJob(db, orgs.ru, users.ru, "Прайс-лист Ромашка.xlsx", 120, now);
  await seedImportJob(db, orgs.kz, users.kz, "Тауарлар тізімі.xlsx", 80, now);
  await seedImportJob(db, orgs.ip, users.ip, "Бутик — ассортимент.xlsx", 10, now);
  return { ru: ru.length, kz: kz.length, ip: ip.length };
}
