// The Atom feed (RFC 4287) of a threat's or an address's notices, and the iCalendar file (RFC 5545) of a
// threat: its deadline (with alarms 24 h and 1 h before) and every draw time. Pure.
import { duePeriodsAt } from '../../lib/threats/schedule';
import type { StoredNotice } from './messages';

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const iso = (unix: number) => new Date(unix * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function atomFeed(p: {
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  notices: StoredNotice[];
  nowUnix: number;
}): string {
  const updated = p.notices.length ? Math.max(...p.notices.map((n) => n.chainTime)) : p.nowUnix;
  const entries = p.notices.map((n) =>
    [
      '  <entry>',
      `    <id>urn:levetrage:notice:${xml(n.key)}</id>`,
      `    <title>${xml(n.title)}</title>`,
      `    <updated>${iso(n.chainTime)}</updated>`,
      `    <link rel="alternate" href="${xml(n.link)}"/>`,
      `    <category term="${xml(n.kind)}"/>`,
      `    <content type="text">${xml(`${n.body}\n\nWhat to do next: ${n.nextStep}`)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(p.id)}</id>`,
    `  <title>${xml(p.title)}</title>`,
    `  <updated>${iso(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(p.selfUrl)}"/>`,
    `  <link rel="alternate" href="${xml(p.pageUrl)}"/>`,
    '  <author><name>Levetrage notifier</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** RFC 5545 TEXT escaping. */
const icsText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const icsTime = (unix: number) => iso(unix).replace(/[-:]/g, '');

/** Folds a content line at 75 octets (continuation lines start with a space). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let chunk = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(chunk);
      chunk = '';
      size = 0;
    }
    chunk += ch;
    size += n;
  }
  parts.push(chunk);
  return parts.join('\r\n ');
}

/** At most this many draw events in one file (an hourly threat over a year would have 8,760). */
export const MAX_DRAW_EVENTS = 500;

export interface CalendarThreat {
  chainId: number;
  id: string;
  terms: string;
  deadline: number;
  start: number;
  period: number | null;
  settledPeriods: number;
  link: string;
}

/** The draw times still to come and already past: period i ≥ 1 at start + i·period, up to the deadline. */
export function drawTimes(t: Pick<CalendarThreat, 'start' | 'deadline' | 'period'>): number[] {
  if (!t.period) return [];
  const total = duePeriodsAt(t.start, t.deadline, t.period, t.deadline);
  const out: number[] = [];
  for (let i = 1; i <= Math.min(total, MAX_DRAW_EVENTS); i++) out.push(t.start + i * t.period);
  return out;
}

export function threatCalendar(t: CalendarThreat, nowUnix: number): string {
  const uid = (what: string) => `levetrage-${t.chainId}-${t.id}-${what}@levetrage`;
  const stamp = icsTime(nowUnix);
  const summary = t.terms.length > 60 ? `${t.terms.slice(0, 57)}…` : t.terms;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Levetrage//notifier//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`Levetrage threat #${t.id}`)}`,
    'BEGIN:VEVENT',
    `UID:${uid('deadline')}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsTime(t.deadline)}`,
    'DURATION:PT15M',
    `SUMMARY:${icsText(`Deadline of threat #${t.id}: ${summary}`)}`,
    `DESCRIPTION:${icsText(`The deadline of threat #${t.id} (chain time). Oracle: decide before it, or the timeout action applies.\n${t.link}`)}`,
    `URL:${t.link}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(`Threat #${t.id}: the deadline is in 24 hours`)}`,
    'TRIGGER:-PT24H',
    'END:VALARM',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(`Threat #${t.id}: the deadline is in 1 hour`)}`,
    'TRIGGER:-PT1H',
    'END:VALARM',
    'END:VEVENT',
  ];
  drawTimes(t).forEach((at, i) => {
    const period = i + 1;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(`draw-${period}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(at)}`,
      'DURATION:PT5M',
      `SUMMARY:${icsText(`Draw ${period} of threat #${t.id}${period <= t.settledPeriods ? ' (settled)' : ''}`)}`,
      `DESCRIPTION:${icsText(`Period ${period} becomes due; the draw decides whether the stake escalates.\n${t.link}#draws`)}`,
      `URL:${t.link}#draws`,
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
