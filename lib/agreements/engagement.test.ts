import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { concat, encodeAbiParameters, keccak256, stringToBytes, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_TYPE, ENGAGEMENT_TYPES } from '../engagements/typed-data';
import { allDemoAgreementInputs } from './demo';
import {
  agreementEngagementId,
  agreementEngagementTypedData,
  engagementOf,
  isProviderAgreement,
  kindsBits,
} from './index';

const DEMO = allDemoAgreementInputs();
const HASH = `0x${'5a'.repeat(32)}` as Hex;

describe('engagement (EIP-712) from the inputs', () => {
  it('the type string is the registry’s ENGAGEMENT_TYPEHASH, field for field', () => {
    const sol = readFileSync(join(__dirname, '..', '..', 'contracts', 'src', 'LevetrageBase.sol'), 'utf8');
    const m = /ENGAGEMENT_TYPEHASH\s*=\s*keccak256\(\s*"([^"]+)"/.exec(sol);
    expect(m?.[1]).toBe(ENGAGEMENT_TYPE);
    const fromTypes = `Engagement(${ENGAGEMENT_TYPES.Engagement.map((f) => `${f.type} ${f.name}`).join(',')})`;
    expect(fromTypes).toBe(ENGAGEMENT_TYPE);
  });

  it('the struct mirrors the terms; kinds are the Kind enum bits', () => {
    expect(kindsBits(['commitment'])).toBe(1);
    expect(kindsBits(['probabilistic'])).toBe(2);
    expect(kindsBits(['commitment', 'probabilistic'])).toBe(3);
    const inputs = DEMO['jane-law-firm'];
    if (!isProviderAgreement(inputs)) throw new Error('provider expected');
    expect(engagementOf(inputs, HASH)).toEqual({
      provider: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
      maker: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
      agreementHash: HASH,
      minStake: 3_000_000_000_000_000_000n,
      maxStake: 0n,
      kinds: 2,
      validUntil: 1_893_456_000,
      uses: 1,
      nonce: 1n,
    });
    expect(isProviderAgreement(DEMO['jane-refund'])).toBe(false);
  });

  it('the id is the EIP-712 digest the registry computes (typehash + 9 static words, domain Levetrage/1)', () => {
    const inputs = DEMO['joe-pinata'];
    if (!isProviderAgreement(inputs)) throw new Error('provider expected');
    const e = engagementOf(inputs, HASH);
    const typeHash = keccak256(stringToBytes(ENGAGEMENT_TYPE));
    const structHash = keccak256(
      encodeAbiParameters(
        ['bytes32', 'address', 'address', 'bytes32', 'uint96', 'uint96', 'uint8', 'uint40', 'uint32', 'uint64'].map(
          (type) => ({ type }),
        ),
        [
          typeHash,
          e.provider,
          e.maker,
          e.agreementHash,
          e.minStake,
          e.maxStake,
          e.kinds,
          e.validUntil,
          e.uses,
          e.nonce,
        ],
      ),
    );
    const domainType = keccak256(
      stringToBytes('EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)'),
    );
    const domain = keccak256(
      encodeAbiParameters(
        [{ type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'uint256' }, { type: 'address' }],
        [
          domainType,
          keccak256(stringToBytes('Levetrage')),
          keccak256(stringToBytes('1')),
          31337n,
          '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
        ],
      ),
    );
    expect(agreementEngagementId(inputs, HASH)).toBe(keccak256(concat(['0x1901', domain, structHash])));
    expect(agreementEngagementTypedData(inputs, HASH).domain).toEqual({
      name: 'Levetrage',
      version: '1',
      chainId: 31337,
      verifyingContract: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
    });
    // a different agreement hash is a different engagement
    expect(agreementEngagementId(inputs, `0x${'5b'.repeat(32)}`)).not.toBe(agreementEngagementId(inputs, HASH));
  });
});
