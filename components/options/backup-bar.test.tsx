import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listTemplates } from '@/lib/db/templates-repo';
import { listTerms, putTerm } from '@/lib/db/terms-repo';
import { BackupBar } from './backup-bar';
import { BackupSection } from './backup-section';
import { freshDb, jsonFile, MINIMAL_BACKUP, renderWithDb } from './test-helpers';

async function setup(section: 'bar' | 'tab' = 'bar') {
  const db = freshDb();
  await putTerm(db, { id: 'old', text: 'Old Brand', kind: 'brand', exclude: [] });
  const user = userEvent.setup();
  renderWithDb(section === 'bar' ? <BackupBar /> : <BackupSection />, db);
  return { db, user, input: screen.queryByLabelText('Import backup') as HTMLInputElement };
}

describe('BackupBar: import', () => {
  it('is a real JSON file input named "Import backup"', async () => {
    const { input } = await setup();
    expect(input.tagName).toBe('INPUT');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('application/json,.json');
  });

  it('imports the minimal backup of product.md §8 after "Replace…"', async () => {
    const { db, user, input } = await setup();
    await user.upload(input, jsonFile(MINIMAL_BACKUP));
    const dialog = await screen.findByRole('dialog', { name: 'Replace 4 terms and 1 template?' });
    expect(await listTerms(db)).toMatchObject([{ text: 'Old Brand' }]);
    await user.click(screen.getByRole('button', { name: /^Replace/ }));
    expect(await screen.findByText('Imported 4 terms and 1 template.')).toBeInTheDocument();
    expect(dialog).not.toBeInTheDocument();
    expect((await listTerms(db)).map((t) => t.text)).toEqual(['Northwind Coffee', '@NorthwindCoffee', '#northwind', 'Southbay Roasters']);
    expect(await listTemplates(db)).toMatchObject([{ name: 'Sorry + DM', category: 'issue' }]);
    expect(input.value).toBe('');
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { db, user, input } = await setup();
    await user.upload(input, jsonFile(MINIMAL_BACKUP));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
    expect((await listTerms(db)).map((t) => t.text)).toEqual(['Old Brand']);
  });

  it('a broken file shows an alert and leaves the database unchanged', async () => {
    const { db, user, input } = await setup();
    await user.upload(input, jsonFile(MINIMAL_BACKUP.slice(0, 120)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(alert).toHaveTextContent(/Nothing was changed/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await listTerms(db)).map((t) => t.text)).toEqual(['Old Brand']);
  });

  it('a file with an invalid term is refused as a whole', async () => {
    const { db, user, input } = await setup();
    const bad = MINIMAL_BACKUP.replace('"kind": "competitor"', '"kind": "rival"');
    await user.upload(input, jsonFile(bad));
    expect(await screen.findByRole('alert')).toHaveTextContent(/can't be imported/);
    expect((await listTerms(db)).map((t) => t.text)).toEqual(['Old Brand']);
  });

  it('the same file can be chosen again', async () => {
    const { user, input } = await setup();
    const file = jsonFile('{}');
    await user.upload(input, file);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not an Earshot backup/);
    await user.upload(input, jsonFile(MINIMAL_BACKUP));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('BackupBar: export', () => {
  it('"Export backup" downloads a Blob whose JSON has format "earshot-backup"', async () => {
    const { db, user } = await setup();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:earshot-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/\.json$/);
      expect(this.href).toBe('blob:earshot-test');
    });
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(blob).toBeInstanceOf(Blob);
    const json = JSON.parse(await blob!.text());
    expect(json.format).toBe('earshot-backup');
    expect(json.terms).toMatchObject([{ text: 'Old Brand', kind: 'brand' }]);
    expect(await screen.findByRole('status')).toHaveTextContent(/Backup saved as .*\.json/);
    expect(await listTerms(db)).toHaveLength(1);
  });
});

describe('BackupSection: erase', () => {
  it('needs a second, explicit "Erase everything"', async () => {
    const { db, user } = await setup('tab');
    await user.click(screen.getByRole('button', { name: 'Erase all data' }));
    expect(screen.getByRole('dialog', { name: 'Erase all Earshot data?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(await listTerms(db)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    expect(await screen.findByText('All Earshot data was erased.')).toBeInTheDocument();
    expect(await listTerms(db)).toEqual([]);
  });

  it('Cancel (or Escape) keeps everything', async () => {
    const { db, user } = await setup('tab');
    await user.click(screen.getByRole('button', { name: 'Erase all data' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erase all data' })).toHaveFocus();
    expect(await listTerms(db)).toHaveLength(1);
  });
});
