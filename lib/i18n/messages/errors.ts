const ru = {
  VALIDATION_FAILED: "Проверьте поля формы",
  UNAUTHENTICATED: "Войдите в кабинет",
  FORBIDDEN: "Недостаточно прав для этого действия",
  NOT_FOUND: "Не найдено",
  CONFLICT: "Конфликт данных, обновите страницу",
  RATE_LIMITED: "Слишком много попыток, повторите позже",
  INTERNAL_ERROR: "Непредвиденная ошибка на сервере",
};
const kk: typeof ru = {
  VALIDATION_FAILED: "Пішін өрістерін тексеріңіз",
  UNAUTHENTICATED: "Кабинетке кіріңіз",
  FORBIDDEN: "Бұл әрекетке құқық жеткіліксіз",
  NOT_FOUND: "Табылмады",
  CONFLICT: "Деректер қайшылығы, бетті жаңартыңыз",
  RATE_LIMITED: "Тым көп әрекет, кейінірек қайталаңыз",
  INTERNAL_ERROR: "Серверде күтпеген қате",
};
const en: typeof ru = {
  VALIDATION_FAILED: "Check the form fields",
  UNAUTHENTICATED: "Please sign in",
  FORBIDDEN: "You are not allowed to do this",
  NOT_FOUND: "Not found",
  CONFLICT: "Data conflict, reload the page",
  RATE_LIMITED: "Too many attempts, try again later",
  INTERNAL_ERROR: "Unexpected server error",
};
export default { ru, kk, en };
