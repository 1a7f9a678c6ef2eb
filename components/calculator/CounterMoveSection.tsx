import { counterCommitmentGame, type CounterCommitmentResult } from '@/lib/game-theory/counter-commitment';
import { formatAmount } from '@/lib/format';

/** The URL parameters of the section (a calculation is a link, like the rest of the calculator). */
const FIELDS = [
  ['cd', 'demand', 'Your demand (D)', '13000'],
  ['cc', 'makerStake', 'Your stake, lost if the threat is carried out (C)', '10000'],
  ['cl', 'adversaryLoss', 'What the threat costs the adversary (L)', '100000'],
  ['cp', 'pEscalate', 'Chance a refusal ends in escalation, % (100 for a commitment)', '100'],
  ['cs', 'counterStake', 'The adversary’s counter-stake, lost if it pays without the deposit (S)', '200000'],
  ['cx', 'deposit', 'The deposit the counter-commitment demands of you (X)', '5000'],
] as const;

type Params = Record<string, string | string[] | undefined>;

function read(params: Params) {
  const raw: Record<string, string> = {};
  const values: Record<string, number> = {};
  const errors: string[] = [];
  for (const [key, field, label, fallback] of FIELDS) {
    const v = params[key];
    const text = (Array.isArray(v) ? v[0] : v) ?? fallback;
    raw[key] = text;
    const n = Number(text.replace(/[,_\s]/g, ''));
    if (!Number.isFinite(n) || n < 0 || (key === 'cp' && n > 100))
      errors.push(`${label}: enter a number${key === 'cp' ? ' from 0 to 100' : ' of 0 or more'}.`);
    values[field] = key === 'cp' ? n / 100 : n;
  }
  return { raw, values, errors };
}

/**
 * The game with both commitments in place (white paper section 7): the maker's threat and the adversary's
 * counter-commitment "I will not pay unless X is deposited". Server-rendered from the URL (GET form, works
 * without JavaScript), under the calculator's tabs.
 */
export function CounterMoveSection({ params }: { params: Params }) {
  const { raw, values, errors } = read(params);
  let result: CounterCommitmentResult | null = null;
  let rejected = '';
  if (errors.length === 0) {
    try {
      result = counterCommitmentGame(values as unknown as Parameters<typeof counterCommitmentGame>[0]);
    } catch (e) {
      rejected = (e as Error).message;
    }
  }
  return (
    <section id="counter" aria-labelledby="counter-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="counter-title" className="text-lg font-bold">
        Counter-commitment: the game with both commitments
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        Your adversary answers your threat by binding itself not to pay unless you deposit X (white paper §7). Who
        should give way? The adversary pays only if paying costs it less than refusing; you deposit only if that leaves
        you better off than the refusal.
      </p>
      <form method="get" action="/calculator#counter" className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map(([key, , label]) => (
          <label key={key} className="text-sm">
            <span className="block font-semibold">{label}</span>
            <input
              name={key}
              defaultValue={raw[key]}
              inputMode="decimal"
              className="mt-1 w-full rounded-md border border-slate-400 px-2 py-1"
            />
          </label>
        ))}
        <button type="submit" className="self-end rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white">
          Compute
        </button>
      </form>
      {errors.length > 0 && (
        <ul role="alert" className="mt-3 list-disc pl-5 text-sm text-red-800">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {rejected && (
        <p role="alert" className="mt-3 text-sm text-red-800">
          These inputs cannot be computed: {rejected}
        </p>
      )}
      {result && (
        <div className="mt-3 space-y-1 text-sm" data-testid="counter-result">
          <p className="font-semibold">
            {result.makerDeposits
              ? `Your best move: make the deposit. The adversary then pays: you end with ${formatAmount(result.outcome.maker)}, it with ${formatAmount(result.outcome.adversary)}.`
              : result.withoutDeposit.adversaryPays
                ? `The counter-commitment is a bluff: with a counter-stake below ${formatAmount(result.minCredibleCounterStake)} paying is still its best move. You get ${formatAmount(result.outcome.maker)}.`
                : `Neither gives way: the adversary refuses and your threat is carried out. You end with ${formatAmount(result.outcome.maker)}, it with ${formatAmount(result.outcome.adversary)}.`}
          </p>
          <p>
            Without a deposit the adversary {result.withoutDeposit.adversaryPays ? 'pays' : 'refuses'} (you{' '}
            {formatAmount(result.withoutDeposit.maker)}, it {formatAmount(result.withoutDeposit.adversary)}); with the
            deposit it {result.withDeposit.adversaryPays ? 'pays' : 'still refuses'} (you{' '}
            {formatAmount(result.withDeposit.maker)}, it {formatAmount(result.withDeposit.adversary)}).
          </p>
          <p>
            A counter-stake of {formatAmount(result.minCredibleCounterStake)} or more makes refusing credible; you
            should accept a deposit of at most {formatAmount(result.maxDepositWorthMaking)}. The white paper’s way to
            preclude counter-offers: commit first and “go off the grid”, leaving the oracle to collect the check.
          </p>
        </div>
      )}
    </section>
  );
}
