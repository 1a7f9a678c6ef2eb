import Link from 'next/link';
import { zeroAddress } from 'viem';
import { defaultChainId } from '@/lib/chains';
import { shortAddress } from '@/lib/format';

/** The track-record page of `address` (`/a/0x…`, with `?chain=` off the default chain). */
export function trackRecordHref(address: string, chainId?: number): string {
  const path = `/a/${address.toLowerCase()}`;
  return chainId !== undefined && chainId !== defaultChainId() ? `${path}?chain=${chainId}` : path;
}

/**
 * A named address (maker, provider, oracle, resolver…), linked to its track record. Shortened unless `full`; the
 * whole address is in the title and the accessible name. The zero address (no one) is not linked.
 */
export function AddressLink({
  address,
  chainId,
  full,
  label,
  className,
}: {
  address: string;
  chainId?: number;
  full?: boolean;
  /** Text to show instead of the address (e.g. "the oracle"). */
  label?: string;
  className?: string;
}) {
  const text = label ?? (full ? address : shortAddress(address));
  if (address.toLowerCase() === zeroAddress) return <span className="font-mono">{text}</span>;
  return (
    <Link
      href={trackRecordHref(address, chainId)}
      title={`Track record of ${address}`}
      // starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch), then the whole address
      aria-label={`${text}: track record of ${address}`}
      data-testid="address-link"
      className={className ?? 'font-mono underline decoration-dotted underline-offset-2 hover:decoration-solid'}
    >
      {text}
    </Link>
  );
}
