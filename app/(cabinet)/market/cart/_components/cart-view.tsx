import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/locale/money";
import { productName, type ProductNames } from "@/lib/market/product-name";
import { CartLineForm } from "./cart-line-form";
import { CheckoutForm } from "./checkout-form";

export interface CartLineView {
  productId: string;
  name: string;
  names: ProductNames;
  quantity: number;
  unitPrice: string;
  amount: string;
}

export async function CartView(props: {
  locale: string;
  organizationName: string;
  currency: string;
  total: string;
  needsDelivery: boolean;
  unavailable: number;
  lines: CartLineView[];
}) {
  const t = await getTranslations("market");
  const money = (v: string) => formatMoney(BigInt(v), props.currency, props.locale);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-labelledby="cart-title" className="min-w-0">
        <h2 id="cart-title" className="sr-only">
          {t("cart.title")}
        </h2>
        {props.unavailable > 0 ? (
          <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("cart.unavailable")}
          </p>
        ) : null}
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {props.lines.map((l) => {
            const name = productName(l.names, props.locale);
            return (
              <li key={l.productId} className="flex flex-wrap items-center gap-3 p-4" data-cart-line>
                <div className="min-w-0 flex-1 basis-48">
                  <p className="font-medium text-slate-900">{name}</p>
                  <p className="text-sm text-slate-500">{money(l.unitPrice)}</p>
                </div>
                <CartLineForm productId={l.productId} quantity={l.quantity} name={name} />
                <p className="w-32 text-right font-medium tabular-nums">{money(l.amount)}</p>
              </li>
            );
          })}
        </ul>
        <p className="mt-3 flex justify-end gap-2 text-lg font-semibold">
          <span>{t("cart.total")}:</span>
          <span className="tabular-nums" data-testid="cart-total">
            {money(props.total)}
          </span>
        </p>
      </section>
      <Card className="h-fit">
        <h2 className="mb-4 text-lg font-semibold">{t("cart.checkout")}</h2>
        <CheckoutForm needsDelivery={props.needsDelivery} totalText={money(props.total)} />
      </Card>
    </div>
  );
}
