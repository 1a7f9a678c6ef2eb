'use client';

import { useAccount } from '@/components/wallet/wallet-store';
import { weth9Abi } from '@/lib/contracts/abis.generated';
import { umaAssertCall, umaDisputeCalls, umaExecuteCall, umaSettleCall } from '@/lib/resolvers/calls';
import type { UmaState } from '@/lib/resolvers/read';
import { umaStatusText } from '@/lib/resolvers/status';
import { formatEth } from '@/lib/format';
import { ConfirmedAction, type DemandBrief } from './ConfirmedAction';

/** Props of `<UmaActions />`. */
export interface UmaActionsProps {
  brief: DemandBrief;
  u: UmaState;
  /** Chain time (unix seconds). */
  now: number;
}

/**
 * The actions on a threat's UMA assertions: assert (the bond sent as ETH, wrapped by the resolver), dispute (WETH:
 * wrapped and approved first as needed), settle after the liveness, and apply an outcome left pending.
 */
export function UmaActions({ brief, u, now }: UmaActionsProps) {
  const { address } = useAccount();
  const a = u.last;
  const connected = address ? undefined : 'Connect your wallet to act.';
  const beforeDeadline = now < brief.deadline;
  const canAssert = !u.fulfilled && beforeDeadline && (!a || a.settled);
  const canDispute = !!a && !a.settled && !a.disputer && now < a.expirationTime;
  const canSettle = !!a && !a.settled && !a.disputer && now >= a.expirationTime;
  const canExecute = (!!u.truthAssertion && !u.fulfilled) || (u.releaseDue && u.pending === 0);
  return (
    <div className="space-y-3" data-testid={`uma-${brief.id}`}>
      <p className="text-sm" data-testid={`uma-status-${brief.id}`}>
        {umaStatusText(u, now)}
      </p>
      {!u.fulfilled && !beforeDeadline && (!a || a.settled) && (
        <p className="text-sm text-slate-700">The deadline has passed: no new assertion counts.</p>
      )}
      {canAssert && (
        <ConfirmedAction
          brief={brief}
          testId={`uma-assert-${brief.id}`}
          label="Assert the demand was met"
          title={`Confirm: assert that the demand of threat #${brief.id} was met`}
          amounts={[{ label: 'Your bond (sent as ETH, held as WETH)', wei: u.bond }]}
          consequence={`Unless someone disputes it within the liveness, the assertion is true and settling it fulfils the demand, refunding ${formatEth(brief.stake)} to the maker; your bond comes back. If it is disputed and UMA’s vote finds it false, you lose the bond.`}
          blocked={connected}
          steps={() => [
            { request: umaAssertCall({ resolver: u.resolver, id: brief.id, claim: u.claim, bond: u.bond }) },
          ]}
          successMessage="Asserted: the liveness runs now."
          tone="emerald"
        />
      )}
      {canDispute && a && (
        <ConfirmedAction
          brief={brief}
          testId={`uma-dispute-${brief.id}`}
          label="Dispute the assertion"
          title={`Confirm: dispute the assertion on threat #${brief.id} (the demand was not met)`}
          amounts={[{ label: 'Your bond (WETH; ETH is wrapped first if needed)', wei: a.bond }]}
          consequence="UMA’s token holders vote. If the assertion is false you get your bond back with part of the asserter’s; if it is true you lose your bond."
          blocked={connected}
          steps={async () => {
            // The reader loads on the click: the desk shows this button without it.
            const client = address ? (await import('@/lib/chain-client')).readClientFor(brief.chainId) : undefined;
            if (!client || !address) return [];
            const [wethBalance, allowance] = await Promise.all([
              client.readContract({ address: u.weth, abi: weth9Abi, functionName: 'balanceOf', args: [address] }),
              client.readContract({
                address: u.weth,
                abi: weth9Abi,
                functionName: 'allowance',
                args: [address, u.oracle],
              }),
            ]);
            const calls = umaDisputeCalls({
              oracle: u.oracle,
              weth: u.weth,
              assertionId: a.id,
              disputer: address,
              bond: a.bond,
              wethBalance,
              allowance,
            });
            return calls.map((request) => ({
              label:
                request.functionName === 'deposit'
                  ? 'Wrap ETH'
                  : request.functionName === 'approve'
                    ? 'Approve WETH'
                    : 'Dispute',
              request,
            }));
          }}
          successMessage="Disputed: UMA’s vote decides."
          tone="amber"
        />
      )}
      {canSettle && a && (
        <ConfirmedAction
          brief={brief}
          testId={`uma-settle-${brief.id}`}
          label="Settle the assertion"
          title={`Confirm: settle the undisputed assertion on threat #${brief.id}`}
          amounts={[{ label: 'Bond returned to the asserter', wei: a.bond }]}
          consequence={`The liveness is over without a dispute: settling makes the assertion true, which fulfils the demand and refunds ${formatEth(brief.stake)} to the maker.`}
          blocked={connected}
          steps={() => [{ request: umaSettleCall({ oracle: u.oracle, assertionId: a.id }) }]}
          successMessage={`Settled: the demand is fulfilled and ${formatEth(brief.stake)} refunded to the maker.`}
          tone="emerald"
        />
      )}
      {canExecute && (
        <ConfirmedAction
          brief={brief}
          testId={`uma-execute-${brief.id}`}
          label="Apply the outcome"
          title={`Confirm: apply the settled outcome to threat #${brief.id}`}
          consequence={
            u.truthAssertion
              ? 'A true assertion fulfils the demand.'
              : 'Every assertion failed: the hold ends and the threat continues.'
          }
          blocked={connected}
          steps={() => [{ request: umaExecuteCall({ resolver: u.resolver, id: brief.id }) }]}
          successMessage="Applied."
        />
      )}
    </div>
  );
}
