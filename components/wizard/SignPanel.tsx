'use client';

import { ConnectButton } from '@rainbow-me/rainbowkit';
import { getPublicClient } from '@wagmi/core';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useAccount, useBalance, useConfig, useReadContract, useSwitchChain } from 'wagmi';
import { TxStatus, useTransaction } from '@/components/tx';
import { approveFeeCall, feeToApprove } from '@/lib/contracts/actions/approve-fee';
import { levetrageAbi, nashTokenAbi } from '@/lib/contracts/abis.generated';
import { createdThreatId } from '@/lib/contracts/events';
import { deployedChains } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';
import { formatEth, formatNash } from '@/lib/format';
import { firstInvalidStep } from '@/lib/wizard/schema';
import { sharePath, shareUrl } from '@/lib/wizard/share';
import { STEP_TITLES, type StepId } from '@/lib/wizard/steps';
import { moveFor, toCreateCall, toStakeWei } from '@/lib/wizard/to-params';
import type { WizardValues } from '@/lib/wizard/types';
import { ShareResult } from './ShareResult';

/**
 * Review-and-sign: reads the NASH fee of the move from the chain (`feeOf`), shows stake + fee, then runs
 * "approve NASH" (skipped when the allowance already covers the fee) and the create call through the one
 * transaction helper. On success shows the share link from the ThreatCreated event.
 */
export function SignPanel({ onCreated, goTo }: { onCreated: () => void; goTo: (s: StepId) => void }) {
  const { getValues, watch } = useFormContext<WizardValues>();
  const kind = watch('kind');
  const stakeEth = watch('stakeEth');
  const config = useConfig();
  const { address, chainId, isConnected } = useAccount();
  const { switchChain, isPending: switching } = useSwitchChain();
  const deployment = chainId !== undefined ? getDeployment(chainId) : null;
  const tx = useTransaction();
  const [created, setCreated] = useState<{ id: bigint; chainId: number } | null>(null);
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

  let stakeWei: bigint | null = null;
  try {
    stakeWei = toStakeWei({ stakeEth });
  } catch {
    stakeWei = null;
  }

  if (created) {
    const path = sharePath(created.chainId, created.id);
    const url = shareUrl(typeof window === 'undefined' ? '' : window.location.origin, created.chainId, created.id);
    return <ShareResult url={url} path={path} id={created.id} />;
  }

  async function sign() {
    if (!deployment || chainId === undefined) return;
    const values = getValues();
    const bad = firstInvalidStep(values, { now: Math.floor(Date.now() / 1000) });
    setProblem(bad ? { step: bad } : null);
    if (bad) return;
    const registry = deployment.levetrage;
    const create = toCreateCall(values, deployment.prevrandaoBeacon, registry);
    const result = await tx.run([
      {
        label: 'Approve the NASH fee',
        request: async () => {
          const client = getPublicClient(config, { chainId });
          if (!client)
            throw Object.assign(new Error(`Chain ${chainId} is not configured`), { name: 'ChainNotConfiguredError' });
          const amount = await feeToApprove(client, { registry, nash: deployment.nash, owner: address!, move });
          return amount === 0n ? null : { ...approveFeeCall({ nash: deployment.nash, registry, amount }), chainId };
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
      if (id !== null) {
        setCreated({ id, chainId });
        onCreated();
      }
    }
  }

  const feeValue = fee.data;
  const lowNash = feeValue !== undefined && nashBalance.data !== undefined && nashBalance.data < feeValue;
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
          <ConnectButton />
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
              {feeValue && feeValue > 0n
                ? 'Approve the NASH fee (if not yet approved), then create.'
                : 'Create (no NASH fee).'}
            </dd>
          </dl>
          {lowNash && (
            <p className="mt-3 text-sm font-semibold text-red-700">
              You hold {formatNash(nashBalance.data!)}, less than the fee: get NASH first.
            </p>
          )}
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
            {feeValue && feeValue > 0n ? 'Approve NASH and create the threat' : 'Create the threat'}
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
