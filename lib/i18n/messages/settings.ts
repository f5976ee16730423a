const ru = {
  title: "Настройки",
};
const kk: typeof ru = {
  title: "Настройки",
};
const en: typeof ru = {
  title: "Настройки",
};
export default { ru, kk, en };
