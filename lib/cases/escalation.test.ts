import { buildEscalation, MAILTO_MAX_LENGTH, type EscalationPost } from './escalation';
import { makeCase } from './test-case';

const post: EscalationPost = {
  author: 'Jane Doe', handle: 'jane', url: 'https://x.com/jane/status/1879', kind: 'issue',
  text: 'I was charged twice for my order!\nStill no refund.', reasons: ['matched: charged twice', 'matched: refund'],
};
const contact = { name: 'Sam Billing', email: 'billing@northwind.example', category: 'Billing' };

/** subject and body as a mail client reads them from the link. */
function parseMailto(link: string) {
  const m = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(link);
  if (!m) throw new Error(`not a mailto link: ${link.slice(0, 80)}`);
  return { to: m[1], subject: decodeURIComponent(m[2]!), body: decodeURIComponent(m[3]!) };
}

describe('buildEscalation', () => {
  it('writes the subject, the plain-text body and the Markdown', () => {
    const e = buildEscalation(makeCase(), post, contact);
    expect(e.subject).toBe('[Earshot C-1042] Billing: issue from Jane Doe on X');
    expect(e.body).toBe([
      'Hi Sam,', '',
      'A customer issue on X needs your attention (Billing).', '',
      'Case: C-1042, opened 2025-01-31 09:00 UTC',
      'From: Jane Doe (@jane)',
      'Post: https://x.com/jane/status/1879',
      'Classification: issue (matched: charged twice; matched: refund)', '',
      '> I was charged twice for my order!',
      '> Still no refund.', '',
      'Please reply once it is handled, so the case can be closed.',
      '– sent from Earshot',
    ].join('\n'));
    expect(e.markdown).toBe([
      '**Case C-1042** · Billing · opened 2025-01-31 09:00 UTC', '',
      '- **From:** Jane Doe (@jane) on X',
      '- **Post:** <https://x.com/jane/status/1879>',
      '- **Classification:** issue (matched: charged twice; matched: refund)', '',
      '> I was charged twice for my order\\!',
      '> Still no refund.',
    ].join('\n'));
  });

  it('builds a mailto: link a mail client decodes back to the same e-mail, with CRLF line breaks', () => {
    const e = buildEscalation(makeCase(), post, contact);
    const parsed = parseMailto(e.mailto);
    expect(parsed).toEqual({ to: 'billing@northwind.example', subject: e.subject, body: e.body.replace(/\n/g, '\r\n') });
  });

  it('LinkedIn: the handle is a profile URL; a missing author and link are said plainly', () => {
    const li = makeCase({ site: 'linkedin', url: null });
    const e = buildEscalation(li, { ...post, author: '', handle: 'https://www.linkedin.com/in/jane-doe/', url: null, reasons: [] }, { ...contact, name: '' });
    expect(e.subject).toBe('[Earshot C-1042] Billing: issue from https://www.linkedin.com/in/jane-doe/ on LinkedIn');
    expect(e.body).toContain('Hi,\n');
    expect(e.body).toContain('Post: (no link)\nClassification: issue\n');
    const empty = buildEscalation(li, { ...post, text: ' \n ' }, { ...contact, email: 'a%41@b.example' });
    expect(empty.body).toContain('\n(The post showed no text.)\n');
    expect(empty.markdown.endsWith('*(The post showed no text.)*')).toBe(true);
    expect(parseMailto(empty.mailto).to).toBe('');
  });

  it('cuts a long post to keep the link under 1,900 characters, never inside an emoji', () => {
    const long = { ...post, text: `Refund now ${'😡 never arrived '.repeat(200)}` };
    const e = buildEscalation(makeCase(), long, contact);
    expect(e.mailto.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(e.mailto.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 60); // as much text as fits
    const { body } = parseMailto(e.mailto);
    expect(body.isWellFormed()).toBe(true);
    expect(body).toMatch(/…\r\n\r\n\(Shortened to fit an e-mail link/);
    // The copied body keeps the whole post (it is not bound by URL length).
    expect(e.body).toContain(long.text.trim());
  });

  it('stays safe with hostile text', () => {
    const hostile: EscalationPost = {
      author: 'Evil\u202E gnp.exe\r\nBcc: all@corp.example',
      handle: 'x&y?z=%41#frag',
      url: 'javascript:alert(1)',
      kind: 'issue',
      text: `=1+1 %41 %E2%82 & ? # \u202Eevil\u202C [click](javascript:alert(1)) <img src=x onerror=alert(1)>\n# Heading\n1. list\n${'x\uD800'.repeat(50_000)}`,
      reasons: ['matched: *bold*', '\u0000'],
    };
    const e = buildEscalation(makeCase({ id: 'C-1\n2' }), hostile, { name: 'Al\u202Ei', email: 'a@b.c?cc=evil@x.example', category: 'PR\r\nX-Header: 1' });
    // Subject is one line, without bidi controls.
    expect(e.subject).toBe('[Earshot C-1 2] PR X-Header: 1: issue from Evil gnp.exe Bcc: all@corp.example on X');
    expect(e.subject + e.body + e.markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000\r]/);
    // A dubious address is left out rather than letting it add recipients.
    const parsed = parseMailto(e.mailto);
    expect(parsed.to).toBe('');
    expect(e.mailto.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(parsed.subject).toBe(e.subject);
    expect(e.mailto).not.toMatch(/[#\s<>"]|%(?![0-9A-F]{2})/);
    expect(e.body).toContain('Post: (no link)');
    expect(e.body).toContain('From: Evil gnp.exe Bcc: all@corp.example (@x&y?z=%41#frag)');
    // Markdown: page text cannot make links, images, HTML or headings.
    expect(e.markdown).toContain('\\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>');
    expect(e.markdown).toContain('> \\# Heading\n> 1\\. list');
    expect(e.markdown).toContain('matched: \\*bold\\*');
    expect(e.body.isWellFormed()).toBe(true);
    expect(e.body.length).toBeLessThan(6000);
  });

  it('keeps the link under the limit even when names alone would overflow it', () => {
    const huge = '𝒜'.repeat(2000);
    const e = buildEscalation(makeCase({ category: huge }), { ...post, author: huge, reasons: Array(50).fill(huge) }, { ...contact, category: '' });
    expect(e.mailto.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const parsed = parseMailto(e.mailto);
    expect(parsed.subject.startsWith('[Earshot C-1042] ')).toBe(true);
    expect(parsed.body.isWellFormed()).toBe(true);
  });
});
