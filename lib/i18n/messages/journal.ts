const ru = {
  title: "Журнал",
};
const kk: typeof ru = {
  title: "Журнал",
};
const en: typeof ru = {
  title: "Журнал",
};
export default { ru, kk, en };
