import { getTranslations } from "next-intl/server";
import { ForgotForm } from "./forgot-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default function ForgotPasswordPage() {
  return <ForgotForm />;
}
