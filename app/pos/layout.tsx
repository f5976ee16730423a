// «Касса 2.0» — the web cashier: its own full-screen layout outside the cabinet shell, without a
// cabinet session (it authenticates with the paired cashbox token and the cashier's PIN).
import type { Metadata, Viewport } from "next";
import { PosIntl } from "@/components/pos/pos-intl";

export const metadata: Metadata = {
  title: "Касса 2.0",
  // installable on a tablet's home screen (public/pos/manifest.webmanifest, scope /pos)
  manifest: "/pos/manifest.webmanifest",
  icons: { icon: "/pos/icon-192.png", apple: "/pos/icon-192.png" },
  appleWebApp: { capable: true, title: "Касса 2.0", statusBarStyle: "black-translucent" },
  robots: { index: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f172a",
};

export default function PosLayout({ children }: { children: React.ReactNode }) {
  return <PosIntl>{children}</PosIntl>;
}
