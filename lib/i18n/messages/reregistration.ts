// Re-registration beyond the ФН (issue 20.3, docs/registration.md «Перерегистрация: реквизиты»):
// a change of a registered cashbox's requisites waits for its re-registration case.
const ru = {
  opened: "Открыта перерегистрация кассы. Новые данные вступят в силу после ответа налогового органа (ОФД)",
  nothingToChange: "Данные совпадают с зарегистрированными — перерегистрация не нужна",
  pendingName:
    "Новое название «{name}» вступит в силу после перерегистрации всех касс: принято {accepted} из {total}",
  saved: {
    cashbox:
      "Настройки сохранены. Торговая точка, налогообложение и ОФД изменятся после перерегистрации кассы",
    organizationName:
      "Сохранено. Название изменится после перерегистрации {n, plural, one {# кассы} few {# касс} many {# касс} other {# кассы}}",
    tradePointAddress:
      "Сохранено. Адрес изменится после перерегистрации {n, plural, one {# кассы} few {# касс} many {# касс} other {# кассы}} этой точки",
  },
  errors: {
    notRegistered: "Перерегистрация возможна только для зарегистрированной кассы",
    notThirdParty: "Касса обслуживается ОФД сервиса: заявление подписывается в мастере регистрации",
    noOpenCase: "Открытой перерегистрации или снятия с учёта по этой кассе нет",
  },
  v: {
    result: "Выберите ответ ОФД",
    reason: "Укажите причину отказа ОФД (не короче 3 символов)",
  },
  field: {
    organizationName: "Название организации",
    tradePoint: "Торговая точка",
    address: "Адрес установки",
    taxation: "Налогообложение",
    ofd: "ОФД",
  },
  card: {
    title: "Перерегистрация",
    text: "Торговая точка (адрес установки), налогообложение и ОФД — регистрационные данные кассы. Их изменение открывает перерегистрацию: касса работает со старыми данными, пока налоговый орган (или ОФД) не примет заявление.",
    submit: "Перерегистрировать",
    confirmTitle: "Открыть перерегистрацию кассы?",
    confirmText:
      "Изменения вступят в силу только после того, как заявление будет подписано и принято. До этого касса остаётся с зарегистрированными данными.",
    toWizard: "Перейти к заявлению",
    pendingTitle: "Ожидает перерегистрации",
    pendingText: "Касса работает с зарегистрированными данными. После принятия заявления изменится:",
    status: {
      DRAFT: "Заявление не отправлено",
      SUBMITTED: "Заявление отправлено",
    },
    refusedTitle: "В перерегистрации отказано — изменения отменены",
    refusedText: "Причина: {reason}",
    settingsHint:
      "Касса зарегистрирована: торговая точка и налогообложение меняются через «Перерегистрацию» ниже.",
  },
  wizard: {
    changesTitle: "Изменения в заявлении",
    changesHint: "Данные кассы изменятся, когда заявление будет принято; при отказе изменения отменятся.",
  },
  ofd: {
    accepted: "Перерегистрация записана: новые данные кассы вступили в силу",
    refused: "Отказ ОФД записан: изменения отменены",
    deregistered: "Касса снята с учёта",
    refusedTitle: "{ofd} отказал",
    reason: "Причина",
    step3Title: "Ответ {ofd}",
    refuse: "ОФД отказал",
    refuseReason: "Причина отказа",
    refuseReasonHint: "Как её указал ОФД",
    refuseConfirmTitle: "Записать отказ ОФД?",
    refuseConfirmText: "Заявление будет закрыто с отказом, изменения — отменены.",
    rereg: {
      intro:
        "Перерегистрация кассы на стороннем ОФД выполняется на сайте {ofd}, затем ответ ОФД записывается здесь.",
      steps: { site: "Касса на сайте ОФД", data: "Новые данные", answer: "Ответ ОФД" },
      step1Title: "Откройте кассу на сайте {ofd}",
      step1Text:
        "Войдите в личный кабинет ОФД и выберите кассу по РНМ или заводскому номеру, затем «Перерегистрация».",
      step1Done: "Касса открыта на сайте ОФД",
      step2Title: "Внесите новые данные",
      step2Text: "Укажите в заявлении на сайте ОФД изменившиеся данные и отправьте его.",
      step2Done: "Заявление на сайте ОФД отправлено",
      step3Text:
        "Когда ОФД ответит, запишите ответ. Принято — новые данные вступят в силу; отказ — изменения отменятся.",
      accept: "ОФД перерегистрировал кассу",
      acceptConfirmTitle: "ОФД перерегистрировал кассу?",
      acceptConfirmText: "Новые данные вступят в силу в кабинете.",
    },
    dereg: {
      intro:
        "Снятие кассы с учёта на стороннем ОФД выполняется на сайте {ofd}, затем ответ ОФД записывается здесь.",
      steps: { site: "Касса на сайте ОФД", data: "Причина", answer: "Ответ ОФД" },
      step1Title: "Откройте кассу на сайте {ofd}",
      step1Text:
        "Войдите в личный кабинет ОФД и выберите кассу по РНМ или заводскому номеру, затем «Снятие с учёта».",
      step1Done: "Касса открыта на сайте ОФД",
      step2Title: "Укажите причину",
      step2Text: "Укажите в заявлении на сайте ОФД причину снятия с учёта и отправьте его.",
      step2Done: "Заявление на сайте ОФД отправлено",
      step3Text:
        "Когда ОФД ответит, запишите ответ. Принято — касса будет снята с учёта; отказ — она останется зарегистрированной.",
      accept: "ОФД снял кассу с учёта",
      acceptConfirmTitle: "ОФД снял кассу с учёта?",
      acceptConfirmText: "Касса будет снята с учёта в кабинете, это действие необратимо.",
    },
  },
};

const kk: typeof ru = {
  opened: "Кассаны қайта тіркеу ашылды. Жаңа деректер салық органының (ФДО) жауабынан кейін күшіне енеді",
  nothingToChange: "Деректер тіркелгендерімен бірдей — қайта тіркеу қажет емес",
  pendingName:
    "«{name}» жаңа атауы барлық кассалар қайта тіркелгеннен кейін күшіне енеді: {total} ішінен {accepted} қабылданды",
  saved: {
    cashbox: "Баптаулар сақталды. Сауда нүктесі, салық салу және ФДО касса қайта тіркелгеннен кейін өзгереді",
    organizationName: "Сақталды. Атауы {n, plural, other {# кассаны}} қайта тіркегеннен кейін өзгереді",
    tradePointAddress:
      "Сақталды. Мекенжай осы нүктенің {n, plural, other {# кассасын}} қайта тіркегеннен кейін өзгереді",
  },
  errors: {
    notRegistered: "Қайта тіркеу тек тіркелген касса үшін мүмкін",
    notThirdParty: "Кассаға сервистің ФДО-сы қызмет көрсетеді: өтінішке тіркеу шеберінде қол қойылады",
    noOpenCase: "Бұл касса бойынша ашық қайта тіркеу немесе есептен шығару жоқ",
  },
  v: {
    result: "ФДО жауабын таңдаңыз",
    reason: "ФДО бас тарту себебін көрсетіңіз (кемінде 3 таңба)",
  },
  field: {
    organizationName: "Ұйымның атауы",
    tradePoint: "Сауда нүктесі",
    address: "Орнату мекенжайы",
    taxation: "Салық салу",
    ofd: "ФДО",
  },
  card: {
    title: "Қайта тіркеу",
    text: "Сауда нүктесі (орнату мекенжайы), салық салу және ФДО — кассаның тіркеу деректері. Оларды өзгерту қайта тіркеуді ашады: салық органы (немесе ФДО) өтінішті қабылдағанша касса бұрынғы деректермен жұмыс істейді.",
    submit: "Қайта тіркеу",
    confirmTitle: "Кассаны қайта тіркеуді ашу керек пе?",
    confirmText:
      "Өзгерістер өтінішке қол қойылып, қабылданғаннан кейін ғана күшіне енеді. Оған дейін касса тіркелген деректермен қалады.",
    toWizard: "Өтінішке өту",
    pendingTitle: "Қайта тіркеуді күтуде",
    pendingText: "Касса тіркелген деректермен жұмыс істейді. Өтініш қабылданғаннан кейін өзгереді:",
    status: {
      DRAFT: "Өтініш жіберілмеген",
      SUBMITTED: "Өтініш жіберілді",
    },
    refusedTitle: "Қайта тіркеуден бас тартылды — өзгерістер жойылды",
    refusedText: "Себебі: {reason}",
    settingsHint:
      "Касса тіркелген: сауда нүктесі мен салық салу төмендегі «Қайта тіркеу» арқылы өзгертіледі.",
  },
  wizard: {
    changesTitle: "Өтініштегі өзгерістер",
    changesHint: "Касса деректері өтініш қабылданғанда өзгереді; бас тартылса, өзгерістер жойылады.",
  },
  ofd: {
    accepted: "Қайта тіркеу жазылды: кассаның жаңа деректері күшіне енді",
    refused: "ФДО бас тартуы жазылды: өзгерістер жойылды",
    deregistered: "Касса есептен шығарылды",
    refusedTitle: "{ofd} бас тартты",
    reason: "Себебі",
    step3Title: "{ofd} жауабы",
    refuse: "ФДО бас тартты",
    refuseReason: "Бас тарту себебі",
    refuseReasonHint: "ФДО көрсеткендей",
    refuseConfirmTitle: "ФДО бас тартуын жазу керек пе?",
    refuseConfirmText: "Өтініш бас тартумен жабылады, өзгерістер жойылады.",
    rereg: {
      intro:
        "Үшінші тарап ФДО-дағы кассаны қайта тіркеу {ofd} сайтында жасалады, содан кейін ФДО жауабы осында жазылады.",
      steps: { site: "ФДО сайтындағы касса", data: "Жаңа деректер", answer: "ФДО жауабы" },
      step1Title: "Кассаны {ofd} сайтында ашыңыз",
      step1Text:
        "ФДО жеке кабинетіне кіріп, кассаны ТНМ немесе зауыттық нөмірі бойынша таңдаңыз, содан кейін «Қайта тіркеу».",
      step1Done: "Касса ФДО сайтында ашылды",
      step2Title: "Жаңа деректерді енгізіңіз",
      step2Text: "ФДО сайтындағы өтініште өзгерген деректерді көрсетіп, оны жіберіңіз.",
      step2Done: "ФДО сайтындағы өтініш жіберілді",
      step3Text:
        "ФДО жауап бергенде, жауапты жазыңыз. Қабылданды — жаңа деректер күшіне енеді; бас тартылды — өзгерістер жойылады.",
      accept: "ФДО кассаны қайта тіркеді",
      acceptConfirmTitle: "ФДО кассаны қайта тіркеді ме?",
      acceptConfirmText: "Жаңа деректер кабинетте күшіне енеді.",
    },
    dereg: {
      intro:
        "Үшінші тарап ФДО-дағы кассаны есептен шығару {ofd} сайтында жасалады, содан кейін ФДО жауабы осында жазылады.",
      steps: { site: "ФДО сайтындағы касса", data: "Себебі", answer: "ФДО жауабы" },
      step1Title: "Кассаны {ofd} сайтында ашыңыз",
      step1Text:
        "ФДО жеке кабинетіне кіріп, кассаны ТНМ немесе зауыттық нөмірі бойынша таңдаңыз, содан кейін «Есептен шығару».",
      step1Done: "Касса ФДО сайтында ашылды",
      step2Title: "Себебін көрсетіңіз",
      step2Text: "ФДО сайтындағы өтініште есептен шығару себебін көрсетіп, оны жіберіңіз.",
      step2Done: "ФДО сайтындағы өтініш жіберілді",
      step3Text:
        "ФДО жауап бергенде, жауапты жазыңыз. Қабылданды — касса есептен шығарылады; бас тартылды — ол тіркелген күйінде қалады.",
      accept: "ФДО кассаны есептен шығарды",
      acceptConfirmTitle: "ФДО кассаны есептен шығарды ма?",
      acceptConfirmText: "Касса кабинетте есептен шығарылады, бұл әрекетті қайтару мүмкін емес.",
    },
  },
};

const en: typeof ru = {
  opened:
    "Re-registration of the cashbox is open. The new data takes effect after the tax authority (OFD) accepts it",
  nothingToChange: "The data equals the registered data — no re-registration needed",
  pendingName:
    "The new name «{name}» takes effect once every cashbox is re-registered: {accepted} of {total} accepted",
  saved: {
    cashbox: "Settings saved. The trade point, taxation and OFD change after the cashbox is re-registered",
    organizationName:
      "Saved. The name changes after {n, plural, one {# cashbox is} other {# cashboxes are}} re-registered",
    tradePointAddress:
      "Saved. The address changes after {n, plural, one {# cashbox} other {# cashboxes}} of this point {n, plural, one {is} other {are}} re-registered",
  },
  errors: {
    notRegistered: "Only a registered cashbox can be re-registered",
    notThirdParty:
      "The cashbox is served by the service's OFD: the application is signed in the registration wizard",
    noOpenCase: "There is no open re-registration or deregistration for this cashbox",
  },
  v: {
    result: "Choose the OFD's answer",
    reason: "Enter the OFD's refusal reason (at least 3 characters)",
  },
  field: {
    organizationName: "Organization name",
    tradePoint: "Trade point",
    address: "Installation address",
    taxation: "Taxation",
    ofd: "OFD",
  },
  card: {
    title: "Re-registration",
    text: "The trade point (installation address), taxation and OFD are registered data of the cashbox. Changing them opens a re-registration: the cashbox keeps the old data until the tax authority (or the OFD) accepts the application.",
    submit: "Re-register",
    confirmTitle: "Open a re-registration of the cashbox?",
    confirmText:
      "The changes take effect only after the application is signed and accepted. Until then the cashbox keeps its registered data.",
    toWizard: "Go to the application",
    pendingTitle: "Awaiting re-registration",
    pendingText:
      "The cashbox works with its registered data. Once the application is accepted, this changes:",
    status: {
      DRAFT: "Application not sent",
      SUBMITTED: "Application sent",
    },
    refusedTitle: "Re-registration refused — the changes were dropped",
    refusedText: "Reason: {reason}",
    settingsHint:
      "The cashbox is registered: its trade point and taxation change through «Re-registration» below.",
  },
  wizard: {
    changesTitle: "Changes in the application",
    changesHint: "The cashbox's data changes when the application is accepted; a refusal drops the changes.",
  },
  ofd: {
    accepted: "Re-registration recorded: the cashbox's new data is in effect",
    refused: "The OFD's refusal recorded: the changes were dropped",
    deregistered: "The cashbox is deregistered",
    refusedTitle: "{ofd} refused",
    reason: "Reason",
    step3Title: "{ofd}'s answer",
    refuse: "The OFD refused",
    refuseReason: "Refusal reason",
    refuseReasonHint: "As the OFD stated it",
    refuseConfirmTitle: "Record the OFD's refusal?",
    refuseConfirmText: "The application is closed as refused and the changes are dropped.",
    rereg: {
      intro:
        "A cashbox on a third-party OFD is re-registered on the {ofd} site; then the OFD's answer is recorded here.",
      steps: { site: "Cashbox on the OFD site", data: "New data", answer: "OFD's answer" },
      step1Title: "Open the cashbox on the {ofd} site",
      step1Text:
        "Sign in to the OFD's account, choose the cashbox by its registration or serial number, then «Re-registration».",
      step1Done: "The cashbox is open on the OFD site",
      step2Title: "Enter the new data",
      step2Text: "Enter the changed data in the application on the OFD site and send it.",
      step2Done: "The application on the OFD site is sent",
      step3Text:
        "When the OFD answers, record the answer. Accepted — the new data takes effect; refused — the changes are dropped.",
      accept: "The OFD re-registered the cashbox",
      acceptConfirmTitle: "Did the OFD re-register the cashbox?",
      acceptConfirmText: "The new data takes effect in the cabinet.",
    },
    dereg: {
      intro:
        "A cashbox on a third-party OFD is deregistered on the {ofd} site; then the OFD's answer is recorded here.",
      steps: { site: "Cashbox on the OFD site", data: "Reason", answer: "OFD's answer" },
      step1Title: "Open the cashbox on the {ofd} site",
      step1Text:
        "Sign in to the OFD's account, choose the cashbox by its registration or serial number, then «Deregistration».",
      step1Done: "The cashbox is open on the OFD site",
      step2Title: "State the reason",
      step2Text: "Enter the deregistration reason in the application on the OFD site and send it.",
      step2Done: "The application on the OFD site is sent",
      step3Text:
        "When the OFD answers, record the answer. Accepted — the cashbox is deregistered; refused — it stays registered.",
      accept: "The OFD deregistered the cashbox",
      acceptConfirmTitle: "Did the OFD deregister the cashbox?",
      acceptConfirmText: "The cashbox is deregistered in the cabinet; this cannot be undone.",
    },
  },
};

export default { ru, kk, en };
