'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { useEthUsd } from '@/components/prices/use-eth-usd';
import { defaultChainId } from '@/lib/chains';
import { formatEthNumber, formatUsd, formatUsdOf } from '@/lib/format';
import type { EthUsdPrice } from '@/lib/prices/eth-usd';
import type { WizardValues } from '@/lib/wizard/types';
import { parseDecimal, parseStakeWei } from '@/lib/wizard/units';
import { Field, inputClass } from '../Field';

/** The amount typed in `currency`, shown in the other one at the feed's price ("≈ 4.3333 ETH", "≈ $13,000"). */
function converted(raw: string, currency: 'usd' | 'eth', price: EthUsdPrice | null): string {
  const n = parseDecimal(raw);
  if (!price || !Number.isFinite(n)) return '';
  return currency === 'usd' ? `≈ ${formatEthNumber(n / price.usdPerEth)}` : `≈ ${formatUsd(n * price.usdPerEth)}`;
}

/** Where the dollars come from, once, under the amounts. */
export function PriceSource({ price }: { price: EthUsdPrice | null }) {
  if (!price) return null;
  return (
    <p className="mt-1 text-sm text-slate-600" data-testid="usd-source">
      Conversions at {formatUsd(price.usdPerEth)} per ETH from the Chainlink ETH/USD feed{' '}
      <code className="break-all">{price.feed}</code>
      {price.stale ? ' (stale: older than 6 hours)' : ''}.
    </p>
  );
}

/** The stake in dollars beside its field, at the feed's price. */
export function StakeInUsd() {
  const price = useEthUsd(defaultChainId()); // one ETH price for all chains: no wallet needed for it
  const stake = useWatch<WizardValues, 'stakeEth'>({ name: 'stakeEth' });
  const wei = stake ? parseStakeWei(stake) : null;
  if (wei === null || !price) return null;
  return (
    <p className="-mt-2 mb-3 text-sm text-slate-700" data-testid="stake-usd">
      {formatUsdOf(wei, price)}
    </p>
  );
}

/**
 * The numbers the math uses: the amount in dispute, each side's loss if escalated, the hard-line chance, in USD
 * or ETH (one currency for all, as the math compares them); each shown in the other currency at the feed price.
 */
export function LossFields() {
  const { register } = useFormContext<WizardValues>();
  const price = useEthUsd(defaultChainId()); // one ETH price for all chains: no wallet needed for it
  const values = useWatch<WizardValues>();
  const currency = values.lossCurrency === 'eth' ? 'eth' : 'usd';
  const unit = currency === 'usd' ? 'USD' : 'ETH';
  const other = (name: 'disputedAmount' | 'makerLoss' | 'adversaryLoss') => {
    const text = converted(values[name] ?? '', currency, price);
    return text ? <span data-testid={`${name}-converted`}> {text}</span> : null;
  };
  return (
    <>
      <fieldset className="mb-3">
        <legend className="font-semibold">Currency of the amounts below</legend>
        <div className="mt-1 flex gap-4">
          {(['usd', 'eth'] as const).map((c) => (
            <label key={c} className="flex items-center gap-1.5">
              <input type="radio" value={c} {...register('lossCurrency')} defaultChecked={c === currency} />
              {c === 'usd' ? 'US dollars' : 'ETH'}
            </label>
          ))}
        </div>
        <PriceSource price={price} />
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          name="disputedAmount"
          label={`Amount in dispute (${unit})`}
          hint={<>What you ask the adversary for (Jane: 13,000 USD).{other('disputedAmount')}</>}
        >
          {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('disputedAmount')} />}
        </Field>
        <Field
          name="makerLoss"
          label={`Your loss if it escalates (${unit})`}
          hint={<>Jane: 2,000 USD.{other('makerLoss')}</>}
        >
          {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('makerLoss')} />}
        </Field>
        <Field
          name="adversaryLoss"
          label={`The adversary’s loss if it escalates (${unit})`}
          hint={<>X: 100,000 USD.{other('adversaryLoss')}</>}
        >
          {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('adversaryLoss')} />}
        </Field>
        <Field
          name="ignoreChancePct"
          label="Chance the adversary ignores any threat (%)"
          hint="They did not get it, did not believe it, or never give in."
        >
          {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('ignoreChancePct')} />}
        </Field>
      </div>
    </>
  );
}
