import { EthAmount } from '@/components/EthAmount';
import { formatDate, formatNash } from '@/lib/format';
import { Fact, Mono, Section, type ThreatSectionProps } from './Section';
import { AddressLink } from '@/components/AddressLink';
import { VerifyAgreement } from './VerifyAgreement';

/** The stake, who receives it on escalation (the provider and their signed agreement), and the record. */
export function StakeSection({ threat, links, price }: ThreatSectionProps) {
  return (
    <Section id="stake" title="The stake and the provider">
      <dl className="divide-y divide-slate-100">
        <Fact label="Stake locked" testId="threat-stake">
          <EthAmount wei={threat.stake} price={price} strong />
        </Fact>
        <Fact label="Provider (paid on escalation)" testId="threat-provider">
          <Mono value={threat.provider} href={links.address(threat.provider)} />{' '}
          <AddressLink
            address={threat.provider}
            chainId={threat.chainId}
            label="track record"
            className="text-sm underline"
          />
          <p className="mt-0.5 text-sm text-slate-600">
            A law firm, PR firm or similar that signed an agreement with the maker to act on receipt of the stake.
          </p>
        </Fact>
        <Fact label="Agreement hash (sha-256)" testId="threat-agreement-hash">
          <Mono value={threat.agreementHash} />
        </Fact>
        <Fact label="Maker" testId="threat-maker">
          <Mono value={threat.maker} href={links.address(threat.maker)} />{' '}
          <AddressLink
            address={threat.maker}
            chainId={threat.chainId}
            label="track record"
            className="text-sm underline"
          />
        </Fact>
        <Fact label="Created">
          {formatDate(threat.created.timestamp)}
          {threat.created.txHash !== '0x' ? (
            <>
              {' '}
              · tx <Mono value={threat.created.txHash} href={links.tx(threat.created.txHash)} />
            </>
          ) : null}
        </Fact>
        <Fact label="Registry contract">
          <Mono value={threat.registry} href={links.address(threat.registry)} />
        </Fact>
        {threat.fee > 0n ? <Fact label="NASH burned to create it">{formatNash(threat.fee)}</Fact> : null}
      </dl>
      <h3 className="mt-4 text-sm font-semibold text-slate-800">Verify an agreement</h3>
      <p className="mb-2 text-sm text-slate-600">
        If you were shown the signed agreement, check it is the one this threat commits to.
      </p>
      <VerifyAgreement agreementHash={threat.agreementHash} />
      <noscript>
        <p className="mt-2 text-sm text-slate-700">
          Without JavaScript: run <code>sha256sum agreement.pdf</code>; it must print{' '}
          <code className="break-all">{threat.agreementHash.slice(2)}</code>.
        </p>
      </noscript>
    </Section>
  );
}
