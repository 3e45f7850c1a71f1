import { storage } from 'wxt/utils/storage';
import { DEFAULT_CATEGORIES } from '../cases/sla';
import { ESCALATION_STORAGE_KEY } from './scorecard-setting-keys';

/**
 * Escalation categories with their SLA and who to hand a case to. Small and
 * personal, so it lives in the browser's sync storage (product.md §6).
 */

export interface EscalationCategory {
  name: string;
  slaHours: number;
  contactName: string;
  email: string;
}

export interface EscalationSettings {
  categories: EscalationCategory[];
}

export const DEFAULT_ESCALATION: EscalationSettings = {
  categories: DEFAULT_CATEGORIES.map((c) => ({ name: c.name, slaHours: c.slaHours, contactName: '', email: '' })),
};

export const escalationItem = storage.defineItem<EscalationSettings>(`sync:${ESCALATION_STORAGE_KEY}`, { fallback: DEFAULT_ESCALATION });

export async function getEscalationSettings(): Promise<EscalationSettings> {
  return escalationFrom(await escalationItem.getValue());
}

/** The settings a stored value stands for (undefined = never set). */
export function escalationFrom(value: unknown): EscalationSettings {
  const settings = value as Partial<EscalationSettings> | null | undefined;
  return settings?.categories?.length ? (settings as EscalationSettings) : DEFAULT_ESCALATION;
}

export function saveEscalationSettings(settings: EscalationSettings): Promise<void> {
  return escalationItem.setValue(settings);
}
