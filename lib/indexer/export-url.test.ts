import { describe, expect, it } from 'vitest';
import { createIndexerClient } from './client';
import { exportUrl } from './export-url';

describe('exportUrl', () => {
  it('builds the streamed export link of a filtered view', () => {
    const client = createIndexerClient({ url: 'http://127.0.0.1:42069' });
    expect(exportUrl(client, { format: 'csv', query: { status: ['fulfilled'], q: 'a b' } })).toBe(
      'http://127.0.0.1:42069/api/export?status=fulfilled&q=a+b&format=csv',
    );
    expect(exportUrl(client, { format: 'json' })).toBe('http://127.0.0.1:42069/api/export?format=json');
  });
});
