// Not found inside the cabinet: the same page as the root one, rendered in the cabinet shell.
export { default } from "../not-found";
