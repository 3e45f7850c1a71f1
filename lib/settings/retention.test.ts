import { getRetentionMonths, retentionCutoff, retentionItem, saveRetentionMonths } from './retention';

describe('retention setting', () => {
  it('defaults to 1 year, and saves every choice including forever', async () => {
    expect(await getRetentionMonths()).toBe(12);
    await saveRetentionMonths(null);
    expect(await getRetentionMonths()).toBeNull();
    expect(await retentionItem.getValue()).toEqual({ months: null });
    await saveRetentionMonths(3);
    expect(await getRetentionMonths()).toBe(3);
  });

  it('reads a stored value it does not offer as the default, and refuses to save one', async () => {
    await retentionItem.setValue({ months: 7 });
    expect(await getRetentionMonths()).toBe(12);
    await expect(saveRetentionMonths(0)).rejects.toThrow(RangeError);
  });

  it('cuts off whole calendar months back, clamped to the month’s end', () => {
    expect(retentionCutoff(12, new Date('2025-03-15T10:00:00Z'))?.toISOString()).toBe('2024-03-15T10:00:00.000Z');
    expect(retentionCutoff(3, new Date('2025-05-31T00:00:00Z'))?.toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(retentionCutoff(24, new Date('2024-02-29T08:00:00Z'))?.toISOString()).toBe('2022-02-28T08:00:00.000Z');
    expect(retentionCutoff(6, new Date('2025-01-10T00:00:00Z'))?.toISOString()).toBe('2024-07-10T00:00:00.000Z');
    expect(retentionCutoff(null, new Date())).toBeNull();
  });
});
