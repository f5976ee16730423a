import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/** For pages: a use case's NOT_FOUND (missing or another tenant's id) becomes the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
