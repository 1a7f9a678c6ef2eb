'use client';

import { getPublicClient } from '@wagmi/core';
import { useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useAccount, useBalance, useConfig, useReadContract, useSwitchChain } from 'wagmi';
import { TxStatus, useTransaction } from '@/components/tx';
import { ConnectWalletButton } from '@/components/wallet/ConnectControl';
import { WalletScope } from '@/components/wallet/wallet-runtime';
import { buyNashCall, quoteNash, withSlippage } from '@/lib/contracts/actions/buy-nash';
import { levetrageAbi, nashTokenAbi } from '@/lib/contracts/abis.generated';
import { createdThreatId } from '@/lib/contracts/events';
import { deployedChains } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';
import { formatEth, formatNash } from '@/lib/format';
import { chosenBeacon } from '@/lib/wizard/beacons';
import { canEscalate, firstInvalidStep } from '@/lib/wizard/schema';
import { STEP_TITLES, type StepId } from '@/lib/wizard/steps';
import { moveFor, toCreateCall, toStakeWei } from '@/lib/wizard/to-params';
import type { WizardValues } from '@/lib/wizard/types';
import { EngagementCheckNote, useEngagementCheck } from './EngagementCheck';
import type { SignPanelProps } from './SignPanel';

/**
 * Review-and-sign, the wallet part (loaded with the wallet code when the wizard reaches this step): reads the
 * NASH fee of the move from the chain (`feeOf`), shows stake + fee, checks the provider's engagement in the
 * browser, then runs "buy the NASH fee" (only when the wallet holds less NASH than the fee, through the
 * deployment's Uniswap pool) and the create call through the one transaction helper. The
 * registry burns the fee itself, capped by the fee shown here (`maxFee`): no approval. On success shows the share
 * link from the ThreatCreated event (`onCreated`: the wizard then closes the draft, see SignPanel.tsx).
 */
function SignPanelBody({ onCreated, goTo }: Pick<SignPanelProps, 'goTo' | 'onCreated'>) {
  const { getValues, watch } = useFormContext<WizardValues>();
  const kind = watch('kind');
  const stakeEth = watch('stakeEth');
  const config = useConfig();
  const { address, chainId, isConnected } = useAccount();
  const { switchChain, isPending: switching } = useSwitchChain();
  const deployment = chainId !== undefined ? getDeployment(chainId) : null;
  const tx = useTransaction();
  const [problem, setProblem] = useState<{ step: StepId } | null>(null);

  const move = moveFor(kind);
  const fee = useReadContract({
    address: deployment?.levetrage,
    abi: levetrageAbi,
    functionName: 'feeOf',
    args: [move],
    query: { enabled: !!deployment },
  });
  const nashBalance = useReadContract({
    address: deployment?.nash,
    abi: nashTokenAbi,
    functionName: 'balanceOf',
    args: address ? [address] : undefined,
    query: { enabled: !!deployment && !!address },
  });
  const eth = useBalance({ address, query: { enabled: !!address } });
  const engagementCode = watch('engagementCode');
  const timeoutAction = watch('timeoutAction');
  const needsEngagement = canEscalate({ kind, timeoutAction });
  const engagement = useEngagementCheck(needsEngagement ? engagementCode : '');
  const missingNash =
    fee.data !== undefined && nashBalance.data !== undefined && nashBalance.data < fee.data
      ? fee.data - nashBalance.data
      : 0n;
  const [quote, setQuote] = useState<{ amount: bigint; eth: bigint } | null>(null);
  const router = deployment?.uniswapRouter;
  const weth = deployment?.weth;
  const nash = deployment?.nash;
  useEffect(() => {
    if (missingNash === 0n || !router || !weth || !nash || chainId === undefined) return;
    const client = getPublicClient(config, { chainId });
    if (!client) return;
    let cancelled = false;
    quoteNash(client, { router, weth, nash, amount: missingNash })
      .then((eth) => !cancelled && setQuote({ amount: missingNash, eth }))
      .catch(() => !cancelled && setQuote(null));
    return () => {
      cancelled = true;
    };
  }, [missingNash, router, weth, nash, chainId, config]);

  let stakeWei: bigint | null = null;
  try {
    stakeWei = toStakeWei({ stakeEth });
  } catch {
    stakeWei = null;
  }

  async function sign() {
    if (!deployment || chainId === undefined || !address || fee.data === undefined) return;
    const values = getValues();
    const bad = firstInvalidStep(values, {
      now: Math.floor(Date.now() / 1000),
      chainId,
      registry: deployment.levetrage,
      account: address,
    });
    setProblem(bad ? { step: bad } : null);
    if (bad) return;
    if (needsEngagement && engagement.state !== 'ok') {
      setProblem({ step: 'escalation' });
      return;
    }
    const registry = deployment.levetrage;
    const create = toCreateCall(values, {
      registry,
      beacon: chosenBeacon(values.beacon, deployment)?.address,
      maker: address,
      maxFee: fee.data,
      deployment,
    });
    const result = await tx.run([
      {
        label: 'Buy the NASH fee',
        request: async () => {
          if (missingNash === 0n || !router || !weth) return null; // enough NASH already
          const client = getPublicClient(config, { chainId });
          if (!client)
            throw Object.assign(new Error(`Chain ${chainId} is not configured`), { name: 'ChainNotConfiguredError' });
          const p = { router, weth, nash: deployment.nash, amount: missingNash };
          const ethIn = await quoteNash(client, p);
          const deadline = BigInt(Math.floor(Date.now() / 1000) + 20 * 60);
          return { ...buyNashCall({ ...p, maxEth: withSlippage(ethIn), to: address, deadline }), chainId };
        },
      },
      {
        label: kind === 'probabilistic' ? 'Create the probabilistic threat' : 'Create the commitment',
        request: { ...create, chainId },
      },
    ]);
    if (result.ok) {
      const receipt = result.receipts.at(-1);
      const id = receipt ? createdThreatId(receipt.logs, registry) : null;
      if (id !== null) onCreated({ id: id.toString(), chainId });
    }
  }

  const feeValue = fee.data;
  const canBuy = !!deployment?.uniswapRouter && !!deployment?.weth;
  const lowNash = missingNash > 0n;

  const lowEth = stakeWei !== null && eth.data !== undefined && eth.data.value < stakeWei;

  return (
    <section
      aria-labelledby="sign-title"
      className="mt-8 rounded-md border border-slate-300 bg-white p-4"
      data-testid="sign-panel"
    >
      <h3 id="sign-title" className="text-lg font-bold">
        Sign
      </h3>
      {!isConnected ? (
        <div className="mt-2">
          <p className="mb-2 text-sm">
            Connect a wallet to create the threat. On the local chain, the built-in dev wallet works without an
            extension.
          </p>
          <ConnectWalletButton />
        </div>
      ) : !deployment ? (
        <div className="mt-2" role="alert">
          <p className="font-semibold">Levetrage is not deployed on this network.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {deployedChains().map(({ id }) => (
              <button
                key={id}
                type="button"
                disabled={switching}
                onClick={() => switchChain({ chainId: id })}
                className="rounded-md bg-indigo-700 px-3 py-2 font-semibold text-white"
              >
                Switch to chain {id}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
            <dt>Stake (locked)</dt>
            <dd className="font-semibold" data-testid="total-stake">
              {stakeWei !== null ? formatEth(stakeWei) : '—'}
            </dd>
            <dt>NASH fee (burned)</dt>
            <dd className="font-semibold" data-testid="nash-fee">
              {fee.isLoading
                ? 'reading from the chain…'
                : fee.error
                  ? 'could not be read'
                  : feeValue !== undefined
                    ? formatNash(feeValue)
                    : '—'}
            </dd>
            <dt>Total</dt>
            <dd className="font-semibold" data-testid="total">
              {stakeWei !== null ? formatEth(stakeWei) : '—'}
              {feeValue ? ` + ${formatNash(feeValue)}` : ''} + network fee
            </dd>
            <dt>Transactions</dt>
            <dd>
              {lowNash && canBuy
                ? 'Buy the NASH fee on Uniswap, then create (the registry burns the fee itself: no approval).'
                : 'Create (the registry burns the NASH fee itself: no approval).'}
            </dd>
          </dl>
          {lowNash && (
            <p className="mt-3 text-sm font-semibold text-red-700" data-testid="nash-short">
              You hold {formatNash(nashBalance.data!)}, less than the fee.{' '}
              {canBuy
                ? quote
                  ? `Signing first swaps about ${formatEth(quote.eth)} for the missing ${formatNash(quote.amount)} (at most 1% more; the rest comes back).`
                  : 'Signing first buys the missing NASH with ETH.'
                : 'Get NASH first: this chain has no pool to buy it in the app.'}
            </p>
          )}
          {needsEngagement && <EngagementCheckNote check={engagement} />}
          {lowEth && (
            <p className="mt-3 text-sm font-semibold text-red-700">Your ETH balance is smaller than the stake.</p>
          )}
          {problem && (
            <p className="mt-3 text-sm font-semibold text-red-700" role="alert">
              Step “{STEP_TITLES[problem.step]}” needs attention before you can sign.{' '}
              <button type="button" className="underline" onClick={() => goTo(problem.step)}>
                Go to {STEP_TITLES[problem.step]}
              </button>
            </p>
          )}
          <button
            type="button"
            onClick={() => void sign()}
            disabled={tx.busy}
            className="mt-4 rounded-md bg-green-800 px-5 py-3 text-lg font-bold text-white disabled:opacity-60"
            data-testid="sign-button"
          >
            {lowNash && canBuy ? 'Buy the NASH fee and create the threat' : 'Create the threat'}
          </button>
          <p className="mt-2 text-xs text-slate-600">
            Creating is irrevocable: the stake can only leave the registry by the rules above.
          </p>
          <div className="mt-3" aria-live="polite">
            <TxStatus state={tx.state} successMessage="Threat created." onReset={tx.reset} />
          </div>
        </>
      )}
    </section>
  );
}

/** The sign panel under the wallet providers (default export: loaded with `next/dynamic`). */
export default function SignPanelWallet(props: Pick<SignPanelProps, 'goTo' | 'onCreated'>) {
  return (
    <WalletScope>
      <SignPanelBody {...props} />
    </WalletScope>
  );
}
