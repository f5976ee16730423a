// The seller of the «Маркет» per country (the printable invoice shows these requisites).
// Demo values: a deployment replaces them through the KASSA_SELLER_<COUNTRY>_JSON environment
// variables, e.g. KASSA_SELLER_RU_JSON='{"name":"ООО «…»","taxId":"…",…}'.
export interface SellerRequisites {
  name: string;
  taxId: string;
  kpp?: string;
  address: string;
  bankName: string;
  /** RU: р/с; KZ: ИИК */
  bankAccount: string;
  /** RU: БИК; KZ: БИК (SWIFT) */
  bankCode: string;
  /** RU: к/с */
  correspondentAccount?: string;
  /** KZ: Кбе */
  beneficiaryCode?: string;
  director: string;
  accountant: string;
  phone: string;
}

const defaults: Record<"RU" | "KZ", SellerRequisites> = {
  RU: {
    name: "ООО «Касса Кабинет»",
    taxId: "7743000003",
    kpp: "774301001",
    address: "125412, г. Москва, ул. Ижорская, д. 6, офис 12",
    bankName: "ПАО Сбербанк, г. Москва",
    bankAccount: "40702810700000012340",
    bankCode: "044525225",
    correspondentAccount: "30101810400000000225",
    director: "Смирнов А. В.",
    accountant: "Козлова Е. Н.",
    phone: "+7 495 000-00-00",
  },
  KZ: {
    name: "ТОО «Kassa Cabinet Kazakhstan»",
    taxId: "210740000008",
    address: "050000, г. Алматы, пр. Абая, 150, офис 310",
    bankName: "АО «Народный Банк Казахстана»",
    bankAccount: "KZ20601A871001726091",
    bankCode: "HSBKKZKX",
    beneficiaryCode: "17",
    director: "Нурланов Б. С.",
    accountant: "Ахметова Г. К.",
    phone: "+7 727 000-00-00",
  },
};

export function sellerFor(country: "RU" | "KZ"): SellerRequisites {
  const raw = process.env[`KASSA_SELLER_${country}_JSON`];
  return raw
    ? { ...defaults[country], ...(JSON.parse(raw) as Partial<SellerRequisites>) }
    : defaults[country];
}
