import { describe, expect, it } from 'vitest';
import { InputError, checkWebhookUrl, isPrivateAddress, parseEmail, parseTarget } from './validate';

const publicLookup = async () => ['93.184.216.34'];

describe('parseEmail', () => {
  it('normalises a valid address and explains an invalid one', () => {
    expect(parseEmail('  Jane.Doe+x@Example.COM ')).toBe('jane.doe+x@example.com');
    for (const bad of ['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com', 'a..b@example.com'])
      expect(() => parseEmail(bad)).toThrow(/is not an e-mail address/);
    expect(() => parseEmail('')).toThrow('Enter an e-mail address.');
  });
});

describe('isPrivateAddress', () => {
  it('flags loopback, private, link-local, CGNAT and unique-local ranges', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });
});

describe('checkWebhookUrl', () => {
  it('refuses private and loopback hosts in production mode, allows them in development', async () => {
    await expect(checkWebhookUrl('https://127.0.0.1/hook', { production: true, lookup: publicLookup })).rejects.toThrow(
      /private or loopback/,
    );
    await expect(checkWebhookUrl('https://[::1]/hook', { production: true, lookup: publicLookup })).rejects.toThrow(
      /private or loopback/,
    );
    await expect(
      checkWebhookUrl('https://intranet.example/hook', { production: true, lookup: async () => ['10.0.0.5'] }),
    ).rejects.toThrow(/private or loopback/);
    await expect(
      checkWebhookUrl('https://hooks.example/x', { production: true, lookup: publicLookup }),
    ).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('http://hooks.example/x', { production: true, lookup: publicLookup })).rejects.toThrow(
      /must start with https:\/\//,
    );
    await expect(
      checkWebhookUrl('http://127.0.0.1:9/x', { production: false, lookup: publicLookup }),
    ).resolves.toBeInstanceOf(URL);
    await expect(
      checkWebhookUrl('https://u:p@hooks.example/x', { production: true, lookup: publicLookup }),
    ).rejects.toThrow(/user name or password/);
    await expect(
      checkWebhookUrl('https://nowhere.invalid/x', {
        production: true,
        lookup: async () => Promise.reject(new Error('ENOTFOUND')),
      }),
    ).rejects.toThrow(/does not resolve/);
  });
});

describe('parseTarget', () => {
  it('normalises threats, addresses in roles and ledger filters', () => {
    expect(parseTarget({ type: 'threat', threatId: '12' })).toEqual({ type: 'threat', threatId: '12' });
    expect(
      parseTarget({ type: 'address', address: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', role: 'oracle' }),
    ).toEqual({ type: 'address', address: '0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc', role: 'oracle' });
    const f = parseTarget({ type: 'filter', query: '?status=live&kind=commitment&sort=stake&limit=10' });
    expect(f).toMatchObject({
      type: 'filter',
      query: 'kind=commitment&status=live',
      filter: { kind: 'commitment', status: ['live'] },
    });
  });
  it('explains what is wrong', () => {
    expect(() => parseTarget({ type: 'threat', threatId: '0' })).toThrow(InputError);
    expect(() => parseTarget({ type: 'address', address: '0x1', role: 'oracle' })).toThrow(/20-byte hex address/);
    expect(() =>
      parseTarget({ type: 'address', address: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', role: 'judge' }),
    ).toThrow(/role must be one of/);
    expect(() => parseTarget({ type: 'filter', query: 'sort=stake' })).toThrow(/filter is empty/);
    expect(() => parseTarget({ type: 'filter', query: 'minStake=abc' })).toThrow(/ledger filter is not valid/);
    expect(() => parseTarget({})).toThrow(/Choose what to follow/);
  });
});
