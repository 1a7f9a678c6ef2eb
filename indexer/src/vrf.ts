// Handlers of the Chainlink VRF beacon (when deployed): an answer makes the waiting threat's draws settleable.
// The block beacon (PrevrandaoBeacon) emits nothing: its ticket is the block whose prevrandao decides.
import { ponder } from 'ponder:registry';
import { beaconTicket, threat } from 'ponder:schema';
import { settings } from '../deployment';
import { lower } from '../core/rows';
import { logEvent, updateThreat, when } from './shared';

const C = 'VrfBeacon';

// Registered only when the deployment has a VRF beacon (else its filter would watch the zero address).
if (settings.deployment.vrfBeacon) {
  ponder.on('VrfBeacon:Requested', async ({ event, context }) => {
    const a = event.args;
    const w = when(event);
    await context.db.insert(beaconTicket).values({
      beacon: lower(event.log.address),
      ticket: Number(a.ticket),
      requestId: a.requestId,
      requestedBlock: w.blockNumber,
      ignoredAnswers: 0,
    });
    await logEvent(context.db, event, C, 'Requested', null);
  });

  ponder.on('VrfBeacon:Answered', async ({ event, context }) => {
    const a = event.args;
    const w = when(event);
    const key = { beacon: lower(event.log.address), ticket: Number(a.ticket) };
    const t = await context.db.find(beaconTicket, key);
    if (t) {
      await context.db.update(beaconTicket, key).set({ answeredBlock: w.blockNumber, value: a.value });
      if (t.threatId !== null) {
        const row = await context.db.find(threat, { id: t.threatId });
        // Still waiting on this ticket: settleable from now on.
        if (row && row.ticket === key.ticket && row.pendingThrough !== null) {
          await updateThreat(context.db, t.threatId, w.blockNumber, () => ({ nextDueBlock: w.blockNumber }));
        }
      }
    }
    await logEvent(context.db, event, C, 'Answered', t?.threatId ?? null);
  });

  ponder.on('VrfBeacon:AnswerIgnored', async ({ event, context }) => {
    const a = event.args;
    const key = { beacon: lower(event.log.address), ticket: Number(a.ticket) };
    const t = await context.db.find(beaconTicket, key);
    if (t) await context.db.update(beaconTicket, key).set({ ignoredAnswers: t.ignoredAnswers + 1 });
    await logEvent(context.db, event, C, 'AnswerIgnored', t?.threatId ?? null);
  });
}
