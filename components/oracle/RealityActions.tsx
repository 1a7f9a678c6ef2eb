'use client';

import { useState } from 'react';
import { useAccount } from '@/components/wallet/wallet-store';
import { isAddressEqual } from 'viem';
import {
  arbitratorRulingCall,
  realityAnswerCall,
  realitySyncCall,
  requestArbitrationCall,
} from '@/lib/resolvers/calls';
import type { RealityState } from '@/lib/resolvers/read';
import { realityBondProblem, realityStatusText } from '@/lib/resolvers/status';
import { formatEth, parseEthInput } from '@/lib/format';
import { formatEther } from 'viem';
import { ConfirmedAction, EthInput, type DemandBrief } from './ConfirmedAction';

/** Props of `<RealityActions />`. */
export interface RealityActionsProps {
  brief: DemandBrief;
  q: RealityState;
  /** Chain time (unix seconds). */
  now: number;
}

/**
 * The actions on a threat's Reality.eth question: answer yes or no with a bond (at least double the last),
 * request arbitration (its fee), the arbitrator's ruling when the connected wallet owns the (local) arbitrator,
 * and applying the final answer (a final "yes" fulfils).
 */
export function RealityActions({ brief, q, now }: RealityActionsProps) {
  const { address } = useAccount();
  const open = !q.finalized && !q.pendingArbitration && !q.done;
  const owner = !!address && !!q.arbitratorOwner && isAddressEqual(address, q.arbitratorOwner);
  const connected = address ? undefined : 'Connect your wallet to act.';
  return (
    <div className="space-y-3" data-testid={`reality-${brief.id}`}>
      <p className="text-sm" data-testid={`reality-status-${brief.id}`}>
        {realityStatusText(q, now)}
      </p>
      {open && (
        <div className="flex flex-wrap gap-3">
          <Answer brief={brief} q={q} yes blocked={connected} />
          <Answer brief={brief} q={q} yes={false} blocked={connected} />
        </div>
      )}
      {open && q.answer && (
        <ConfirmedAction
          brief={brief}
          testId={`reality-arbitrate-${brief.id}`}
          label="Request arbitration"
          title={`Confirm: ask the arbitrator to rule on the question of threat #${brief.id}`}
          amounts={[{ label: 'Arbitration fee', wei: q.disputeFee }]}
          consequence="No more answers are taken: the arbitrator’s ruling is final and decides who gets the bonds."
          blocked={connected}
          steps={() => [
            {
              request: requestArbitrationCall({
                arbitrator: q.arbitrator,
                questionId: q.questionId,
                fee: q.disputeFee,
                maxPrevious: q.bond,
              }),
            },
          ]}
          successMessage="Arbitration requested: the arbitrator rules next."
          tone="amber"
        />
      )}
      {q.pendingArbitration && owner && (
        <div className="flex flex-wrap gap-3">
          {[true, false].map((yes) => (
            <ConfirmedAction
              key={String(yes)}
              brief={brief}
              testId={`reality-rule-${yes ? 'yes' : 'no'}-${brief.id}`}
              label={`Rule “${yes ? 'yes' : 'no'}” as the arbitrator`}
              title={`Confirm: as the arbitrator, rule “${yes ? 'yes' : 'no'}” on threat #${brief.id}`}
              amounts={[{ label: 'Bonds at stake', wei: q.bond }]}
              consequence={
                yes
                  ? 'The question finalizes “yes” at once; applying it then fulfils the demand and refunds the stake.'
                  : 'The question finalizes “no” at once; the claim fails and the threat continues.'
              }
              steps={() => [
                {
                  request: arbitratorRulingCall({
                    arbitrator: q.arbitrator,
                    questionId: q.questionId,
                    yes,
                    answerer: (yes ? q.lastYes : q.lastNo) ?? address!,
                  }),
                },
              ]}
              successMessage={`Ruled “${yes ? 'yes' : 'no'}”.`}
              tone="amber"
            />
          ))}
        </div>
      )}
      {q.finalized && !q.done && (
        <ConfirmedAction
          brief={brief}
          testId={`reality-apply-${brief.id}`}
          label={q.answer === 'yes' ? 'Fulfil from the final “yes”' : 'Apply the final “no”'}
          title={`Confirm: apply the final answer to threat #${brief.id}`}
          consequence={
            q.answer === 'yes'
              ? `The question finalized “yes”: this fulfils the demand and refunds ${formatEth(brief.stake)} to the maker.`
              : 'The question finalized “no”: the claim fails and the threat continues (any hold ends).'
          }
          blocked={connected}
          steps={() => [{ request: realitySyncCall({ resolver: q.resolver, id: brief.id }) }]}
          successMessage={
            q.answer === 'yes' ? `Fulfilled: ${formatEth(brief.stake)} refunded to the maker.` : 'Applied.'
          }
          tone="emerald"
        />
      )}
    </div>
  );
}

function Answer({ brief, q, yes, blocked }: { brief: DemandBrief; q: RealityState; yes: boolean; blocked?: string }) {
  const [text, setText] = useState(formatEther(q.nextBond));
  const parsed = parseEthInput(text);
  const bond = parsed.ok ? parsed.wei : null;
  const invalid = parsed.ok ? realityBondProblem(parsed.wei, q) : parsed.error;
  const word = yes ? 'yes' : 'no';
  return (
    <ConfirmedAction
      brief={brief}
      testId={`reality-answer-${word}-${brief.id}`}
      label={`Answer “${word}”`}
      title={`Confirm: answer “${word}” (the demand was ${yes ? '' : 'not '}met) with a bond`}
      amounts={bond !== null && !invalid ? [{ label: 'Your bond', wei: bond }] : []}
      fields={
        <EthInput
          id={`reality-bond-${word}-${brief.id}`}
          label="Bond (ETH)"
          value={text}
          onChange={setText}
          hint={`at least ${formatEth(q.nextBond)}`}
        />
      }
      invalid={invalid ?? undefined}
      consequence={`If “${word}” is the final answer, your bond comes back with the bonds of those who answered otherwise; if not, you lose it. The answer stands unless someone answers otherwise with at least double the bond, or asks the arbitrator.`}
      blocked={blocked}
      steps={() => [
        { request: realityAnswerCall({ resolver: q.resolver, id: brief.id, yes, bond: bond!, maxPrevious: q.bond }) },
      ]}
      successMessage={`Answered “${word}” with ${bond !== null ? formatEth(bond) : 'your bond'}.`}
      tone={yes ? 'emerald' : 'amber'}
    />
  );
}
