import type { StoredPost } from '../model/types';
import { makeCase } from '../cases/test-case';
import { casesCsv, csvCell, mentionsCsv, repliesCsv, toCsv } from './csv';

/** Minimal RFC 4180 reader, to prove what a spreadsheet gets back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

const post = (over: Partial<StoredPost> = {}): StoredPost => ({
  site: 'x', postId: '1', url: 'https://x.com/jane/status/1', author: 'Jane Doe', handle: 'jane', text: 'Order never arrived',
  postedAt: null, isComment: false, isOwn: false, isPromoted: false, terms: ['Northwind', 'Northwind Coffee'], kind: 'issue',
  sentiment: -0.30000000000000004, urgency: 0.7, reasons: ['matched: never arrived'], competitor: false,
  firstSeenAt: '2025-01-31T09:00:00.000Z', lastSeenAt: '2025-01-31T09:00:00.000Z', ...over,
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf\r\n', '"cr\rlf\r\n"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@handle', "'@handle"],
    ['\tindent', "'\tindent"],
    ['\r=cmd', `"'\r=cmd"`],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ['a = b', 'a = b'],
    ['😀 émoji, 👍🏽', '"😀 émoji, 👍🏽"'],
    ['\u202Eשלום RTL', '\u202Eשלום RTL'],
    ['lone \uD800', 'lone \uFFFD'],
  ])('%j → %j', (input, output) => expect(csvCell(input)).toBe(output));

  it('writes numbers, booleans, empties and lists', () => {
    expect([-0.5, 3, Number.NaN, true, false, null, undefined, ['a', 'b']].map((v) => csvCell(v))).toEqual(['-0.5', '3', '', 'yes', 'no', '', '', 'a; b']);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['A', 'B'], [['1', '2']])).toBe('\uFEFFA,B\r\n1,2\r\n');
    expect(toCsv(['A'], [], { bom: false })).toBe('A\r\n');
  });
});

describe('exports', () => {
  it('mentions: own posts left out, every hostile field survives a round trip', () => {
    const text = 'Refund, "now"!\n=1+1 😡 \u202Eevil';
    const csv = mentionsCsv([post({ text }), post({ postId: '2', isOwn: true })]);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(['Site', 'Link', 'Author', 'Handle', 'Text', 'Kind', 'Competitor only', 'Sentiment', 'Urgency',
      'Matched terms', 'Why', 'Comment', 'Posted at', 'First seen at', 'Post ID']);
    expect(rows[1]).toEqual(['X', 'https://x.com/jane/status/1', 'Jane Doe', 'jane', text, 'issue', 'no', '-0.3', '0.7',
      'Northwind; Northwind Coffee', 'matched: never arrived', 'no', '', '2025-01-31T09:00:00.000Z', '1']);
  });

  it('guards a formula in any text column', () => {
    const rows = parseCsv(mentionsCsv([post({ author: '=cmd|" /C calc"!A0', handle: '@evil', text: '-1+1' })]));
    expect(rows[1]?.slice(2, 5)).toEqual(['\'=cmd|" /C calc"!A0', "'@evil", "'-1+1"]);
  });

  it('replies', () => {
    const csv = repliesCsv([
      { site: 'linkedin', url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/', postId: 'urn:li:activity:2', template: 'Sorry + DM', repliedAt: '2025-01-31T10:00:00.000Z' },
      { site: 'x', url: null, postId: '5', template: null, repliedAt: '2025-01-31T11:00:00.000Z', text: 'Hi, sorry!' },
    ]);
    expect(parseCsv(csv)).toEqual([
      ['Site', 'Link to post', 'Template', 'Replied at', 'Reply text', 'Post ID'],
      ['LinkedIn', 'https://www.linkedin.com/feed/update/urn:li:activity:2/', 'Sorry + DM', '2025-01-31T10:00:00.000Z', '', 'urn:li:activity:2'],
      ['X', '', '', '2025-01-31T11:00:00.000Z', 'Hi, sorry!', '5'],
    ]);
  });

  it('cases, with history in one cell and optional SLA columns', () => {
    const c = makeCase({
      state: 'resolved', resolvedAt: '2025-02-01T12:00:00.000Z',
      history: [
        { at: '2025-01-31T09:00:00.000Z', state: 'open' },
        { at: '2025-01-31T10:00:00.000Z', state: 'escalated', note: 'Escalated to Billing, "urgent"' },
        { at: '2025-02-01T12:00:00.000Z', state: 'resolved' },
      ],
    });
    const rows = parseCsv(casesCsv([c], { now: new Date('2025-03-01T00:00:00Z') }));
    expect(rows[0]).toEqual(['Case', 'State', 'Category', 'Site', 'Link', 'Author', 'Kind', 'Text', 'Opened at', 'Resolved at',
      'History', 'Post ID', 'SLA due at', 'SLA breached']);
    expect(rows[1]).toEqual(['C-1042', 'resolved', 'Billing', 'X', 'https://x.com/jane/status/1879', 'Jane Doe', 'issue',
      'I was charged twice!', '2025-01-31T09:00:00.000Z', '2025-02-01T12:00:00.000Z',
      '2025-01-31T09:00:00.000Z open\n2025-01-31T10:00:00.000Z escalated: Escalated to Billing, "urgent"\n2025-02-01T12:00:00.000Z resolved',
      '1879', '2025-02-01T09:00:00.000Z', 'yes']);
    expect(parseCsv(casesCsv([c]))[0]).toHaveLength(12);
  });
});
