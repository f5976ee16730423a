import { describe, expect, it } from "vitest";
import { autoCloseDue, nextAutoClose, offlineTooLong, shiftTooLong } from "./shift-rules";

describe("shift rules", () => {
  it("limits a shift to 24 hours", () => {
    const opened = new Date("2026-03-01T08:00:00Z");
    expect(shiftTooLong(opened, new Date("2026-03-02T08:00:00Z"))).toBe(false);
    expect(shiftTooLong(opened, new Date("2026-03-02T08:00:01Z"))).toBe(true);
  });

  it("finds the next local auto-close time after opening", () => {
    // opened 09:00 Moscow (06:00Z), closes at 23:30 Moscow the same day
    expect(nextAutoClose(new Date("2026-03-01T06:00:00Z"), "23:30", "Europe/Moscow")).toEqual(
      new Date("2026-03-01T20:30:00Z"),
    );
    // opened 23:45 Moscow: the next 23:30 is tomorrow
    expect(nextAutoClose(new Date("2026-03-01T20:45:00Z"), "23:30", "Europe/Moscow")).toEqual(
      new Date("2026-03-02T20:30:00Z"),
    );
    expect(nextAutoClose(new Date("2026-03-01T20:45:00Z"), "25:00", "Europe/Moscow")).toBeNull();
  });

  it("says when the job must close a shift", () => {
    const shift = { openedAt: new Date("2026-03-01T06:00:00Z") };
    const box = { autoCloseTime: "23:00", timeZone: "Asia/Almaty" }; // 23:00 Almaty = 18:00Z
    expect(autoCloseDue(shift, box, new Date("2026-03-01T17:59:00Z"))).toBeNull();
    expect(autoCloseDue(shift, box, new Date("2026-03-01T18:00:00Z"))).toEqual({
      reason: "AUTO_CLOSE_TIME",
      at: new Date("2026-03-01T18:00:00Z"),
    });
    const noTime = { autoCloseTime: null, timeZone: "Asia/Almaty" };
    expect(autoCloseDue(shift, noTime, new Date("2026-03-02T05:59:00Z"))).toBeNull();
    expect(autoCloseDue(shift, noTime, new Date("2026-03-02T06:00:00Z"))).toEqual({
      reason: "LIMIT_24H",
      at: new Date("2026-03-02T06:00:00Z"),
    });
  });

  it("counts 72 hours offline from the oldest undelivered document", () => {
    const now = new Date("2026-03-04T12:00:00Z");
    expect(offlineTooLong(new Date("2026-03-01T12:00:00Z"), now)).toBe(false);
    expect(offlineTooLong(new Date("2026-03-01T11:59:59Z"), now)).toBe(true);
    expect(offlineTooLong(null, now)).toBe(false);
  });
});
