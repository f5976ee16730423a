// «Сумма прописью» of an invoice (issue 15.18): "Четыре тысячи четыреста рублей 00 копеек",
// "Сто пятьдесят тысяч тенге 50 тиын"; Kazakh and English for the kk/en invoice. Pure.

export type WordsLocale = "ru" | "kk" | "en";
export type WordsCurrency = "RUB" | "KZT";

type Forms = [string, string, string]; // one, few (2–4), many

/** Russian plural form by the last two digits. */
function ruForm(n: bigint, f: Forms): string {
  const d100 = n % 100n;
  const d10 = n % 10n;
  if (d100 >= 11n && d100 <= 14n) return f[2];
  if (d10 === 1n) return f[0];
  if (d10 >= 2n && d10 <= 4n) return f[1];
  return f[2];
}

const RU_ONES_M = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const RU_ONES_F = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const RU_TEENS = [
  "десять",
  "одиннадцать",
  "двенадцать",
  "тринадцать",
  "четырнадцать",
  "пятнадцать",
  "шестнадцать",
  "семнадцать",
  "восемнадцать",
  "девятнадцать",
];
const RU_TENS = [
  "",
  "",
  "двадцать",
  "тридцать",
  "сорок",
  "пятьдесят",
  "шестьдесят",
  "семьдесят",
  "восемьдесят",
  "девяносто",
];
const RU_HUNDREDS = [
  "",
  "сто",
  "двести",
  "триста",
  "четыреста",
  "пятьсот",
  "шестьсот",
  "семьсот",
  "восемьсот",
  "девятьсот",
];

function ruTriple(n: number, feminine: boolean): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) out.push(RU_HUNDREDS[h]);
  if (rest >= 10 && rest < 20) out.push(RU_TEENS[rest - 10]);
  else {
    if (rest >= 20) out.push(RU_TENS[Math.floor(rest / 10)]);
    if (rest % 10) out.push((feminine ? RU_ONES_F : RU_ONES_M)[rest % 10]);
  }
  return out;
}

const RU_SCALES: { forms: Forms; feminine: boolean }[] = [
  { forms: ["", "", ""], feminine: false },
  { forms: ["тысяча", "тысячи", "тысяч"], feminine: true },
  { forms: ["миллион", "миллиона", "миллионов"], feminine: false },
  { forms: ["миллиард", "миллиарда", "миллиардов"], feminine: false },
  { forms: ["триллион", "триллиона", "триллионов"], feminine: false },
];

function ruNumber(n: bigint, unitFeminine: boolean): string {
  if (n === 0n) return "ноль";
  const words: string[] = [];
  const groups: number[] = [];
  for (let v = n; v > 0n; v /= 1000n) groups.push(Number(v % 1000n));
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g) continue;
    const scale = RU_SCALES[i];
    words.push(...ruTriple(g, i === 0 ? unitFeminine : scale.feminine));
    if (i > 0) words.push(ruForm(BigInt(g), scale.forms));
  }
  return words.join(" ");
}

const KK_ONES = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
const KK_SCALES = ["", "мың", "миллион", "миллиард", "триллион"];

function kkTriple(n: number): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  if (h) out.push(...(h === 1 ? ["жүз"] : [KK_ONES[h], "жүз"]));
  const t = Math.floor((n % 100) / 10);
  if (t) out.push(KK_TENS[t]);
  if (n % 10) out.push(KK_ONES[n % 10]);
  return out;
}

function kkNumber(n: bigint): string {
  if (n === 0n) return "нөл";
  const groups: number[] = [];
  for (let v = n; v > 0n; v /= 1000n) groups.push(Number(v % 1000n));
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (!groups[i]) continue;
    words.push(...kkTriple(groups[i]));
    if (i > 0) words.push(KK_SCALES[i]);
  }
  return words.join(" ");
}

const EN_ONES = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_SCALES = ["", "thousand", "million", "billion", "trillion"];

function enTriple(n: number): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) parts.push(`${EN_ONES[h]} hundred`);
  if (rest) {
    const r =
      rest < 20
        ? EN_ONES[rest]
        : EN_TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${EN_ONES[rest % 10]}` : "");
    parts.push(h ? `and ${r}` : r);
  }
  return parts.join(" ");
}

function enNumber(n: bigint): string {
  if (n === 0n) return "zero";
  const groups: number[] = [];
  for (let v = n; v > 0n; v /= 1000n) groups.push(Number(v % 1000n));
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (!groups[i]) continue;
    words.push(enTriple(groups[i]) + (i > 0 ? ` ${EN_SCALES[i]}` : ""));
  }
  return words.join(" ");
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Minor units → the amount in words with the currency, kopecks/tiyn as two digits. */
export function amountInWords(minor: bigint, currency: WordsCurrency, locale: WordsLocale = "ru"): string {
  if (minor < 0n) throw new RangeError("negative amount");
  const major = minor / 100n;
  const cents = String(minor % 100n).padStart(2, "0");
  const c = minor % 100n;
  if (locale === "kk") {
    const unit = currency === "RUB" ? "рубль" : "теңге";
    const sub = currency === "RUB" ? "тиын" : "тиын";
    return `${capitalize(kkNumber(major))} ${unit} ${cents} ${sub}`;
  }
  if (locale === "en") {
    const unit = currency === "RUB" ? (major === 1n ? "rouble" : "roubles") : "tenge";
    const sub = currency === "RUB" ? (c === 1n ? "kopeck" : "kopecks") : "tiyn";
    return `${capitalize(enNumber(major))} ${unit} ${cents} ${sub}`;
  }
  if (currency === "RUB") {
    return `${capitalize(ruNumber(major, false))} ${ruForm(major, ["рубль", "рубля", "рублей"])} ${cents} ${ruForm(c, ["копейка", "копейки", "копеек"])}`;
  }
  return `${capitalize(ruNumber(major, false))} тенге ${cents} тиын`;
}
