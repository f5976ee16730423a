import { PosApp } from "@/components/pos/pos-app";

export default function PosPage() {
  return <PosApp />;
}
