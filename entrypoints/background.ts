import { registerBackgroundHandlers } from '@/lib/background/register-handlers';

/** Thin: the handlers live in lib/background, one job per file. */
export default defineBackground(() => {
  registerBackgroundHandlers();
});
