import { makeCase } from './test-case';
import { byUrgency, slaStatus } from './sla-status';

const policy = [{ name: 'Billing', slaHours: 24 }, { name: 'PR', slaHours: 4 }];
const opened = '2025-01-31T09:00:00.000Z';
const at = (h: number) => new Date(Date.parse(opened) + h * 3_600_000);

describe('slaStatus', () => {
  it('active: due with time left, then breached with time since the deadline', () => {
    expect(slaStatus(makeCase(), at(19), policy)).toMatchObject({ kind: 'due', ms: 5 * 3_600_000 });
    expect(slaStatus(makeCase(), at(24), policy)).toMatchObject({ kind: 'due', ms: 0 });
    expect(slaStatus(makeCase({ state: 'escalated' }), at(27), policy)).toMatchObject({ kind: 'breached', ms: 3 * 3_600_000 });
    expect(slaStatus(makeCase({ category: 'PR' }), at(5), policy).kind).toBe('breached');
  });

  it('closed: met or late; ignored and unreadable dates have none', () => {
    expect(slaStatus(makeCase({ state: 'resolved', resolvedAt: at(2).toISOString() }), at(50), policy).kind).toBe('met');
    expect(slaStatus(makeCase({ state: 'resolved', resolvedAt: at(30).toISOString() }), at(50), policy).kind).toBe('late');
    expect(slaStatus(makeCase({ state: 'ignored', resolvedAt: at(30).toISOString() }), at(50), policy).kind).toBe('none');
    expect(slaStatus(makeCase({ openedAt: 'soon' }), at(1), policy)).toEqual({ kind: 'none', deadline: null, ms: 0 });
  });

  it('orders by urgency: earliest deadline first, undated last', () => {
    const cases = [
      makeCase({ id: 'C-3', openedAt: at(0).toISOString() }), // due at +24 h
      makeCase({ id: 'C-2', openedAt: at(10).toISOString(), category: 'PR' }), // due at +14 h
      makeCase({ id: 'C-9', openedAt: 'x' }),
      makeCase({ id: 'C-1', openedAt: at(0).toISOString() }),
    ];
    expect(cases.sort(byUrgency(policy)).map((c) => c.id)).toEqual(['C-2', 'C-1', 'C-3', 'C-9']);
  });
});
