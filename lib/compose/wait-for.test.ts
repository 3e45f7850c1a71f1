import { waitForElement } from './wait-for';

const byId = (id: string) => () => document.getElementById(id);

afterEach(() => {
  document.body.replaceChildren();
});

describe('waitForElement', () => {
  it('returns an element that is already there without waiting', async () => {
    document.body.append(Object.assign(document.createElement('div'), { id: 'box' }));
    const find = vi.fn(byId('box'));
    await expect(waitForElement(find)).resolves.toBe(document.getElementById('box'));
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('resolves when the site adds the element later', async () => {
    const waiting = waitForElement(byId('later'));
    setTimeout(() => document.body.append(Object.assign(document.createElement('div'), { id: 'later' })), 20);
    const found = await waiting;
    expect(found?.id).toBe('later');
  });

  it('notices a change no mutation reports (checked every frame)', async () => {
    const box = document.createElement('div');
    let ready = false;
    setTimeout(() => (ready = true), 30);
    await expect(waitForElement(() => (ready ? box : null))).resolves.toBe(box);
  });

  it('resolves null after the timeout', async () => {
    const started = Date.now();
    await expect(waitForElement(byId('never'), { timeoutMs: 60 })).resolves.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('rejects with the abort reason, also when aborted before it starts', async () => {
    const controller = new AbortController();
    const waiting = waitForElement(byId('never'), { signal: controller.signal });
    controller.abort(new Error('navigated away'));
    await expect(waiting).rejects.toThrow('navigated away');
    await expect(waitForElement(byId('never'), { signal: controller.signal })).rejects.toThrow('navigated away');
  });

  it('stops observing and polling once settled', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const find = vi.fn(byId('never'));
    await waitForElement(find, { timeoutMs: 40 });
    expect(disconnect).toHaveBeenCalled();
    const calls = find.mock.calls.length;
    document.body.append(document.createElement('p')); // a mutation after the end
    await new Promise((resolve) => setTimeout(resolve, 60)); // several frames after the end
    expect(find).toHaveBeenCalledTimes(calls);
  });
});
