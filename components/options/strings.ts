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
    watchlist: 'Watchlist',
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
