import { STATUS_LABELS } from '@/lib/threats';
import { LEDGER_STATUSES, type LedgerForm } from './ledger-params';

const input = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900';
const label = 'block text-xs font-medium text-slate-700';

function Field({
  name,
  text,
  value,
  placeholder,
  type = 'text',
}: {
  name: keyof LedgerForm;
  text: string;
  value: string;
  placeholder?: string;
  type?: string;
}) {
  return (
    <label className={label}>
      {text}
      <input
        name={name}
        type={type}
        defaultValue={value}
        placeholder={placeholder}
        className={input}
        inputMode={type === 'number' ? 'decimal' : undefined}
      />
    </label>
  );
}

/**
 * The ledger's filters: a plain GET form, so every view is a shareable URL and works without JavaScript.
 * Units are the ones people type: ETH, percent per period, hours, dates (UTC).
 */
export function LedgerFilters({ form, chainId, showChain }: { form: LedgerForm; chainId: number; showChain: boolean }) {
  return (
    <form
      method="get"
      action="/ledger"
      aria-label="Ledger filters"
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid="ledger-filters"
    >
      {showChain && <input type="hidden" name="chain" value={chainId} />}
      <fieldset>
        <legend className="text-xs font-medium text-slate-700">Status</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {LEDGER_STATUSES.map((s) => (
            <label key={s} className="flex items-center gap-1 text-sm text-slate-800">
              <input type="checkbox" name="status" value={s} defaultChecked={form.status.includes(s)} />
              {STATUS_LABELS[s].label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <label className={label}>
          Kind
          <select name="kind" defaultValue={form.kind} className={input}>
            <option value="">Any</option>
            <option value="commitment">Binding commitment</option>
            <option value="probabilistic">Probabilistic</option>
          </select>
        </label>
        <Field name="maker" text="Maker (0x…)" value={form.maker} />
        <Field name="provider" text="Provider (0x…)" value={form.provider} />
        <Field name="resolver" text="Oracle or resolver (0x…)" value={form.resolver} />
        <Field name="minStake" text="Stake from (ETH)" value={form.minStake} placeholder="0.1" />
        <Field name="maxStake" text="Stake up to (ETH)" value={form.maxStake} placeholder="100" />
        <Field name="minP" text="p from (% per period)" value={form.minP} placeholder="1" />
        <Field name="maxP" text="p up to (% per period)" value={form.maxP} placeholder="10" />
        <Field name="minPeriod" text="Period from (hours)" value={form.minPeriod} placeholder="1" />
        <Field name="maxPeriod" text="Period up to (hours)" value={form.maxPeriod} placeholder="168" />
        <Field name="from" text="Created from" value={form.from} type="date" />
        <Field name="to" text="Created until" value={form.to} type="date" />
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div className="col-span-2">
          <Field name="q" text="Text in the terms" value={form.q} placeholder="deposit" />
        </div>
        <label className={label}>
          Sort by
          <select name="sort" defaultValue={form.sort} className={input}>
            <option value="created">Creation</option>
            <option value="id">Threat number</option>
            <option value="stake">Stake</option>
            <option value="deadline">Deadline</option>
            <option value="p">p per period</option>
            <option value="period">Period length</option>
            <option value="ended">End</option>
          </select>
        </label>
        <label className={label}>
          Order
          <select name="order" defaultValue={form.order} className={input}>
            <option value="desc">Largest / newest first</option>
            <option value="asc">Smallest / oldest first</option>
          </select>
        </label>
      </div>
      {form.group !== 'kind' && <input type="hidden" name="group" value={form.group} />}
      <div className="mt-3 flex gap-3">
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
          data-testid="ledger-apply"
        >
          Search
        </button>
        <a href={showChain ? `/ledger?chain=${chainId}` : '/ledger'} className="py-1.5 text-sm underline">
          Clear filters
        </a>
      </div>
    </form>
  );
}
