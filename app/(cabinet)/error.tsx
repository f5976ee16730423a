"use client";
// Errors inside a cabinet page: the root error page (app/error.tsx), shown in the cabinet shell
// (menu and header stay), in the reader's language, with what to do and a retry (issue 16.5).
export { default } from "../error";
