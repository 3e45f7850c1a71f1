/**
 * Shared setup for the options page's component tests: a fresh, real
 * (fake-indexeddb) database per test, and the minimal backup of product.md §8.
 */
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { openDb, type EarshotDb } from '@/lib/db/schema';
import { DbProvider } from './db-context';

let count = 0;

/** A new, empty database; unique names keep tests independent without deleting anything. */
export function freshDb(): EarshotDb {
  count += 1;
  return openDb(`earshot-test-${count}-${Date.now()}`);
}

export function renderWithDb(ui: ReactNode, db: EarshotDb = freshDb()) {
  return { db, ...render(<DbProvider value={db}>{ui}</DbProvider>) };
}

/** product.md §8, verbatim: import must accept exactly this file. */
export const MINIMAL_BACKUP = `{
  "format": "earshot-backup",
  "version": 1,
  "terms": [
    { "text": "Northwind Coffee", "kind": "brand", "exclude": ["Northwind Coffee Table"] },
    { "text": "@NorthwindCoffee", "kind": "handle" },
    { "text": "#northwind", "kind": "hashtag" },
    { "text": "Southbay Roasters", "kind": "competitor" }
  ],
  "templates": [
    { "name": "Sorry + DM", "category": "issue",
      "body": "Hi {{first_name}}, I'm sorry about this. Please DM us your order number and we'll fix it today. – {{my_name}}" }
  ]
}`;

export function jsonFile(text: string, name = 'earshot-backup.json'): File {
  return new File([text], name, { type: 'application/json' });
}
