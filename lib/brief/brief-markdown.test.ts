import type { Brief, BriefCell, BriefKpiRow } from './build-brief';
import { briefMarkdown, escapeMarkdown, markdownLink } from './brief-markdown';

const cell = (display: string, mark: BriefCell['mark'] = null): BriefCell => ({ display, mark });
const row = (label: string, all: BriefCell, goal: string | null = null): BriefKpiRow => ({
  id: 'mentions', label, goal, cells: { all, x: cell('2'), linkedin: cell('1'), facebook: cell('—') },
});

const brief: Brief = {
  title: 'Earshot review brief — Jun 9 – 15, 2025',
  periodLabel: 'Jun 9 – 15, 2025',
  generated: 'Jun 15, 2025, 12:00 PM',
  periodDays: 7,
  kpis: [row('Mentions', cell('4')), row('Response rate', cell('50%', 'unmet'), '≥ 90%')],
  issues: [
    {
      id: 'C-1042', state: 'open', category: 'Billing', site: 'X', author: 'Jane *Doe*', firstLine: 'Charged twice [click](javascript:alert(1))',
      url: 'https://x.com/jane/status/1', age: '2 d', sla: 'SLA breached 1 d ago', breached: true,
    },
  ],
  openCount: 7,
  repeatProblems: [{ phrase: 'never arrived', count: 3, previousCount: 1, ids: [], previousIds: [], trend: 'up' }],
  praise: [{ author: 'Fan', site: 'LinkedIn', text: 'Love <b>it</b> | 10/10', url: null }],
  response: [
    { label: 'Customer wait', hint: 'median', display: '3 h', previous: '2 h', goal: 'goal ≤ 2 h (not met)' },
    { label: 'Your reaction', hint: 'median', display: '—', previous: '—', goal: null },
  ],
};

describe('escapeMarkdown', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](https://evil.example/x.png)', '\\!\\[img\\](https\\://evil.example/x.png)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['# Heading', '\\# Heading'],
    ['- item', '\\- item'],
    ['1. list', '1\\. list'],
    ['a | b', 'a \\| b'],
    ['*bold* _em_ `code` ~~s~~', '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~'],
    ['&lt;script&gt;', '\\&lt;script\\&gt;'],
    ['see www.evil.example or https://evil.example', 'see www\\.evil.example or https\\://evil.example'],
    ['two\nlines\r\n  here', 'two lines here'],
    ['back\\slash', 'back\\\\slash'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('markdownLink', () => {
  it('keeps only http(s) links, as autolinks', () => {
    expect(markdownLink('https://x.com/jane/status/1')).toBe('<https://x.com/jane/status/1>');
    expect(markdownLink('https://x.com/a b>c')).toBe('<https://x.com/a%20b%3Ec>');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '', null, 'https://']) expect(markdownLink(bad)).toBeNull();
  });
});

describe('briefMarkdown', () => {
  const md = briefMarkdown(brief);

  it('has the title, every section and a KPI table with one row per KPI', () => {
    expect(md.startsWith('# Earshot review brief — Jun 9 – 15, 2025\n')).toBe(true);
    for (const h of ['## KPIs vs goals', '## Top open issues', '## Repeat problems', '## Notable praise', '## Response times']) {
      expect(md).toContain(`\n${h}\n`);
    }
    expect(md).toContain('| Key figure | All channels | X | LinkedIn | Facebook | Goal |');
    expect(md).toContain('| Mentions | 4 | 2 | 1 | — | — |');
    expect(md).toContain('| Response rate | 50% ✗ | 2 | 1 | — | ≥ 90% |');
  });

  it('lists issues, repeat problems, praise and response times', () => {
    expect(md).toContain('The 1 most urgent of 7 open cases.');
    expect(md).toContain(
      '1. **C-1042** · Billing · open · X · open 2 d · SLA breached 1 d ago — Jane \\*Doe\\*: “Charged twice \\[click\\](javascript:alert(1))” <https://x.com/jane/status/1>',
    );
    expect(md).toContain('- **never arrived**: 3 this period, 1 in the previous one ↑ up');
    expect(md).toContain('- Fan on LinkedIn: “Love \\<b\\>it\\</b\\> \\| 10/10” (no link)');
    expect(md).toContain('- **Customer wait**: 3 h (previous period: 2 h · goal ≤ 2 h (not met)); median');
  });

  it('page text never makes a link, image or HTML', () => {
    expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/); // no [text](url)
    expect(md).not.toMatch(/(?<!\\)<(?!https:\/\/x\.com\/jane\/status\/1>)/); // the only "<" opens our permalink
  });

  it('says so when a section is empty', () => {
    const empty = briefMarkdown({ ...brief, issues: [], openCount: 0, repeatProblems: [], praise: [] });
    expect(empty).toContain('No open cases.');
    expect(empty).toContain('No problem came up more than once in this period.');
    expect(empty).toContain('No praise in this period.');
  });
});
