import { describe, expect, it } from 'vitest';
import type { EventLogRow } from '../../lib/indexer/types';
import { infoFromCreated, noticesForEvent, remindersDue } from './triggers';

const ctx = { appUrl: 'https://app.example/', chainId: 1 };
const maker = '0x' + '1'.repeat(40);
const oracle = '0x' + '2'.repeat(40);
const provider = '0x' + '3'.repeat(40);
const ev = (name: string, args: Record<string, unknown>, id = '100'): EventLogRow => ({
  id,
  contract: 'Levetrage',
  name,
  threatId: 7n,
  args,
  timestamp: 1_000,
  blockNumber: 5,
  logIndex: 0,
  txHash: '0xab',
});
const created = ev('ThreatCreated', {
  id: '7',
  maker,
  provider,
  beneficiary: maker,
  resolver: oracle,
  adversary: '0x0000000000000000000000000000000000000000',
  stake: '3000000000000000000',
  fee: '0',
  engagementId: '0x' + 'e'.repeat(64),
  agreementHash: '0x' + 'a'.repeat(64),
  deadline: '90000',
  timeoutAction: 2,
  flags: 0,
  terms: 'Pay the invoice',
});
const info = infoFromCreated(created);

describe('noticesForEvent', () => {
  it('creation: to every role, with the threat link and the next step', () => {
    expect(info).toMatchObject({ id: '7', provider, adversary: null, deadline: 90000, open: true });
    const [n] = noticesForEvent(created, info, ctx);
    expect(n).toMatchObject({
      key: '100:created',
      kind: 'created',
      link: 'https://app.example/t/1/7',
      title: 'Threat #7 created: 3 ETH at stake',
    });
    expect(n!.parties.map((p) => p.role).sort()).toEqual(['beneficiary', 'maker', 'oracle', 'provider']);
    expect(n!.nextStep).toMatch(/Oracle/);
  });
  it('escalation: the provider gets the engagement, the amount and the agreement hash', () => {
    const [n] = noticesForEvent(
      ev('Escalated', {
        id: '7',
        provider,
        engagementId: '0x' + 'e'.repeat(64),
        amount: '3000000000000000000',
        paid: true,
      }),
      info,
      ctx,
    );
    expect(n!.audience).toContain('provider');
    expect(n!.body).toContain('0x' + 'e'.repeat(64));
    expect(n!.body).toContain('3 ETH');
    expect(n!.body).toContain('0x' + 'a'.repeat(64));
  });
  it('a settled draw carries its outcome and the verify link', () => {
    const [n] = noticesForEvent(
      ev('DrawSettled', { id: '7', period: 2, value: '0x01', outcome: 1, neutralized: false }),
      info,
      ctx,
    );
    expect(n!.title).toContain('settled: escalate');
    expect(n!.data.verify).toBe('https://app.example/t/1/7#draws');
  });
  it('ignores events nobody acts on', () => {
    expect(noticesForEvent(ev('FeeSet', { move: 0, fee: '1' }), null, ctx)).toEqual([]);
    expect(noticesForEvent(ev('Joined', { id: '7' }), info, ctx)).toEqual([]);
  });
});

describe('remindersDue', () => {
  it('24 h before, then 1 h before, on the chain clock; nothing once closed or past', () => {
    expect(remindersDue(info, 90000 - 25 * 3600, ctx)).toEqual([]);
    const [a] = remindersDue(info, 90000 - 23 * 3600, ctx);
    expect(a).toMatchObject({ kind: 'deadline-24h', key: 'remind:7:deadline-24h:90000' });
    expect(a!.audience[0]).toBe('oracle');
    expect(remindersDue(info, 90000 - 1800, ctx)[0]!.kind).toBe('deadline-1h');
    expect(remindersDue(info, 90000, ctx)).toEqual([]);
    expect(remindersDue({ ...info, open: false }, 90000 - 1800, ctx)).toEqual([]);
  });
});
