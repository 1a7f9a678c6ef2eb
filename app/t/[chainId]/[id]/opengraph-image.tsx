import { ImageResponse } from 'next/og';
import { formatEth, formatPpb, periodPhrase } from '@/lib/format';
import { KIND_LABELS, STATUS_LABELS } from '@/lib/threats/labels';
import { loadThreat } from './load';

export const alt = 'A Levetrage threat: stake, odds and demand';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/** The social preview of a threat link: status, stake, odds and the start of the demand. */
export default async function Image({ params }: { params: Promise<{ chainId: string; id: string }> }) {
  const { chainId, id } = await params;
  const load = await loadThreat(chainId, id);
  const t = load.kind === 'ok' ? load.threat : null;
  const headline = t
    ? `${formatEth(t.stake)} staked`
    : load.kind === 'unreachable'
      ? `Threat #${id}`
      : 'Threat not found';
  const sub = t
    ? t.odds
      ? `${formatPpb(t.odds.pEscalate)} chance of escalation every ${periodPhrase(t.odds.period)}`
      : KIND_LABELS[t.kind].label
    : 'Levetrage';
  const terms = t ? (t.terms.length > 180 ? `${t.terms.slice(0, 179)}…` : t.terms) : '';
  const status = t ? STATUS_LABELS[t.status].label : '';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#0f172a',
        color: 'white',
        padding: 64,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 32, color: '#a5b4fc' }}>
        <span>Levetrage · Threat #{id}</span>
        {status ? <span style={{ color: t?.status === 'live' ? '#fbbf24' : '#e2e8f0' }}>{status}</span> : null}
      </div>
      <div style={{ display: 'flex', fontSize: 84, fontWeight: 700, marginTop: 48 }}>{headline}</div>
      <div style={{ display: 'flex', fontSize: 40, color: '#fca5a5', marginTop: 16 }}>{sub}</div>
      <div style={{ display: 'flex', fontSize: 34, color: '#e2e8f0', marginTop: 40, lineHeight: 1.3 }}>{terms}</div>
    </div>,
    size,
  );
}
