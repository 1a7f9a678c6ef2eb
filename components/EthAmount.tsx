import { formatEth, formatEthNumber, formatUsdOf, type UsdPrice } from '@/lib/format';

/**
 * An ETH amount with its dollar value beside it (issue #13 item 11), the one way every page shows ETH:
 * `3 ETH (≈ $9,000)`. Without a price (no feed on the chain, or it did not answer) only the ETH is shown.
 * `wei` is an exact amount; `eth` an expected value as a number. Server and client component alike (no hooks).
 */
export function EthAmount({
  wei,
  eth,
  price,
  testId,
  strong,
}: {
  wei?: bigint;
  eth?: number;
  price?: UsdPrice | null;
  testId?: string;
  strong?: boolean;
}) {
  const amount = wei ?? eth ?? 0;
  const text = typeof amount === 'bigint' ? formatEth(amount) : formatEthNumber(amount);
  const usd = formatUsdOf(amount, price);
  return (
    <span data-testid={testId}>
      {strong ? <strong>{text}</strong> : text}
      {usd ? <span className="text-slate-600"> ({usd})</span> : null}
    </span>
  );
}
