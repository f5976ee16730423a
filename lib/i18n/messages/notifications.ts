// Notifications (lib/notifications/kinds.ts): bell titles (kinds.*) and mails (mail.*), in the
// reader's language. Dates arrive formatted as DD.MM.YYYY.
const ru = {
  markAllRead: "Отметить все прочитанными",
  prefs: {
    title: "Уведомления",
    intro:
      "Выберите, какие уведомления показывать вам в колокольчике и присылать на почту {email}. Это ваша личная настройка: у других пользователей организации свои.",
    kind: "Уведомление",
    bell: "В колокольчике",
    mail: "На почту",
    bellOf: "{kind}: в колокольчике",
    mailOf: "{kind}: на почту",
    none: "Для вашей роли уведомлений нет.",
    kinds: {
      PAYMENT_EXPIRING_30: "Оплата кассы заканчивается через 30 дней",
      PAYMENT_EXPIRING_7: "Оплата кассы заканчивается через 7 дней",
      PAYMENT_UNPAID: "Касса не оплачена",
      CASHBOX_BLOCKED_UNPAID: "Касса заблокирована за неоплату",
      OFD_PAYMENT_EXPIRING_30: "Оплата ОФД заканчивается через 30 дней",
      OFD_PAYMENT_EXPIRING_7: "Оплата ОФД заканчивается через 7 дней",
      OFD_PAYMENT_UNPAID: "ОФД не оплачен",
      CODE_HANDED: "Партнёр передал код активации",
      ORDER_PAID: "Заказ оплачен",
      STOCK_LOW: "Товар заканчивается",
      OFFLINE_24H: "Касса не на связи 24 часа",
      OFFLINE_72H: "Касса не на связи 72 часа",
      REGISTRATION_ACCEPTED: "Заявление в налоговую принято",
      REGISTRATION_REFUSED: "Заявление в налоговую отклонено",
      CERTIFICATE_EXPIRING_30: "Сертификат подписи заканчивается через 30 дней",
      CERTIFICATE_EXPIRING_7: "Сертификат подписи заканчивается через 7 дней",
      FN_EXPIRING_30: "ФН заканчивается через 30 дней",
      FN_EXPIRING_7: "ФН заканчивается через 7 дней",
      SHIFT_OPEN_24H: "Смена открыта дольше 24 часов",
    },
  },
  kinds: {
    PAYMENT_EXPIRING_30: "Касса «{cashbox}»: оплата заканчивается {paidUntil}",
    PAYMENT_EXPIRING_7:
      "Касса «{cashbox}»: {days, plural, =0 {сегодня последний оплаченный день} one {остался # день оплаты} few {осталось # дня оплаты} many {осталось # дней оплаты} other {осталось # дня оплаты}}",
    PAYMENT_UNPAID: "Касса «{cashbox}» не оплачена: срок истёк {paidUntil}",
    CASHBOX_BLOCKED_UNPAID: "Касса «{cashbox}» заблокирована: обслуживание не оплачено с {paidUntil}",
    OFD_PAYMENT_EXPIRING_30: "Касса «{cashbox}»: оплата ОФД заканчивается {ofdPaidUntil}",
    OFD_PAYMENT_EXPIRING_7:
      "Касса «{cashbox}»: {days, plural, =0 {сегодня последний оплаченный день ОФД} one {остался # день оплаты ОФД} few {осталось # дня оплаты ОФД} many {осталось # дней оплаты ОФД} other {осталось # дня оплаты ОФД}}",
    OFD_PAYMENT_UNPAID: "Касса «{cashbox}»: ОФД не оплачен, срок истёк {ofdPaidUntil}",
    CODE_HANDED:
      "Партнёр {partner} передал вам код активации на {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}",
    ORDER_PAID: "Заказ № {number} оплачен",
    STOCK_LOW: "Мало товара «{item}» на точке «{tradePoint}»: {quantity} при минимуме {min}",
    OFFLINE_24H: "Касса «{cashbox}» не выходит на связь больше 24 часов",
    OFFLINE_72H: "Касса «{cashbox}» не на связи больше 72 часов: новые офлайн-чеки будут отклонены",
    REGISTRATION_ACCEPTED:
      "Заявление на {caseKind, select, REGISTRATION {регистрацию} REREGISTRATION_FN {перерегистрацию (замена ФН)} REREGISTRATION_ADDRESS {перерегистрацию (смена адреса)} REREGISTRATION_REQUISITES {перерегистрацию (изменение реквизитов)} DEREGISTRATION {снятие с учёта} other {регистрацию}} кассы «{cashbox}» принято",
    REGISTRATION_REFUSED:
      "Заявление на {caseKind, select, REGISTRATION {регистрацию} REREGISTRATION_FN {перерегистрацию (замена ФН)} REREGISTRATION_ADDRESS {перерегистрацию (смена адреса)} REREGISTRATION_REQUISITES {перерегистрацию (изменение реквизитов)} DEREGISTRATION {снятие с учёта} other {регистрацию}} кассы «{cashbox}» отклонено: {reason}",
    CERTIFICATE_EXPIRING_30: "Сертификат «{subject}» действует до {until}",
    CERTIFICATE_EXPIRING_7:
      "Сертификат «{subject}»: {days, plural, one {остался # день} few {осталось # дня} many {осталось # дней} other {осталось # дня}} действия",
    FN_EXPIRING_30: "ФН кассы «{cashbox}» заканчивается {until}",
    FN_EXPIRING_7:
      "ФН кассы «{cashbox}»: {days, plural, one {остался # день} few {осталось # дня} many {осталось # дней} other {осталось # дня}} до конца срока",
    SHIFT_OPEN_24H:
      "Смена № {shift} кассы «{cashbox}» открыта дольше 24 часов{closed, select, yes {: закрыта автоматически} other {}}",
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
    OFD_PAYMENT_EXPIRING_30: {
      subject: "Оплата ОФД кассы «{cashbox}» заканчивается {ofdPaidUntil}",
      text: "Услуги ОФД для кассы «{cashbox}» оплачены по {ofdPaidUntil}. Оплатите их заранее на сайте ОФД и укажите новую дату «ОФД оплачен до» в карточке кассы: без оплаты ОФД перестанет принимать чеки кассы.",
    },
    OFD_PAYMENT_EXPIRING_7: {
      subject:
        "Через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} заканчивается оплата ОФД кассы «{cashbox}»",
      text: "Услуги ОФД для кассы «{cashbox}» оплачены по {ofdPaidUntil}. Оплатите их на сайте ОФД и укажите новую дату «ОФД оплачен до» в карточке кассы: без оплаты ОФД перестанет принимать чеки кассы.",
    },
    OFD_PAYMENT_UNPAID: {
      subject: "ОФД кассы «{cashbox}» не оплачен",
      text: "Срок оплаты ОФД для кассы «{cashbox}» истёк {ofdPaidUntil}. Оплатите услуги на сайте ОФД и укажите новую дату «ОФД оплачен до» в карточке кассы. Наш сервис кассу за это не блокирует, но ОФД может перестать принимать её чеки.",
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
    OFFLINE_24H: {
      subject: "Касса «{cashbox}» не выходит на связь",
      text: "Касса «{cashbox}» не выходила на связь с сервером больше 24 часов (последняя связь {lastDay}). Проверьте интернет на кассе: чеки копятся в ней и не доходят до ОФД. Через 72 часа без связи касса не сможет пробивать чеки офлайн.",
    },
    OFFLINE_72H: {
      subject: "Касса «{cashbox}» не на связи больше 72 часов",
      text: "Касса «{cashbox}» не выходила на связь с сервером больше 72 часов (последняя связь {lastDay}). Офлайн-чеки, пробитые позже 72 часов после последней связи, будут отклонены. Подключите кассу к интернету, чтобы она передала накопленные чеки.",
    },
    REGISTRATION_ACCEPTED: {
      subject: "{authority}: заявление по кассе «{cashbox}» принято",
      text: "{authority} принял заявление на {caseKind, select, REGISTRATION {регистрацию} REREGISTRATION_FN {перерегистрацию (замена ФН)} REREGISTRATION_ADDRESS {перерегистрацию (смена адреса)} REREGISTRATION_REQUISITES {перерегистрацию (изменение реквизитов)} DEREGISTRATION {снятие с учёта} other {регистрацию}} кассы «{cashbox}». Ответ и квитанция — на вкладке «Документы» карточки кассы.",
    },
    REGISTRATION_REFUSED: {
      subject: "{authority}: заявление по кассе «{cashbox}» отклонено",
      text: "{authority} отказал в заявлении на {caseKind, select, REGISTRATION {регистрацию} REREGISTRATION_FN {перерегистрацию (замена ФН)} REREGISTRATION_ADDRESS {перерегистрацию (смена адреса)} REREGISTRATION_REQUISITES {перерегистрацию (изменение реквизитов)} DEREGISTRATION {снятие с учёта} other {регистрацию}} кассы «{cashbox}». Причина: {reason}. Исправьте данные и подайте заявление снова в мастере регистрации.",
    },
    CERTIFICATE_EXPIRING_30: {
      subject: "Сертификат «{subject}» действует до {until}",
      text: "Срок действия сертификата электронной подписи «{subject}» заканчивается {until}. Получите новый сертификат заранее: без него не подать заявление на регистрацию, перерегистрацию или снятие кассы с учёта.",
    },
    CERTIFICATE_EXPIRING_7: {
      subject:
        "Сертификат «{subject}» закончится через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
      text: "Срок действия сертификата электронной подписи «{subject}» заканчивается {until}. Получите новый сертификат: без него не подать заявление на регистрацию, перерегистрацию или снятие кассы с учёта.",
    },
    FN_EXPIRING_30: {
      subject: "ФН кассы «{cashbox}» заканчивается {until}",
      text: "Срок фискального накопителя № {fnNumber} кассы «{cashbox}» ({months} мес.) заканчивается {until}. Купите новый ФН и замените его заранее: после конца срока касса не сможет пробивать чеки.",
    },
    FN_EXPIRING_7: {
      subject:
        "ФН кассы «{cashbox}» закончится через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
      text: "Срок фискального накопителя № {fnNumber} кассы «{cashbox}» заканчивается {until}. Замените ФН и перерегистрируйте кассу: после конца срока касса не сможет пробивать чеки.",
    },
    SHIFT_OPEN_24H: {
      subject: "Смена № {shift} кассы «{cashbox}» открыта дольше 24 часов",
      text: "Смена № {shift} кассы «{cashbox}» была открыта дольше 24 часов, а смена не может длиться больше суток. {closed, select, yes {Сервис закрыл её сам и сформировал отчёт о закрытии смены.} other {Закройте смену на кассе.}} Смены кассы — на вкладке «Смены» её карточки.",
    },
  },
};

const kk: typeof ru = {
  markAllRead: "Барлығын оқылды деп белгілеу",
  prefs: {
    title: "Хабарламалар",
    intro:
      "Қандай хабарламаларды қоңырауда көрсету және {email} поштасына жіберу керегін таңдаңыз. Бұл сіздің жеке баптауыңыз: ұйымның басқа пайдаланушыларында өз баптаулары бар.",
    kind: "Хабарлама",
    bell: "Қоңыраушада",
    mail: "Поштаға",
    bellOf: "{kind}: қоңырауда",
    mailOf: "{kind}: поштаға",
    none: "Сіздің рөліңіз үшін хабарламалар жоқ.",
    kinds: {
      PAYMENT_EXPIRING_30: "Касса төлемі 30 күннен кейін аяқталады",
      PAYMENT_EXPIRING_7: "Касса төлемі 7 күннен кейін аяқталады",
      PAYMENT_UNPAID: "Касса төленбеген",
      CASHBOX_BLOCKED_UNPAID: "Касса төленбегені үшін бұғатталды",
      OFD_PAYMENT_EXPIRING_30: "ФДО төлемі 30 күннен кейін аяқталады",
      OFD_PAYMENT_EXPIRING_7: "ФДО төлемі 7 күннен кейін аяқталады",
      OFD_PAYMENT_UNPAID: "ФДО төленбеген",
      CODE_HANDED: "Серіктес белсендіру кодын берді",
      ORDER_PAID: "Тапсырыс төленді",
      STOCK_LOW: "Тауар таусылып келеді",
      OFFLINE_24H: "Касса 24 сағат байланыста жоқ",
      OFFLINE_72H: "Касса 72 сағат байланыста жоқ",
      REGISTRATION_ACCEPTED: "Салық органына өтініш қабылданды",
      REGISTRATION_REFUSED: "Салық органына өтініш қабылданбады",
      CERTIFICATE_EXPIRING_30: "Қолтаңба сертификаты 30 күннен кейін аяқталады",
      CERTIFICATE_EXPIRING_7: "Қолтаңба сертификаты 7 күннен кейін аяқталады",
      FN_EXPIRING_30: "ФН 30 күннен кейін аяқталады",
      FN_EXPIRING_7: "ФН 7 күннен кейін аяқталады",
      SHIFT_OPEN_24H: "Ауысым 24 сағаттан астам ашық",
    },
  },
  kinds: {
    PAYMENT_EXPIRING_30: "«{cashbox}» кассасы: төлем {paidUntil} аяқталады",
    PAYMENT_EXPIRING_7:
      "«{cashbox}» кассасы: {days, plural, =0 {бүгін соңғы төленген күн} one {төлемге # күн қалды} other {төлемге # күн қалды}}",
    PAYMENT_UNPAID: "«{cashbox}» кассасы төленбеген: мерзімі {paidUntil} өтті",
    CASHBOX_BLOCKED_UNPAID: "«{cashbox}» кассасы бұғатталды: қызмет {paidUntil} бастап төленбеген",
    OFD_PAYMENT_EXPIRING_30: "«{cashbox}» кассасы: ФДО төлемі {ofdPaidUntil} аяқталады",
    OFD_PAYMENT_EXPIRING_7:
      "«{cashbox}» кассасы: {days, plural, =0 {бүгін ФДО төлемінің соңғы күні} one {ФДО төлеміне # күн қалды} other {ФДО төлеміне # күн қалды}}",
    OFD_PAYMENT_UNPAID: "«{cashbox}» кассасы: ФДО төленбеген, мерзімі {ofdPaidUntil} өтті",
    CODE_HANDED:
      "{partner} серіктесі сізге {months, plural, one {# айлық} other {# айлық}} белсендіру кодын берді",
    ORDER_PAID: "№ {number} тапсырыс төленді",
    STOCK_LOW: "«{tradePoint}» нүктесінде «{item}» тауары аз: {quantity}, ең азы {min}",
    OFFLINE_24H: "«{cashbox}» кассасы 24 сағаттан астам байланысқа шықпай тұр",
    OFFLINE_72H: "«{cashbox}» кассасы 72 сағаттан астам байланыста жоқ: жаңа офлайн чектер қабылданбайды",
    REGISTRATION_ACCEPTED:
      "«{cashbox}» кассасын {caseKind, select, REGISTRATION {тіркеу} REREGISTRATION_FN {қайта тіркеу (ФН ауыстыру)} REREGISTRATION_ADDRESS {қайта тіркеу (мекенжайды өзгерту)} REREGISTRATION_REQUISITES {қайта тіркеу (деректемелерді өзгерту)} DEREGISTRATION {тіркеуден шығару} other {тіркеу}} туралы өтініш қабылданды",
    REGISTRATION_REFUSED:
      "«{cashbox}» кассасын {caseKind, select, REGISTRATION {тіркеу} REREGISTRATION_FN {қайта тіркеу (ФН ауыстыру)} REREGISTRATION_ADDRESS {қайта тіркеу (мекенжайды өзгерту)} REREGISTRATION_REQUISITES {қайта тіркеу (деректемелерді өзгерту)} DEREGISTRATION {тіркеуден шығару} other {тіркеу}} туралы өтініш қабылданбады: {reason}",
    CERTIFICATE_EXPIRING_30: "«{subject}» сертификаты {until} дейін жарамды",
    CERTIFICATE_EXPIRING_7:
      "«{subject}» сертификаты: жарамдылығына {days, plural, one {# күн} other {# күн}} қалды",
    FN_EXPIRING_30: "«{cashbox}» кассасының ФН мерзімі {until} аяқталады",
    FN_EXPIRING_7:
      "«{cashbox}» кассасының ФН: мерзімі аяқталғанша {days, plural, one {# күн} other {# күн}} қалды",
    SHIFT_OPEN_24H:
      "«{cashbox}» кассасының № {shift} ауысымы 24 сағаттан астам ашық тұрды{closed, select, yes {: автоматты түрде жабылды} other {}}",
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
    OFD_PAYMENT_EXPIRING_30: {
      subject: "«{cashbox}» кассасының ФДО төлемі {ofdPaidUntil} аяқталады",
      text: "«{cashbox}» кассасы үшін ФДО қызметтері {ofdPaidUntil} дейін төленген. Оларды ФДО сайтында алдын ала төлеп, касса карточкасында «ФДО төленген мерзімі» жаңа күнін көрсетіңіз: төлемсіз ФДО кассаның чектерін қабылдамай қояды.",
    },
    OFD_PAYMENT_EXPIRING_7: {
      subject:
        "«{cashbox}» кассасының ФДО төлемі {days, plural, one {# күннен} other {# күннен}} кейін аяқталады",
      text: "«{cashbox}» кассасы үшін ФДО қызметтері {ofdPaidUntil} дейін төленген. Оларды ФДО сайтында төлеп, касса карточкасында «ФДО төленген мерзімі» жаңа күнін көрсетіңіз: төлемсіз ФДО кассаның чектерін қабылдамай қояды.",
    },
    OFD_PAYMENT_UNPAID: {
      subject: "«{cashbox}» кассасының ФДО қызметі төленбеген",
      text: "«{cashbox}» кассасы үшін ФДО төлемінің мерзімі {ofdPaidUntil} өтті. Қызметтерді ФДО сайтында төлеп, касса карточкасында «ФДО төленген мерзімі» жаңа күнін көрсетіңіз. Біздің сервис бұл үшін кассаны бұғаттамайды, бірақ ФДО оның чектерін қабылдамай қоюы мүмкін.",
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
    OFFLINE_24H: {
      subject: "«{cashbox}» кассасы байланысқа шықпай тұр",
      text: "«{cashbox}» кассасы сервермен 24 сағаттан астам байланысқа шықпады (соңғы байланыс {lastDay}). Кассадағы интернетті тексеріңіз: чектер кассада жиналып, ОФД-ға жетпей жатыр. Байланыссыз 72 сағаттан кейін касса офлайн чек шығара алмайды.",
    },
    OFFLINE_72H: {
      subject: "«{cashbox}» кассасы 72 сағаттан астам байланыста жоқ",
      text: "«{cashbox}» кассасы сервермен 72 сағаттан астам байланысқа шықпады (соңғы байланыс {lastDay}). Соңғы байланыстан 72 сағаттан кейін шығарылған офлайн чектер қабылданбайды. Жиналған чектерді жіберу үшін кассаны интернетке қосыңыз.",
    },
    REGISTRATION_ACCEPTED: {
      subject: "{authority}: «{cashbox}» кассасы бойынша өтініш қабылданды",
      text: "{authority} «{cashbox}» кассасын {caseKind, select, REGISTRATION {тіркеу} REREGISTRATION_FN {қайта тіркеу (ФН ауыстыру)} REREGISTRATION_ADDRESS {қайта тіркеу (мекенжайды өзгерту)} REREGISTRATION_REQUISITES {қайта тіркеу (деректемелерді өзгерту)} DEREGISTRATION {тіркеуден шығару} other {тіркеу}} туралы өтінішті қабылдады. Жауап пен түбіртек касса карточкасының «Құжаттар» қойындысында.",
    },
    REGISTRATION_REFUSED: {
      subject: "{authority}: «{cashbox}» кассасы бойынша өтініш қабылданбады",
      text: "{authority} «{cashbox}» кассасын {caseKind, select, REGISTRATION {тіркеу} REREGISTRATION_FN {қайта тіркеу (ФН ауыстыру)} REREGISTRATION_ADDRESS {қайта тіркеу (мекенжайды өзгерту)} REREGISTRATION_REQUISITES {қайта тіркеу (деректемелерді өзгерту)} DEREGISTRATION {тіркеуден шығару} other {тіркеу}} туралы өтінішті қабылдамады. Себебі: {reason}. Деректерді түзетіп, тіркеу шеберінде өтінішті қайта беріңіз.",
    },
    CERTIFICATE_EXPIRING_30: {
      subject: "«{subject}» сертификаты {until} дейін жарамды",
      text: "«{subject}» электрондық қолтаңба сертификатының мерзімі {until} аяқталады. Жаңа сертификатты алдын ала алыңыз: онсыз кассаны тіркеуге, қайта тіркеуге немесе тіркеуден шығаруға өтініш беру мүмкін емес.",
    },
    CERTIFICATE_EXPIRING_7: {
      subject:
        "«{subject}» сертификатының мерзімі {days, plural, one {# күннен} other {# күннен}} кейін аяқталады",
      text: "«{subject}» электрондық қолтаңба сертификатының мерзімі {until} аяқталады. Жаңа сертификат алыңыз: онсыз кассаны тіркеуге, қайта тіркеуге немесе тіркеуден шығаруға өтініш беру мүмкін емес.",
    },
    FN_EXPIRING_30: {
      subject: "«{cashbox}» кассасының ФН мерзімі {until} аяқталады",
      text: "«{cashbox}» кассасының № {fnNumber} фискалдық жинақтағышының ({months} ай) мерзімі {until} аяқталады. Жаңа ФН сатып алып, алдын ала ауыстырыңыз: мерзім біткен соң касса чек шығара алмайды.",
    },
    FN_EXPIRING_7: {
      subject:
        "«{cashbox}» кассасының ФН мерзімі {days, plural, one {# күннен} other {# күннен}} кейін аяқталады",
      text: "«{cashbox}» кассасының № {fnNumber} фискалдық жинақтағышының мерзімі {until} аяқталады. ФН-ды ауыстырып, кассаны қайта тіркеңіз: мерзім біткен соң касса чек шығара алмайды.",
    },
    SHIFT_OPEN_24H: {
      subject: "«{cashbox}» кассасының № {shift} ауысымы 24 сағаттан астам ашық тұрды",
      text: "«{cashbox}» кассасының № {shift} ауысымы 24 сағаттан астам ашық тұрды, ал ауысым бір тәуліктен аспауы керек. {closed, select, yes {Сервис оны өзі жауып, ауысымды жабу туралы есеп жасады.} other {Ауысымды кассада жабыңыз.}} Кассаның ауысымдары оның карточкасының «Ауысымдар» қойындысында.",
    },
  },
};

const en: typeof ru = {
  markAllRead: "Mark all as read",
  prefs: {
    title: "Notifications",
    intro:
      "Choose which notifications to show you in the bell and to send to {email}. This is your own setting: the organization's other users have theirs.",
    kind: "Notification",
    bell: "In the bell",
    mail: "By e-mail",
    bellOf: "{kind}: in the bell",
    mailOf: "{kind}: by e-mail",
    none: "Your role receives no notifications.",
    kinds: {
      PAYMENT_EXPIRING_30: "Cashbox service ends in 30 days",
      PAYMENT_EXPIRING_7: "Cashbox service ends in 7 days",
      PAYMENT_UNPAID: "Cashbox not paid",
      CASHBOX_BLOCKED_UNPAID: "Cashbox blocked for non-payment",
      OFD_PAYMENT_EXPIRING_30: "OFD service ends in 30 days",
      OFD_PAYMENT_EXPIRING_7: "OFD service ends in 7 days",
      OFD_PAYMENT_UNPAID: "OFD not paid",
      CODE_HANDED: "A partner handed you a code",
      ORDER_PAID: "Order paid",
      STOCK_LOW: "Low stock",
      OFFLINE_24H: "Cashbox offline for 24 hours",
      OFFLINE_72H: "Cashbox offline for 72 hours",
      REGISTRATION_ACCEPTED: "Tax authority application accepted",
      REGISTRATION_REFUSED: "Tax authority application refused",
      CERTIFICATE_EXPIRING_30: "Signing certificate expires in 30 days",
      CERTIFICATE_EXPIRING_7: "Signing certificate expires in 7 days",
      FN_EXPIRING_30: "Fiscal drive ends in 30 days",
      FN_EXPIRING_7: "Fiscal drive ends in 7 days",
      SHIFT_OPEN_24H: "Shift open for over 24 hours",
    },
  },
  kinds: {
    PAYMENT_EXPIRING_30: "Cashbox «{cashbox}»: the service ends on {paidUntil}",
    PAYMENT_EXPIRING_7:
      "Cashbox «{cashbox}»: {days, plural, =0 {today is the last paid day} one {# paid day left} other {# paid days left}}",
    PAYMENT_UNPAID: "Cashbox «{cashbox}» is not paid: the service ended on {paidUntil}",
    CASHBOX_BLOCKED_UNPAID: "Cashbox «{cashbox}» is blocked: not paid since {paidUntil}",
    OFD_PAYMENT_EXPIRING_30: "Cashbox «{cashbox}»: the OFD service ends on {ofdPaidUntil}",
    OFD_PAYMENT_EXPIRING_7:
      "Cashbox «{cashbox}»: {days, plural, =0 {today is the last paid OFD day} one {# paid OFD day left} other {# paid OFD days left}}",
    OFD_PAYMENT_UNPAID: "Cashbox «{cashbox}»: the OFD is not paid, its service ended on {ofdPaidUntil}",
    CODE_HANDED:
      "Partner {partner} handed you an activation code for {months, plural, one {# month} other {# months}}",
    ORDER_PAID: "Order no. {number} is paid",
    STOCK_LOW: "Low stock of “{item}” at “{tradePoint}”: {quantity}, minimum {min}",
    OFFLINE_24H: "Cashbox «{cashbox}» has not been online for over 24 hours",
    OFFLINE_72H:
      "Cashbox «{cashbox}» has been offline for over 72 hours: new offline receipts will be refused",
    REGISTRATION_ACCEPTED:
      "The {caseKind, select, REGISTRATION {registration} REREGISTRATION_FN {re-registration (new fiscal drive)} REREGISTRATION_ADDRESS {re-registration (new address)} REREGISTRATION_REQUISITES {re-registration (new requisites)} DEREGISTRATION {deregistration} other {registration}} application of cashbox «{cashbox}» is accepted",
    REGISTRATION_REFUSED:
      "The {caseKind, select, REGISTRATION {registration} REREGISTRATION_FN {re-registration (new fiscal drive)} REREGISTRATION_ADDRESS {re-registration (new address)} REREGISTRATION_REQUISITES {re-registration (new requisites)} DEREGISTRATION {deregistration} other {registration}} application of cashbox «{cashbox}» is refused: {reason}",
    CERTIFICATE_EXPIRING_30: "Certificate «{subject}» is valid until {until}",
    CERTIFICATE_EXPIRING_7:
      "Certificate «{subject}»: {days, plural, one {# day} other {# days}} of validity left",
    FN_EXPIRING_30: "The fiscal drive of cashbox «{cashbox}» ends on {until}",
    FN_EXPIRING_7: "The fiscal drive of cashbox «{cashbox}»: {days, plural, one {# day} other {# days}} left",
    SHIFT_OPEN_24H:
      "Shift no. {shift} of cashbox «{cashbox}» was open for over 24 hours{closed, select, yes {: closed automatically} other {}}",
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
    OFD_PAYMENT_EXPIRING_30: {
      subject: "The OFD service of cashbox «{cashbox}» ends on {ofdPaidUntil}",
      text: "The OFD service of cashbox «{cashbox}» is paid until {ofdPaidUntil}. Pay it in time on the OFD's site and enter the new «OFD paid until» date on the cashbox card: unpaid, the OFD stops accepting the cashbox's receipts.",
    },
    OFD_PAYMENT_EXPIRING_7: {
      subject: "The OFD service of cashbox «{cashbox}» ends in {days, plural, one {# day} other {# days}}",
      text: "The OFD service of cashbox «{cashbox}» is paid until {ofdPaidUntil}. Pay it on the OFD's site and enter the new «OFD paid until» date on the cashbox card: unpaid, the OFD stops accepting the cashbox's receipts.",
    },
    OFD_PAYMENT_UNPAID: {
      subject: "The OFD of cashbox «{cashbox}» is not paid",
      text: "The OFD service of cashbox «{cashbox}» ended on {ofdPaidUntil}. Pay it on the OFD's site and enter the new «OFD paid until» date on the cashbox card. This service does not block the cashbox for it, but the OFD may stop accepting its receipts.",
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
    OFFLINE_24H: {
      subject: "Cashbox «{cashbox}» is not online",
      text: "Cashbox «{cashbox}» has not contacted the server for over 24 hours (last contact {lastDay}). Check the cashbox's internet connection: its receipts pile up and do not reach the OFD. After 72 hours without a connection the cashbox cannot issue offline receipts.",
    },
    OFFLINE_72H: {
      subject: "Cashbox «{cashbox}» has been offline for over 72 hours",
      text: "Cashbox «{cashbox}» has not contacted the server for over 72 hours (last contact {lastDay}). Offline receipts made more than 72 hours after the last contact are refused. Connect the cashbox to the internet so that it sends the receipts it holds.",
    },
    REGISTRATION_ACCEPTED: {
      subject: "{authority}: the application of cashbox «{cashbox}» is accepted",
      text: "{authority} accepted the {caseKind, select, REGISTRATION {registration} REREGISTRATION_FN {re-registration (new fiscal drive)} REREGISTRATION_ADDRESS {re-registration (new address)} REREGISTRATION_REQUISITES {re-registration (new requisites)} DEREGISTRATION {deregistration} other {registration}} application of cashbox «{cashbox}». The answer and the receipt are on the «Documents» tab of the cashbox card.",
    },
    REGISTRATION_REFUSED: {
      subject: "{authority}: the application of cashbox «{cashbox}» is refused",
      text: "{authority} refused the {caseKind, select, REGISTRATION {registration} REREGISTRATION_FN {re-registration (new fiscal drive)} REREGISTRATION_ADDRESS {re-registration (new address)} REREGISTRATION_REQUISITES {re-registration (new requisites)} DEREGISTRATION {deregistration} other {registration}} application of cashbox «{cashbox}». Reason: {reason}. Correct the data and apply again in the registration wizard.",
    },
    CERTIFICATE_EXPIRING_30: {
      subject: "Certificate «{subject}» is valid until {until}",
      text: "The electronic signature certificate «{subject}» expires on {until}. Get a new certificate in time: without one you cannot apply to register, re-register or deregister a cashbox.",
    },
    CERTIFICATE_EXPIRING_7: {
      subject: "Certificate «{subject}» expires in {days, plural, one {# day} other {# days}}",
      text: "The electronic signature certificate «{subject}» expires on {until}. Get a new certificate: without one you cannot apply to register, re-register or deregister a cashbox.",
    },
    FN_EXPIRING_30: {
      subject: "The fiscal drive of cashbox «{cashbox}» ends on {until}",
      text: "Fiscal drive no. {fnNumber} of cashbox «{cashbox}» ({months} months) ends on {until}. Buy a new drive and replace it in time: after the end the cashbox cannot issue receipts.",
    },
    FN_EXPIRING_7: {
      subject: "The fiscal drive of cashbox «{cashbox}» ends in {days, plural, one {# day} other {# days}}",
      text: "Fiscal drive no. {fnNumber} of cashbox «{cashbox}» ends on {until}. Replace the drive and re-register the cashbox: after the end the cashbox cannot issue receipts.",
    },
    SHIFT_OPEN_24H: {
      subject: "Shift no. {shift} of cashbox «{cashbox}» was open for over 24 hours",
      text: "Shift no. {shift} of cashbox «{cashbox}» was open for over 24 hours, and a shift may not last longer than a day. {closed, select, yes {The service closed it and made the shift closing report.} other {Close the shift on the cashbox.}} The cashbox's shifts are on the «Shifts» tab of its card.",
    },
  },
};

export default { ru, kk, en };
