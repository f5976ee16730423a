// The cabinet's own error and not-found pages (app/error.tsx, app/global-error.tsx,
// app/(cabinet)/error.tsx, not-found.tsx): what happened, what to do, and a retry.
const ru = {
  title: "Не удалось открыть страницу",
  text: "Сервис временно недоступен или на сервере произошла ошибка. Ваши данные и чеки касс не потеряны: кассы продолжают работать и отправят документы, когда связь восстановится.",
  whatToDo: "Что делать",
  step1: "Нажмите «Повторить» через минуту.",
  step2: "Если ошибка повторяется, сообщите в поддержку код ошибки и время.",
  code: "Код ошибки: {digest}",
  retry: "Повторить",
  toHome: "На главную",
  notFoundTitle: "Страница не найдена",
  notFoundText:
    "Такой страницы нет, или у вас нет к ней доступа. Проверьте адрес или выберите раздел в меню.",
};
const kk: typeof ru = {
  title: "Бетті ашу мүмкін болмады",
  text: "Қызмет уақытша қолжетімсіз немесе серверде қате орын алды. Деректеріңіз бен кассалардың чектері жоғалған жоқ: кассалар жұмысын жалғастырады және байланыс қалпына келгенде құжаттарды жібереді.",
  whatToDo: "Не істеу керек",
  step1: "Бір минуттан кейін «Қайталау» түймесін басыңыз.",
  step2: "Қате қайталана берсе, қолдау қызметіне қате кодын және уақытын хабарлаңыз.",
  code: "Қате коды: {digest}",
  retry: "Қайталау",
  toHome: "Басты бетке",
  notFoundTitle: "Бет табылмады",
  notFoundText:
    "Мұндай бет жоқ немесе оған кіру құқығыңыз жоқ. Мекенжайды тексеріңіз немесе мәзірден бөлімді таңдаңыз.",
};
const en: typeof ru = {
  title: "This page could not be opened",
  text: "The service is temporarily unavailable or the server hit an error. Your data and your cashboxes' receipts are not lost: the cashboxes keep working and send their documents once the connection is back.",
  whatToDo: "What to do",
  step1: "Press «Try again» in a minute.",
  step2: "If the error persists, tell support the error code and the time.",
  code: "Error code: {digest}",
  retry: "Try again",
  toHome: "Go to the start page",
  notFoundTitle: "Page not found",
  notFoundText:
    "This page does not exist, or you have no access to it. Check the address or choose a section in the menu.",
};
export default { ru, kk, en };
