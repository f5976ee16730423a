// Test certificates for the registration wizard (docs/registration.md):
//   npx tsx scripts/make-test-certs.ts [outDir]        → CA + valid RU/KZ, expired, not-yet-valid,
//                                                        wrong-tax-id, no-tax-id .p12 files + ca.pem
//   npx tsx scripts/make-test-certs.ts --demo          → public/demo/kassa-demo-{ru,kz}.p12 (committed)
// Every .p12 has the password TEST_P12_PASSWORD ("demo12345").
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeTestCertSet, toP12, TEST_P12_PASSWORD } from "../lib/registration/test-certs";

const demo = process.argv.includes("--demo");
const outDir = path.resolve(demo ? "public/demo" : (process.argv[2] ?? ".data/test-certs"));
mkdirSync(outDir, { recursive: true });
const set = makeTestCertSet();
const write = (name: string, data: Buffer | string) => {
  writeFileSync(path.join(outDir, name), data);
  console.log(path.join(outDir, name));
};
if (demo) {
  write("kassa-demo-ru.p12", toP12(set.ruValid, set.ca, TEST_P12_PASSWORD, "ООО «Ромашка» (демо)"));
  write("kassa-demo-kz.p12", toP12(set.kzValid, set.ca, TEST_P12_PASSWORD, "ТОО «Алма Трейд» (демо)"));
  write("kassa-demo-ca.pem", set.ca.certPem);
} else {
  write("ca.pem", set.ca.certPem);
  write("ru-valid.p12", toP12(set.ruValid, set.ca, TEST_P12_PASSWORD, "ru-valid"));
  write("kz-valid.p12", toP12(set.kzValid, set.ca, TEST_P12_PASSWORD, "kz-valid"));
  write("ru-expired.p12", toP12(set.ruExpired, set.ca, TEST_P12_PASSWORD, "ru-expired"));
  write("ru-not-yet-valid.p12", toP12(set.ruNotYetValid, set.ca, TEST_P12_PASSWORD, "ru-not-yet-valid"));
  write("ru-wrong-tax-id.p12", toP12(set.ruWrongTaxId, set.ca, TEST_P12_PASSWORD, "ru-wrong-tax-id"));
  write("ru-no-tax-id.p12", toP12(set.ruNoTaxId, set.ca, TEST_P12_PASSWORD, "ru-no-tax-id"));
}
