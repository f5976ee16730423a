import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "v.required")
  .max(254, "v.tooLong")
  .email("v.email");
export const ZNewPassword = z.string().min(8, "v.passwordShort").max(200, "v.tooLong");

export const ZRequestResetInput = z.object({ email: ZEmail });

export const ZResetPasswordInput = z
  .object({ token: z.string().min(10, "v.invalid"), password: ZNewPassword, password2: z.string() })
  .refine((v) => v.password === v.password2, { message: "v.passwordMismatch", path: ["password2"] });

export const ZChangePasswordInput = z
  .object({ current: z.string().min(1, "v.required"), password: ZNewPassword, password2: z.string() })
  .refine((v) => v.password === v.password2, { message: "v.passwordMismatch", path: ["password2"] });
