import { z } from 'zod';

// Zod's fast path compiles parsers with `new Function`, after probing whether eval is allowed, and
// it probes when the first z.object() is *created*. Extension pages forbid eval (CSP), so the probe
// only logs a CSP violation (Firefox reports it as an error: npm run smoke:firefox found it). Every
// module that builds a schema imports z from here, so this runs before any schema exists.
z.config({ jitless: true });

export { z };
