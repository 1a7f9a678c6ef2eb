import type { ReactNode } from 'react';

/** A column of a ledger-style table: its heading, right-aligned for numbers. */
export interface Column {
  label: ReactNode;
  right?: boolean;
}

/** The header row of the ledger, statistics, track-record and directory tables. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="border-b border-slate-300 text-xs text-slate-700">
      <tr>
        {columns.map((c, i) => (
          <th
            key={i}
            scope="col"
            className={`${i === 0 ? 'py-2 ' : ''}${i < columns.length - 1 ? 'pr-2 ' : ''}${c.right ? 'text-right' : ''}`.trim()}
          >
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
