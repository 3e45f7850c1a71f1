import { classifyText } from './classify';

describe('classifyText', () => {
  it.each([
    ['@NorthwindCoffee my order never arrived and nobody answers. Refund please!!', 'issue'],
    ['Ordered from Northwind Coffee two weeks ago and it NEVER ARRIVED. This is a scam!!!', 'issue'],
    ['Third time my Northwind Coffee subscription was charged twice. Cancelling if this isn’t fixed.', 'issue'],
    ['Does Northwind Coffee ship to Canada?', 'question'],
    ['how do I change my Northwind Coffee delivery address', 'question'],
    ['Northwind Coffee ☕ is the best, love it', 'praise'],
    ['Visited the Northwind Coffee roastery today.', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(classifyText(text).kind).toBe(kind);
  });

  it('explains its decision', () => {
    const result = classifyText('My Northwind Coffee order never arrived');
    expect(result.reasons[0]).toBe('matched: never arrived');
    expect(result.sentiment).toBeLessThan(0);
  });

  it('raises urgency for caps, exclamation marks and urgent cues', () => {
    expect(classifyText('REFUND NOW, THIS IS A SCAM!!!').urgency).toBeGreaterThan(0.8);
    expect(classifyText('Great coffee').urgency).toBe(0);
  });

  it('does not fire on a cue inside a longer word', () => {
    expect(classifyText('The latest blend is great').kind).toBe('praise');
  });

  it('never throws on hostile text', () => {
    expect(() => classifyText('\u202E<script>alert(1)</script>\uD800' + '😀'.repeat(5000))).not.toThrow();
  });
});
