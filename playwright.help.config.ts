// `npm run help:screenshots`: the help centre's screenshot script (tests/help/), against the same
// e2e server as the tests (a production build: run `npm run build` first).
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({ ...base, testMatch: ["help/**/*.spec.ts"] });
