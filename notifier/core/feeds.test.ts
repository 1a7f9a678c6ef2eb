import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MAX_DRAW_EVENTS, atomFeed, drawTimes, threatCalendar } from './feeds';

const notice = {
  key: '1:created',
  threatId: '1',
  kind: 'created' as const,
  title: 'Threat #1 <created> & "quoted"',
  body: 'Body',
  nextStep: 'Act',
  link: 'https://app.example/t/1/1?a=1&b=2',
  data: {},
  chainTime: 1_700_000_000,
};

describe('atomFeed', () => {
  it('is valid XML with escaped text', () => {
    const xml = atomFeed({
      id: 'urn:x',
      title: 'T',
      selfUrl: 'https://n.example/f.atom',
      pageUrl: 'https://app.example',
      notices: [notice],
      nowUnix: 1,
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(xml).toContain('<title>Threat #1 &lt;created&gt; &amp; &quot;quoted&quot;</title>');
    expect(feed.entry.link['@_href']).toBe('https://app.example/t/1/1?a=1&b=2');
    expect(feed.updated).toBe('2023-11-14T22:13:20Z');
  });
});

describe('threatCalendar', () => {
  it('has the deadline with two alarms and every draw time, folded and escaped', () => {
    const text = threatCalendar(
      {
        chainId: 1,
        id: '9',
        terms: 'Pay, now; please — with a long text that must be folded because it goes past seventy-five octets',
        deadline: 10_000 + 3 * 3600,
        start: 10_000,
        period: 3600,
        settledPeriods: 1,
        link: 'https://app.example/t/1/9',
      },
      10_000,
    );
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toUnixTime())).toEqual([10_000 + 3 * 3600, 13_600, 17_200, 20_800]);
    expect(events[0]!.summary).toContain('Pay, now; please');
    expect(events[1]!.summary).toBe('Draw 1 of threat #9 (settled)');
  });
  it('caps the draws of a long hourly threat', () => {
    expect(drawTimes({ start: 0, deadline: 365 * 86400, period: 3600 }).length).toBe(MAX_DRAW_EVENTS);
    expect(drawTimes({ start: 0, deadline: 86400, period: null })).toEqual([]);
  });
});
