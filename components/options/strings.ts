/**
 * Every English string of the options page, in one place so a translation
 * (or a switch to browser.i18n) touches one file. Messages that take values
 * are functions; curly quotes are part of the text. Watchlist validation
 * messages live with the rules in lib/watchlist/validate-term.ts, because lib/
 * must not import from components/.
 */
import type { ImportSummary } from '@/lib/backup/import-backup';
import type { TemplateCategory, TermKind } from '@/lib/model/types';
import type { TemplateVariable } from '@/lib/templates/render';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const strings = {
  appTitle: 'Earshot',
  loading: 'Loading your settings…',
  tabsLabel: 'Settings sections',
  tagline: 'Hear your brand on X, LinkedIn and Facebook.',
  tabs: {
    dashboard: 'Dashboard',
    watchlist: 'Watchlist',
    goals: 'Goals',
    backup: 'Backup & data',
  },
  welcomeDone: 'You are all set. Browse X, LinkedIn or Facebook and Earshot will highlight posts that mention you.',

  onboarding: {
    title: 'Welcome to Earshot',
    intro:
      'Earshot listens for your brand while you browse X, LinkedIn and Facebook, shows which posts are customers who need an answer, and helps you reply in one click and follow issues until they are resolved.',
    privacy:
      'Everything stays in this browser. Earshot has no server, sends nothing anywhere and collects no analytics.',
    formTitle: 'What should Earshot listen for?',
    brandLabel: 'Brand name',
    brandHint: 'For example: Northwind Coffee',
    brandRequired: 'Enter your brand name so Earshot knows what to listen for.',
    handleLabel: 'Brand handle',
    handleHint: 'Optional, for example @NorthwindCoffee',
    myNameLabel: 'Your name',
    myNameHint: 'Optional. Replies can sign off with it: it fills {{my_name}} in templates.',
    start: 'Start listening',
    failed: (error: string) => `Earshot could not be set up: ${error}`,
    restoreTitle: 'Moving from another browser?',
    restoreIntro: 'Use “Import backup” at the top of this page instead: your watchlist, templates and history come with it.',
  },

  profile: {
    title: 'Your profile',
    intro: 'Used to fill {{brand}}, {{handle}} and {{my_name}} in reply templates. Changing it does not change your watchlist.',
    save: 'Save profile',
    saved: 'Profile saved.',
    brandRequired: 'Enter your brand name.',
  },

  watchlist: {
    title: 'Watchlist',
    intro: 'Earshot highlights posts that mention these words. Matching ignores case, accents and width unless you ask otherwise.',
    addTitle: 'Add a term',
    textLabel: 'Word or phrase',
    textHint: 'A brand, product, @handle, #hashtag or person.',
    kindLabel: 'Kind',
    excludeLabel: 'Exclusions',
    excludeHint: 'Longer phrases to ignore, one per line or separated by commas: “Northwind Coffee Table”.',
    caseLabel: 'Match upper and lower case exactly',
    add: 'Add term',
    save: 'Save changes',
    cancel: 'Cancel',
    edit: 'Edit',
    editName: (text: string) => `Edit ${text}`,
    editTitle: (text: string) => `Edit “${text}”`,
    delete: 'Delete',
    deleteName: (text: string) => `Delete ${text}`,
    excludes: 'Not:',
    caseSensitive: 'Case-sensitive',
    empty: 'Your watchlist is empty. Add your brand name to start listening.',
    count: (n: number) => plural(n, 'term', 'terms'),
    ownTitle: 'Your brand',
    competitorTitle: 'Competitors',
    competitorNote: 'Competitors are tracked separately and never counted as your mentions.',
    added: (text: string) => `Added “${text}”.`,
    updated: (text: string) => `Saved “${text}”.`,
    deleted: (text: string) => `Deleted “${text}”.`,
    saveFailed: (error: string) => `Could not save: ${error}`,
  },

  kinds: {
    brand: 'Brand',
    product: 'Product',
    handle: 'Handle (@name)',
    hashtag: 'Hashtag (#tag)',
    person: 'Person',
    competitor: 'Competitor',
  } satisfies Record<TermKind, string>,

  kindGroups: {
    brand: 'Brand names',
    product: 'Products',
    handle: 'Handles',
    hashtag: 'Hashtags',
    person: 'People',
    competitor: 'Competitors',
  } satisfies Record<TermKind, string>,

  backup: {
    title: 'Backup & data',
    intro:
      'A backup is one JSON file with your watchlist, reply templates, mentions, replies, cases and own-post statistics. It never leaves this computer unless you move the file yourself.',
    exportTitle: 'Export',
    export: 'Export backup',
    exported: (fileName: string) => `Backup saved as ${fileName} in your downloads.`,
    exportFailed: (error: string) => `The backup could not be created: ${error}`,
    importTitle: 'Import',
    importIntro: 'Importing replaces the sections the file contains and keeps the rest.',
    import: 'Import backup',
    // parseBackup's message already says what is wrong (possibly as a bulleted list).
    importRejected: (error: string) => `${error}\nNothing was changed.`,
    importUnreadable: (error: string) => `The file could not be read: ${error}\nNothing was changed.`,
    replace: 'Replace data',
    cancel: 'Cancel',
    importFailed: (error: string) => `The import failed and nothing was changed: ${error}`,
    eraseTitle: 'Erase',
    eraseIntro: 'Removes everything Earshot stored in this browser.',
    erase: 'Erase all data',
    eraseConfirmTitle: 'Erase all Earshot data?',
    eraseConfirmBody:
      'This deletes your watchlist, templates, mentions, replies and cases from this browser; your profile (brand and your name) is kept. It cannot be undone: export a backup first if you may need them.',
    eraseConfirm: 'Erase everything',
    erased: 'All Earshot data was erased.',
    eraseFailed: (error: string) => `Erasing failed: ${error}`,
  },
};

/** "4 terms and 1 template" style lists: "a", "a and b", "a, b and c". */
export function joinCounts(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export { plural };

const SECTION_NOUNS = {
  terms: ['term', 'terms'],
  templates: ['template', 'templates'],
  mentions: ['mention', 'mentions'],
  replies: ['reply', 'replies'],
  cases: ['case', 'cases'],
  ownPosts: ['own post', 'own posts'],
} as const;

/** After an import: "Imported 4 terms and 1 template." (sections in file order). */
export function importedMessage(summary: ImportSummary): string {
  const parts = summary.sections.flatMap((section) => {
    if (section === 'profile') return [];
    const [one, many] = SECTION_NOUNS[section];
    return [plural(summary[section] ?? 0, one, many)];
  });
  if (summary.sections.includes('profile')) parts.push('your profile');
  return parts.length > 0 ? `Imported ${joinCounts(parts)}.` : 'The backup held nothing to import.';
}

/**
 * The Templates tab (reply template library). Kept apart from `strings` above
 * so that section stays untouched; the tab label lives here too.
 */
export const templateStrings = {
  tab: 'Templates',
  title: 'Reply templates',
  intro:
    'Replies you send often. Variables such as {{first_name}} are filled in for each post; the chip on a post suggests the template whose category fits the post and names each template by its name.',
  count: (n: number) => plural(n, 'template', 'templates'),
  emptyTitle: 'No templates yet',
  empty:
    'A template answers a post in one click: Earshot opens the site’s reply box and fills in the author’s name, your brand and your signature. You still press the site’s own Reply button. Start from the defaults (an apology, a hand-over to support, an answer, a thank-you) or write your own.',
  restore: 'Restore default templates',
  restored: (n: number) => `Restored ${plural(n, 'default template', 'default templates')}.`,
  create: 'New template',
  newTitle: 'New template',
  editTitle: (name: string) => `Edit “${name}”`,
  nameLabel: 'Name',
  nameHint: 'The chip’s Reply menu shows this name, e.g. “Sorry + DM”.',
  nameRequired: 'Give the template a name.',
  nameTaken: (name: string) => `A template named “${name}” already exists. Names must be unique: the chip shows templates by name.`,
  categoryLabel: 'Category',
  categoryHint: 'Earshot suggests the template for posts of this kind.',
  siteLabel: 'Sites',
  allSites: 'All sites',
  siteOnly: (site: string) => `${site} only`,
  bodyLabel: 'Reply text',
  variablesLabel: 'Insert a variable',
  insertName: (token: string) => `Insert ${token}`,
  variablesHelp: 'What the variables mean',
  previewTitle: 'Preview',
  previewHint: 'With sample values: a post by Jane Doe, case C-1042, today’s date; brand, handle and your name come from Profile.',
  previewEmpty: 'Nothing to preview yet.',
  length: (n: number, limit: number, site: string) => `${n} / ${limit} characters (the limit on ${site})`,
  myNameEmpty: '{{my_name}} is empty until you add your name in Profile',
  sampleBrand: 'Your brand',
  tooLongNote: 'You can still save it, but shorten it before replying there.',
  save: 'Save template',
  add: 'Add template',
  cancel: 'Cancel',
  edit: 'Edit',
  editName: (name: string) => `Edit ${name}`,
  duplicate: 'Duplicate',
  duplicateName: (name: string) => `Duplicate ${name}`,
  delete: 'Delete',
  deleteName: (name: string) => `Delete ${name}`,
  moveUpName: (name: string) => `Move ${name} up`,
  moveDownName: (name: string) => `Move ${name} down`,
  deleteConfirmTitle: (name: string) => `Delete “${name}”?`,
  deleteConfirmBody: 'The template is removed from this browser. Replies you already sent with it are kept.',
  deleteConfirm: 'Delete template',
  copyName: (name: string, n: number) => (n === 1 ? `${name} (copy)` : `${name} (copy ${n})`),
  added: (name: string) => `Added “${name}”.`,
  updated: (name: string) => `Saved “${name}”.`,
  duplicated: (name: string) => `Duplicated as “${name}”.`,
  deleted: (name: string) => `Deleted “${name}”.`,
  moved: (name: string, position: number, total: number) => `Moved “${name}” to position ${position} of ${total}.`,
  saveFailed: (error: string) => `Could not save: ${error}`,
  categories: { issue: 'Issue', question: 'Question', praise: 'Praise', other: 'Other' } satisfies Record<TemplateCategory, string>,
  variables: {
    author: 'the post author’s display name (“Jane Doe”)',
    first_name: 'the author’s first name (“Jane”)',
    brand: 'your brand name, from Profile',
    handle: 'your brand’s handle, from Profile',
    my_name: 'your name, from Profile, to sign replies',
    case_id: 'the case number, once the post is an issue',
    date: 'today’s date',
  } satisfies Record<TemplateVariable, string>,
};

/**
 * The Goals tab (product.md §5 "Goals per channel … an overall score 0–100
 * that is the share of goals met"). KPI names come from KPI_LABELS.
 */
export const goalStrings = {
  title: 'Goals',
  intro:
    'Set a target per channel for the figures that matter to you. Each tile in the scorecard shows whether its goal is met.',
  scoreNote:
    'Score = share of goals met: every goal counts the same, and a goal with nothing to measure yet (say, no post needed a response) is left out.',
  perWeekNote: 'Counts such as own posts are set per week and scaled to the period you look at (3 a week = 13 in 30 days).',
  count: (n: number) => plural(n, 'goal', 'goals'),
  empty: 'No goals yet: the Score shows “—” until you add one.',
  allChannels: 'All channels',
  channelLabel: 'Channel',
  kpiLabel: 'Key figure',
  opLabel: 'Direction',
  ops: { '>=': 'at least (≥)', '<=': 'at most (≤)' },
  targetLabel: 'Target',
  units: { percent: '%', hours: 'hours', perWeek: 'per week', count: 'open cases', perPost: 'per post', points: 'pts' },
  unitHints: {
    percent: 'In percent, up to 100.',
    hours: 'In hours, for example 2 or 0.5.',
    perWeek: 'Per week; scaled to the period you look at.',
    count: 'Cases open or escalated at any moment.',
    perPost: 'Likes, comments and reposts per own post.',
    points: 'Net sentiment in points (positive share minus negative share), up to 100.',
  },
  addTitle: 'Add a goal',
  editTitle: (name: string) => `Edit goal “${name}”`,
  add: 'Add goal',
  save: 'Save goal',
  cancel: 'Cancel',
  edit: 'Edit',
  editName: (name: string) => `Edit goal ${name}`,
  delete: 'Delete',
  deleteName: (name: string) => `Delete goal ${name}`,
  restore: 'Restore default goals',
  restoreConfirmTitle: 'Replace your goals with the defaults?',
  restoreConfirmBody: 'Response rate ≥ 90%, customer wait ≤ 2 hours and 3 own posts a week, for all channels. Your other goals are removed.',
  restoreConfirm: 'Restore defaults',
  restored: 'Default goals restored.',
  added: (name: string) => `Added goal “${name}”.`,
  updated: (name: string) => `Saved goal “${name}”.`,
  deleted: (name: string) => `Deleted goal “${name}”.`,
  saveFailed: (error: string) => `Could not save the goals: ${error}`,
  errors: {
    notANumber: 'Enter the target as a number.',
    notPositive: 'The target must be a positive number.',
    percentOver: 'A percentage cannot be more than 100.',
    pointsOver: 'Net sentiment runs up to 100 points.',
    duplicate: (kpi: string, channel: string) => `There is already a goal for ${kpi} on ${channel}: edit that one instead.`,
  },
};

/**
 * The Escalation tab (product.md §4: "Escalation contacts by category …
 * set in the options"; an SLA per category). Kept apart so the sections
 * above stay untouched; the tab label lives here too.
 */
export const escalationStrings = {
  tab: 'Escalation',
  title: 'Escalation contacts and SLAs',
  intro:
    'When a customer’s issue needs a colleague, Escalate hands it over by category. Each category has its SLA (how long an issue may stay open before the toolbar badge turns red) and who to send it to.',
  noMail:
    'Earshot never sends mail itself: Escalate opens a draft in your mail program, addressed to the contact below, or copies a summary for chat. You read it and press Send.',
  count: (n: number) => plural(n, 'category', 'categories'),
  columns: { name: 'Category', sla: 'SLA (hours)', contactName: 'Contact name', email: 'E-mail' },
  cellLabel: (column: string, row: number) => `${column}, row ${row}`,
  slaHint: 'Between 1 and 720 hours (30 days).',
  emailHint: 'Optional: without one, Escalate copies the summary instead.',
  add: 'Add category',
  delete: 'Delete',
  deleteName: (name: string, row: number) => `Delete ${name || `row ${row}`}`,
  save: 'Save changes',
  discard: 'Discard changes',
  saved: (n: number) => `Saved ${plural(n, 'category', 'categories')}.`,
  deleted: (name: string) => `Removed “${name}”. Save to keep the change.`,
  unsaved: 'You have unsaved changes.',
  fixProblems: (n: number) => `Nothing was saved: fix ${plural(n, 'problem', 'problems')} below.`,
  saveFailed: (error: string) => `Could not save: ${error}`,
  deletedNote: 'Cases already filed under a deleted category keep its name and get the 24-hour SLA.',
  errors: {
    nameRequired: 'Give the category a name.',
    nameTooLong: 'Keep the name to 100 characters.',
    nameTaken: (name: string) => `Another category is already named “${name}”: names must be unique.`,
    slaNumber: 'Enter the SLA in hours, from 1 to 720.',
    email: 'Enter an e-mail address like name@example.com, or leave it empty.',
    contactTooLong: 'Keep the contact name to 100 characters.',
    none: 'Keep at least one category: cases need one.',
    tooMany: (max: number) => `At most ${max} categories fit in your synced settings.`,
  },
};

/** "Backup & data": the CSV exports and the retention setting (product.md §6). */
export const dataStrings = {
  csvTitle: 'Spreadsheets (CSV)',
  csvIntro:
    'One file per list, for Excel, Numbers or Google Sheets (UTF-8, so accents and emoji survive). Cells that look like formulas are prefixed with an apostrophe so a spreadsheet never runs them.',
  csv: { mentions: 'Export mentions (CSV)', replies: 'Export replies (CSV)', cases: 'Export cases (CSV)' },
  csvSaved: (fileName: string) => `Saved ${fileName} in your downloads.`,
  csvFailed: (error: string) => `The file could not be created: ${error}`,
  retentionTitle: 'Data retention',
  retentionLabel: 'Keep data for',
  retentionHint:
    'Mentions, replies and closed cases older than this are deleted once a day. Open and escalated cases are always kept, whatever their age.',
  retentionChoice: (months: number | null) =>
    months === null ? 'Forever' : months === 12 ? '1 year (default)' : months % 12 === 0 ? `${months / 12} years` : `${months} months`,
  retentionSaved: (months: number | null) =>
    months === null
      ? 'Saved: Earshot keeps your data until you erase it.'
      : `Saved: data older than ${months % 12 === 0 ? plural(months / 12, 'year', 'years') : `${months} months`} is deleted once a day.`,
  retentionFailed: (error: string) => `Could not save: ${error}`,
};
