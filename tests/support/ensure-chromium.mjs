#!/usr/bin/env node
/**
 * The end-to-end tests and the demo drive Debian's Chromium (Playwright's own
 * browser download does not work offline). Installs it when missing and we are
 * root; otherwise says exactly how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Chromium not found at ${path}: installing Debian's chromium package…`);
  execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium not found at ${path}.\n` +
    'Install Debian\'s package:  sudo apt-get update && sudo apt-get install -y chromium\n' +
    'or point CHROMIUM_PATH at another Chromium/Chrome binary.',
);
process.exit(1);
