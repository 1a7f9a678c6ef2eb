import { promiseRecordText, type PromiseRecord } from '@/lib/promises';
import { Section } from '@/components/threat/Section';

const OUTCOME = { kept: 'kept', broken: 'broken', released: 'released by a draw', open: 'open' } as const;

/** The maker's public record of promises (white paper section 12.4), on a promise's page or a maker's. */
export function PromiseRecordSection({ record, chainId }: { record: PromiseRecord; chainId: number }) {
  return (
    <Section
      id="promises"
      title="The maker’s record of promises"
      lead="Promises are public: each one is recorded kept or broken by its resolver, like a credit history."
    >
      <p className="font-semibold" data-testid="promise-record">
        {promiseRecordText(record)}
      </p>
      {record.promises.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm" data-testid="promise-list">
          {record.promises.slice(0, 20).map((p) => (
            <li key={p.id.toString()} data-testid={`promise-${p.id.toString()}`} data-outcome={p.outcome}>
              <a className="text-indigo-700 underline" href={`/t/${chainId}/${p.id.toString()}`}>
                #{p.id.toString()}
              </a>{' '}
              {OUTCOME[p.outcome]}: {p.terms.split('\n')[0]}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
