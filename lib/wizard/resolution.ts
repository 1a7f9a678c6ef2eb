/**
 * The wizard's Resolution step (issue #9): its validation in words and the `Resolution` it makes. The rules mirror
 * the resolvers' custom errors (PanelResolver InvalidQuorum / DuplicateMember / ZeroMember, RealityResolver
 * ZeroArbitrator / InvalidTimeout / ZeroMinBond, UmaResolver BondBelowMinimum / InvalidLiveness) so that a form
 * that passes here is not rejected on chain for its resolution. Pure.
 */
import { getAddress, isAddress, zeroAddress } from 'viem';
import { PANEL_GRACE_SECONDS, REALITY_MAX_TIMEOUT, UMA_MAX_LIVENESS } from '../resolvers/explain';
import type { Resolution } from '../resolvers/resolution';
import { formatDuration, formatEth } from '../format';
import type { WizardValues } from './types';
import { MAX_TERMINATORS, parseStakeWei, periodSeconds } from './units';

/** The fields of the step. */
export type ResolutionValues = Pick<
  WizardValues,
  | 'resolutionKind'
  | 'terminators'
  | 'quorum'
  | 'realityArbitrator'
  | 'realityTimeoutValue'
  | 'realityTimeoutUnit'
  | 'realityBondEth'
  | 'umaBondEth'
  | 'umaLivenessValue'
  | 'umaLivenessUnit'
  | 'umaMinBondWei'
>;

/** One problem: the form path (react-hook-form style, rows as numbers) and its message. */
export interface ResolutionIssue {
  path: (string | number)[];
  message: string;
}

export const RESOLUTION_MESSAGES = {
  terminatorsNone: 'Name at least one terminator: an address that can mark the demand fulfilled.',
  terminatorsMany: `Name at most ${MAX_TERMINATORS} terminators.`,
  terminatorMissing: 'Enter this terminator’s address, or remove the row.',
  terminatorInvalid: 'This terminator is not a valid Ethereum address (0x followed by 40 hex digits).',
  terminatorZero: 'A terminator cannot be the zero address.',
  quorumInvalid: 'Enter how many terminators must approve: a whole number, at least 1.',
  arbitratorMissing:
    'Enter the arbitrator’s address: who rules when a Reality.eth answer is disputed (for example Kleros).',
  arbitratorInvalid: 'The arbitrator is not a valid Ethereum address (0x followed by 40 hex digits).',
  timeoutInvalid: 'Enter the answer timeout: a number of minutes, hours or days, more than 0.',
  timeoutLong: `The answer timeout can be at most ${formatDuration(REALITY_MAX_TIMEOUT)}, so a contested claim fits the hold budget.`,
  realityBondInvalid: 'Enter the minimum bond in ETH, more than 0 (e.g. 0.01): a free answer costs a liar nothing.',
  umaBondInvalid: 'Enter the bond in ETH (paid as WETH), more than 0, e.g. 0.01.',
  livenessInvalid: 'Enter the liveness: a number of minutes, hours or days, more than 0.',
  livenessLong: `The liveness can be at most ${formatDuration(UMA_MAX_LIVENESS)}, so an assertion fits the hold budget.`,
} as const;

/** k > n, in words. */
export function quorumTooHigh(k: number, n: number): string {
  return `${k} approvals cannot come from ${n} terminator${n === 1 ? '' : 's'}: k must be at most the number named (${n}).`;
}

/** A bond below the oracle's minimum, in words. */
export function bondBelowMinimum(minimum: bigint): string {
  return `The bond must be at least ${formatEth(minimum)}: UMA’s oracle refuses smaller bonds on this network.`;
}

/** The step's problems, in display order. */
export function resolutionIssues(v: ResolutionValues): ResolutionIssue[] {
  const out: ResolutionIssue[] = [];
  const add = (path: ResolutionIssue['path'], message: string) => out.push({ path, message });
  if (v.resolutionKind === 'oracles') {
    const list = v.terminators;
    const filled = list.filter((t) => t.address.trim() !== '');
    if (filled.length === 0) {
      add(['terminators'], RESOLUTION_MESSAGES.terminatorsNone);
      return out;
    }
    if (list.length > MAX_TERMINATORS) add(['terminators'], RESOLUTION_MESSAGES.terminatorsMany);
    const seen = new Map<string, number>();
    list.forEach((t, i) => {
      const s = t.address.trim();
      const path = ['terminators', i, 'address'];
      if (!s) add(path, RESOLUTION_MESSAGES.terminatorMissing);
      else if (!isAddress(s)) add(path, RESOLUTION_MESSAGES.terminatorInvalid);
      else if (s.toLowerCase() === zeroAddress) add(path, RESOLUTION_MESSAGES.terminatorZero);
      else {
        const first = seen.get(s.toLowerCase());
        if (first !== undefined)
          add(path, `Terminator ${i + 1} repeats terminator ${first + 1}; each address may appear once.`);
        else seen.set(s.toLowerCase(), i);
      }
    });
    const k = Number(v.quorum.trim());
    if (!/^\d+$/.test(v.quorum.trim()) || k < 1) add(['quorum'], RESOLUTION_MESSAGES.quorumInvalid);
    else if (k > list.length) add(['quorum'], quorumTooHigh(k, list.length));
  } else if (v.resolutionKind === 'reality') {
    const a = v.realityArbitrator.trim();
    if (!a) add(['realityArbitrator'], RESOLUTION_MESSAGES.arbitratorMissing);
    else if (!isAddress(a) || a.toLowerCase() === zeroAddress)
      add(['realityArbitrator'], RESOLUTION_MESSAGES.arbitratorInvalid);
    const t = periodSeconds(v.realityTimeoutValue, v.realityTimeoutUnit);
    if (!(t >= 1)) add(['realityTimeoutValue'], RESOLUTION_MESSAGES.timeoutInvalid);
    else if (t > REALITY_MAX_TIMEOUT) add(['realityTimeoutValue'], RESOLUTION_MESSAGES.timeoutLong);
    const bond = parseStakeWei(v.realityBondEth);
    if (bond === null || bond === 0n) add(['realityBondEth'], RESOLUTION_MESSAGES.realityBondInvalid);
  } else {
    const bond = parseStakeWei(v.umaBondEth);
    const min = /^\d+$/.test(v.umaMinBondWei) ? BigInt(v.umaMinBondWei) : 0n;
    if (bond === null || bond === 0n) add(['umaBondEth'], RESOLUTION_MESSAGES.umaBondInvalid);
    else if (bond < min) add(['umaBondEth'], bondBelowMinimum(min));
    const l = periodSeconds(v.umaLivenessValue, v.umaLivenessUnit);
    if (!(l >= 1)) add(['umaLivenessValue'], RESOLUTION_MESSAGES.livenessInvalid);
    else if (l > UMA_MAX_LIVENESS) add(['umaLivenessValue'], RESOLUTION_MESSAGES.livenessLong);
  }
  return out;
}

/**
 * The resolution the step's values make (call on values without issues; a RangeError otherwise).
 * Named oracles: one oracle needing one approval decides alone (no contract); otherwise a k-of-n panel, which
 * may hold the threat once for PANEL_GRACE_SECONDS when more approvals are needed (none when k = 1).
 */
export function toResolution(v: ResolutionValues): Resolution {
  if (v.resolutionKind === 'reality') {
    const minBond = parseStakeWei(v.realityBondEth);
    if (!minBond) throw new RangeError('realityBondEth: not a bond');
    return {
      kind: 'reality',
      arbitrator: getAddress(v.realityArbitrator.trim()),
      timeout: periodSeconds(v.realityTimeoutValue, v.realityTimeoutUnit),
      minBond,
    };
  }
  if (v.resolutionKind === 'uma') {
    const bond = parseStakeWei(v.umaBondEth);
    if (!bond) throw new RangeError('umaBondEth: not a bond');
    return { kind: 'uma', bond, liveness: periodSeconds(v.umaLivenessValue, v.umaLivenessUnit) };
  }
  const members = v.terminators
    .map((t) => t.address.trim())
    .filter(Boolean)
    .map((a) => getAddress(a));
  if (members.length === 0) throw new RangeError('terminators: name at least one oracle');
  const k = Number(v.quorum.trim() || '1');
  if (!Number.isInteger(k) || k < 1 || k > members.length) throw new RangeError('quorum: k must be 1..n');
  if (members.length === 1) return { kind: 'oracle', oracle: members[0]! };
  return { kind: 'panel', members, k, grace: k > 1 ? PANEL_GRACE_SECONDS : 0 };
}

/** The resolution if the values make one, else null (for live explanations while the user types). */
export function tryResolution(v: ResolutionValues): Resolution | null {
  try {
    return resolutionIssues(v).length === 0 ? toResolution(v) : null;
  } catch {
    return null;
  }
}

/**
 * The resolution to warn about while the maker is still typing: the resolution itself when it is valid, else
 * (named oracles) the one its valid, distinct addresses make, so "you are among the oracles" shows at once even
 * while another row is still wrong.
 */
export function warnableResolution(v: ResolutionValues): Resolution | null {
  const whole = tryResolution(v);
  if (whole || v.resolutionKind !== 'oracles') return whole;
  const seen = new Set<string>();
  const terminators = v.terminators.filter((t) => {
    const s = t.address.trim().toLowerCase();
    if (!isAddress(s) || s === zeroAddress || seen.has(s)) return false;
    seen.add(s);
    return true;
  });
  if (terminators.length === 0) return null;
  const k = Number(v.quorum.trim());
  const quorum = String(Number.isInteger(k) && k >= 1 ? Math.min(k, terminators.length) : 1);
  return tryResolution({ ...v, terminators, quorum });
}
