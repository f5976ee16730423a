// Issue 20.5 in the browser: «Касса 2.0» counts the 72 hours from its last online contact and, at
// zero, issues no more documents: the seed's message with its advice (connect and upload) instead.
// The browser's clock is moved on by Playwright; the server's side of the rule is in
// tests/integration/device-api.test.ts.
import { expect, test } from "./fixtures";
import { openPos, pairingString, posMenu, seedPosTenant } from "./help-pos";

test("/pos stops issuing documents 72 hours after its last online contact", async ({
  page,
  context,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const tenant = await seedPosTenant("limit");
  const pairing = await pairingString(page, tenant);
  await context.clock.install();
  const pos = await openPos(context, pairing);
  pos.on("console", (m) => {
    // the refused offline calls while the network is away are expected
    if (/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/i.test(m.text())) return;
    if (m.type() === "error" || /hydrat/i.test(m.text())) consoleErrors.push(m.text());
  });

  await context.setOffline(true);
  await pos.evaluate(() => window.dispatchEvent(new Event("offline")));
  await expect(pos.getByTestId("net-status")).toContainText("Нет связи");
  const countdown = pos.getByTestId("offline-countdown");
  await expect(countdown).toContainText(/До блокировки: 71:5\d:\d\d/);

  // 72 hours later, still offline: the counter is at zero and no document is issued
  await context.clock.fastForward(72 * 3600_000);
  await expect(countdown).toHaveText("До блокировки: 0:00:00");
  await posMenu(pos, "Открыть смену");
  const err = pos.getByTestId("error-screen");
  await expect(err.getByRole("heading")).toHaveText("Касса в режиме оффлайн дольше 72-х часов");
  await expect(err).toContainText("Подключитесь к интернету и дождитесь отправки всех документов");
  await err.getByRole("button", { name: "Понятно" }).click();
  await expect(pos.getByTestId("doc-sheet")).toHaveCount(0);
  await expect(pos.getByTestId("net-status")).not.toContainText("не отправлено");

  // connected again: the limit is gone
  await context.setOffline(false);
  await pos.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(pos.getByTestId("net-status")).toHaveText("В сети", { timeout: 30_000 });
  await expect(countdown).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
