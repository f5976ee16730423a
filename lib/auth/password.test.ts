import { describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ verify: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      calls.verify++;
      return real.verify(...args);
    },
  };
});

import { verifyPassword } from "./password";

describe("verifyPassword", () => {
  it("runs a full argon2 verification even without a stored hash (unknown e-mails take as long)", async () => {
    calls.verify = 0;
    expect(await verifyPassword(null, "password123")).toBe(false);
    expect(await verifyPassword(undefined, "password123")).toBe(false);
    expect(calls.verify).toBe(2);
  });
});
