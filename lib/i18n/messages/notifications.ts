// Notifications (lib/notifications/kinds.ts): bell titles (kinds.*) and mails (mail.*), in the
// reader's language. Dates arrive formatted as DD.MM.YYYY.
const ru = {
  markAllRead: "Отметить все прочитанными",
  kinds: {
    PAYMENT_EXPIRING_30: "Касса «{cashbox}»: оплата заканчивается {paidUntil}",
    PAYMENT_EXPIRING_7:
      "Касса «{cashbox}»: {days, plural, =0 {сегодня последний оплаченный день} one {остался # день оплаты} few {осталось # дня оплаты} many {осталось # дней оплаты} other {осталось # дня оплаты}}",
    PAYMENT_UNPAID: "Касса «{cashbox}» не оплачена: срок истёк {paidUntil}",
    CASHBOX_BLOCKED_UNPAID: "Касса «{cashbox}» заблокирована: обслуживание не оплачено с {paidUntil}",
    CODE_HANDED:
      "Партнёр {partner} передал вам код активации на {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}",
    ORDER_PAID: "Заказ № {number} оплачен",
    STOCK_LOW: "Мало товара «{item}» на точке «{tradePoint}»: {quantity} при минимуме {min}",
  },
  mail: {
    PAYMENT_EXPIRING_30: {
      subject: "Оплата кассы «{cashbox}» заканчивается {paidUntil}",
      text: "Обслуживание кассы «{cashbox}» оплачено по {paidUntil}. Продлите его заранее кодом активации: купите код в Маркете или попросите у партнёра.",
    },
    PAYMENT_EXPIRING_7: {
      subject:
        "Через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} заканчивается оплата кассы «{cashbox}»",
      text: "Обслуживание кассы «{cashbox}» оплачено по {paidUntil}. Если его не продлить, касса перестанет передавать чеки, а позже будет заблокирована.",
    },
    PAYMENT_UNPAID: {
      subject: "Касса «{cashbox}» не оплачена",
      text: "Срок оплаты кассы «{cashbox}» истёк {paidUntil}. Продлите обслуживание кодом активации, иначе касса будет заблокирована.",
    },
    CASHBOX_BLOCKED_UNPAID: {
      subject: "Касса «{cashbox}» заблокирована за неоплату",
      text: "Обслуживание кассы «{cashbox}» не оплачено с {paidUntil}, и касса заблокирована. Блокировка снимется сразу после продления кодом активации.",
    },
    CODE_HANDED: {
      subject: "Партнёр {partner} передал вам код активации",
      text: "Код на {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} ждёт вас в разделе «Мои коды». Примените его к кассе в один шаг.",
    },
    ORDER_PAID: {
      subject: "Заказ № {number} оплачен",
      text: "Спасибо за оплату заказа № {number}. {codes, plural, =0 {} one {# код активации уже в разделе «Мои коды».} few {# кода активации уже в разделе «Мои коды».} many {# кодов активации уже в разделе «Мои коды».} other {# кода активации уже в разделе «Мои коды».}}",
    },
    STOCK_LOW: {
      subject: "Заканчивается товар «{item}»",
      text: "На точке «{tradePoint}» осталось {quantity} товара «{item}» при минимуме {min}. Пора заказать поставку.",
    },
  },
};

const kk: typeof ru = {
  markAllRead: "Барлығын оқылды деп белгілеу",
  kinds: {
    PAYMENT_EXPIRING_30: "«{cashbox}» кассасы: төлем {paidUntil} аяқталады",
    PAYMENT_EXPIRING_7:
      "«{cashbox}» кассасы: {days, plural, =0 {бүгін соңғы төленген күн} one {төлемге # күн қалды} other {төлемге # күн қалды}}",
    PAYMENT_UNPAID: "«{cashbox}» кассасы төленбеген: мерзімі {paidUntil} өтті",
    CASHBOX_BLOCKED_UNPAID: "«{cashbox}» кассасы бұғатталды: қызмет {paidUntil} бастап төленбеген",
    CODE_HANDED:
      "{partner} серіктесі сізге {months, plural, one {# айлық} other {# айлық}} белсендіру кодын берді",
    ORDER_PAID: "№ {number} тапсырыс төленді",
    STOCK_LOW: "«{tradePoint}» нүктесінде «{item}» тауары аз: {quantity}, ең азы {min}",
  },
  mail: {
    PAYMENT_EXPIRING_30: {
      subject: "«{cashbox}» кассасының төлемі {paidUntil} аяқталады",
      text: "«{cashbox}» кассасының қызметі {paidUntil} дейін төленген. Оны белсендіру кодымен алдын ала ұзартыңыз: кодты Маркеттен сатып алыңыз немесе серіктестен сұраңыз.",
    },
    PAYMENT_EXPIRING_7: {
      subject:
        "«{cashbox}» кассасының төлемі {days, plural, one {# күннен} other {# күннен}} кейін аяқталады",
      text: "«{cashbox}» кассасының қызметі {paidUntil} дейін төленген. Ұзартылмаса, касса чектерді жіберуді тоқтатады, кейін бұғатталады.",
    },
    PAYMENT_UNPAID: {
      subject: "«{cashbox}» кассасы төленбеген",
      text: "«{cashbox}» кассасының төлем мерзімі {paidUntil} өтті. Қызметті белсендіру кодымен ұзартыңыз, әйтпесе касса бұғатталады.",
    },
    CASHBOX_BLOCKED_UNPAID: {
      subject: "«{cashbox}» кассасы төленбегені үшін бұғатталды",
      text: "«{cashbox}» кассасының қызметі {paidUntil} бастап төленбеген, касса бұғатталды. Белсендіру кодымен ұзартқаннан кейін бұғаттау бірден алынады.",
    },
    CODE_HANDED: {
      subject: "{partner} серіктесі сізге белсендіру кодын берді",
      text: "{months, plural, one {# айлық} other {# айлық}} код «Менің кодтарым» бөлімінде сізді күтіп тұр. Оны кассаға бір қадамда қолданыңыз.",
    },
    ORDER_PAID: {
      subject: "№ {number} тапсырыс төленді",
      text: "№ {number} тапсырысты төлегеніңіз үшін рақмет. {codes, plural, =0 {} one {# белсендіру коды «Менің кодтарым» бөлімінде.} other {# белсендіру коды «Менің кодтарым» бөлімінде.}}",
    },
    STOCK_LOW: {
      subject: "«{item}» тауары таусылып келеді",
      text: "«{tradePoint}» нүктесінде «{item}» тауарынан {quantity} қалды, ең азы {min}. Жеткізуге тапсырыс беретін уақыт келді.",
    },
  },
};

const en: typeof ru = {
  markAllRead: "Mark all as read",
  kinds: {
    PAYMENT_EXPIRING_30: "Cashbox «{cashbox}»: the service ends on {paidUntil}",
    PAYMENT_EXPIRING_7:
      "Cashbox «{cashbox}»: {days, plural, =0 {today is the last paid day} one {# paid day left} other {# paid days left}}",
    PAYMENT_UNPAID: "Cashbox «{cashbox}» is not paid: the service ended on {paidUntil}",
    CASHBOX_BLOCKED_UNPAID: "Cashbox «{cashbox}» is blocked: not paid since {paidUntil}",
    CODE_HANDED:
      "Partner {partner} handed you an activation code for {months, plural, one {# month} other {# months}}",
    ORDER_PAID: "Order no. {number} is paid",
    STOCK_LOW: "Low stock of “{item}” at “{tradePoint}”: {quantity}, minimum {min}",
  },
  mail: {
    PAYMENT_EXPIRING_30: {
      subject: "The service of cashbox «{cashbox}» ends on {paidUntil}",
      text: "The service of cashbox «{cashbox}» is paid until {paidUntil}. Extend it in time with an activation code: buy one in the Market or ask your partner.",
    },
    PAYMENT_EXPIRING_7: {
      subject: "The service of cashbox «{cashbox}» ends in {days, plural, one {# day} other {# days}}",
      text: "The service of cashbox «{cashbox}» is paid until {paidUntil}. Without an extension the cashbox stops sending receipts and is later blocked.",
    },
    PAYMENT_UNPAID: {
      subject: "Cashbox «{cashbox}» is not paid",
      text: "The service of cashbox «{cashbox}» ended on {paidUntil}. Extend it with an activation code, or the cashbox will be blocked.",
    },
    CASHBOX_BLOCKED_UNPAID: {
      subject: "Cashbox «{cashbox}» is blocked for non-payment",
      text: "The service of cashbox «{cashbox}» has not been paid since {paidUntil}, and the cashbox is blocked. The block is lifted as soon as it is extended with an activation code.",
    },
    CODE_HANDED: {
      subject: "Partner {partner} handed you an activation code",
      text: "A code for {months, plural, one {# month} other {# months}} is waiting in «My codes». Apply it to a cashbox in one step.",
    },
    ORDER_PAID: {
      subject: "Order no. {number} is paid",
      text: "Thank you for paying order no. {number}. {codes, plural, =0 {} one {# activation code is in «My codes».} other {# activation codes are in «My codes».}}",
    },
    STOCK_LOW: {
      subject: "“{item}” is running out",
      text: "{quantity} of “{item}” left at “{tradePoint}”, minimum {min}. Time to order a delivery.",
    },
  },
};

export default { ru, kk, en };
