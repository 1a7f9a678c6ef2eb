import { formatDuration, formatEth, formatInteger, formatPercent } from '../format';
import type { TrackRecord } from './types';

/** The roles the wizard picks an address for: the provider (escalation step) and the oracles (resolution step). */
export type PickedRole = 'provider' | 'oracle';

/** What `GET /api/record` answers (the wizard's record hint): the sentence, or why there is none; `href` is `/a/…`. */
export type RecordAnswer = { ok: true; line: string; href: string } | { ok: false; message: string; href?: string };

const plural = (n: number, one: string, many = `${one}s`) => `${formatInteger(n)} ${n === 1 ? one : many}`;
const rate = (v: number | null) => (v === null ? '' : ` (${formatPercent(v, { maxDecimals: 0 })})`);

/**
 * One sentence of an address's track record in the role the maker is picking it for, as the wizard shows it beside
 * the field (the full record is `/a/<address>`). An address with no history says so: the maker is trusting a
 * newcomer.
 */
export function recordLine(record: TrackRecord, role: PickedRole): string {
  if (role === 'provider') {
    const p = record.asProvider;
    if (p.threats === 0 && p.engagements === 0) return 'No record yet as a provider: no threat has named it.';
    const parts = [
      `named by ${plural(p.threats, 'threat')}`,
      `${plural(p.engagements, 'engagement')} signed or accepted`,
      `${plural(p.escalationsReceived, 'escalation')} received (${formatEth(p.escalatedAmount)})`,
    ];
    if (p.escalationsReceived > 0) {
      parts.push(
        `recorded acting on ${formatInteger(p.escalationsActedOn)}${rate(p.actedRate)}` +
          (p.timeToAct.median === null ? '' : `, after ${formatDuration(p.timeToAct.median)} (median)`),
      );
    }
    return `As a provider: ${parts.join('; ')}.`;
  }
  const o = record.asOracle;
  if (o.threatsJudged === 0) return 'No record yet as an oracle: no threat has named it.';
  const parts = [
    `judges ${plural(o.threatsJudged, 'threat')} (${formatInteger(o.ended)} ended)`,
    `${plural(o.fulfilments, 'fulfilment')}${rate(o.fulfilmentRate)}`,
    `${plural(o.disputesLost, 'claim')} that ended unfulfilled`,
    `${plural(o.silentTimeouts, 'silent timeout')}`,
  ];
  return `As an oracle: ${parts.join('; ')}.`;
}
