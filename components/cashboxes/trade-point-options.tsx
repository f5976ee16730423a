// The <option>s of a trade point select: «name — address», the address being what registration files.
export function TradePointOptions({
  tradePoints,
}: {
  tradePoints: { id: string; name: string; address: string }[];
}) {
  return tradePoints.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name} — {p.address}
    </option>
  ));
}
