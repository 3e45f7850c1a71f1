import { classifyDbError, lostDbFault, stalledDbFault } from '../db/db-faults';
import { clearDbFault, dbHealthItem, dismissDbFault, reportDbFault } from './db-health';

describe('db health', () => {
  it('a working write clears a fault, but not one that says data was lost', async () => {
    await reportDbFault(classifyDbError({ name: 'QuotaExceededError' }));
    await clearDbFault();
    expect(await dbHealthItem.getValue()).toBeNull();

    await reportDbFault(lostDbFault());
    await clearDbFault();
    expect((await dbHealthItem.getValue())?.kind).toBe('lost');
    await dismissDbFault();
    expect(await dbHealthItem.getValue()).toBeNull();
  });

  it('clears only the kind it is told: an open that worked ends a wait, an import ends a loss', async () => {
    await reportDbFault(classifyDbError({ name: 'QuotaExceededError' }));
    await clearDbFault('blocked');
    expect((await dbHealthItem.getValue())?.kind).toBe('quota');

    await reportDbFault(stalledDbFault());
    await clearDbFault('blocked');
    expect(await dbHealthItem.getValue()).toBeNull();

    await reportDbFault(lostDbFault());
    await clearDbFault('lost');
    expect(await dbHealthItem.getValue()).toBeNull();
  });
});
