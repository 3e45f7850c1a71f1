import { CASE_STATES, type CaseState } from '../db/schema';
import { makeCase } from './test-case';
import { ALLOWED_TRANSITIONS, CaseTransitionError, canTransition, isActive, transition, transitionVerb } from './transitions';

const at = '2025-02-01T10:00:00Z';

describe('transition', () => {
  it('escalates, then resolves, appending history and stamping resolvedAt', () => {
    const opened = makeCase();
    const escalated = transition(opened, 'escalated', { at, note: 'Escalated to Billing (billing@northwind.example)' });
    expect(escalated).toMatchObject({ state: 'escalated', resolvedAt: null });
    expect(escalated.history.at(-1)).toEqual({ at: '2025-02-01T10:00:00.000Z', state: 'escalated', note: 'Escalated to Billing (billing@northwind.example)' });
    const resolved = transition(escalated, 'resolved', { at: new Date('2025-02-02T08:00:00Z') });
    expect(resolved).toMatchObject({ state: 'resolved', resolvedAt: '2025-02-02T08:00:00.000Z' });
    expect(resolved.history.map((h) => h.state)).toEqual(['open', 'escalated', 'resolved']);
    expect(resolved.history.at(-1)).not.toHaveProperty('note');
    // Pure: the inputs are untouched.
    expect(opened.state).toBe('open');
    expect(opened.history).toHaveLength(1);
  });

  it('reopening clears resolvedAt; ignoring stamps it', () => {
    const ignored = transition(makeCase(), 'ignored', { at });
    expect(ignored.resolvedAt).toBe('2025-02-01T10:00:00.000Z');
    const reopened = transition(ignored, 'open', { at: '2025-02-03T00:00:00Z', note: 'Customer wrote again' });
    expect(reopened).toMatchObject({ state: 'open', resolvedAt: null, openedAt: '2025-01-31T09:00:00.000Z' });
    expect(transitionVerb('ignored', 'open')).toBe('Reopened');
    expect(transitionVerb('open', 'escalated')).toBe('Escalated');
  });

  // The whole table: every (from, to) pair is either allowed or throws.
  const pairs = CASE_STATES.flatMap((from) => CASE_STATES.map((to) => [from, to] as [CaseState, CaseState]));
  it.each(pairs)('%s → %s follows the table', (from, to) => {
    const c = makeCase({ state: from });
    const allowed = ALLOWED_TRANSITIONS[from].includes(to);
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) expect(transition(c, to, { at }).state).toBe(to);
    else expect(() => transition(c, to, { at })).toThrow(CaseTransitionError);
  });

  it('explains refusals clearly, with a code', () => {
    const escalated = makeCase({ state: 'escalated' });
    expect(() => transition(escalated, 'open', { at })).toThrow(
      'Case C-1042 is escalated and cannot be reopened; it can only be resolved or ignored.',
    );
    expect(() => transition(makeCase({ state: 'resolved' }), 'escalated', { at })).toThrow(
      'Case C-1042 is resolved and cannot be marked escalated; it can only be reopened.',
    );
    try {
      transition(escalated, 'escalated', { at });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CaseTransitionError);
      expect(e).toMatchObject({ code: 'same-state', from: 'escalated', to: 'escalated', message: 'Case C-1042 is already escalated.' });
    }
    expect(() => transition(makeCase(), 'resolved', { at: 'soon' })).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });

  it('trims notes, drops empty ones and caps long ones for the backup', () => {
    expect(transition(makeCase(), 'resolved', { at, note: '   ' }).history.at(-1)).not.toHaveProperty('note');
    const long = transition(makeCase(), 'resolved', { at, note: `  ${'😀'.repeat(3000)}` }).history.at(-1)?.note ?? '';
    expect(long.length).toBeLessThanOrEqual(5000);
    expect(long.endsWith('…')).toBe(true);
    expect(long.isWellFormed()).toBe(true);
  });
});

describe('isActive', () => {
  it('is true for open and escalated only', () => {
    expect(CASE_STATES.filter((state) => isActive({ state }))).toEqual(['open', 'escalated']);
  });
});
