import type { UsageReason } from '../core/issue.js';
import type { MessageParams } from './types.js';

/** How one language words each reason a call of the library's API is refused (the `usage` code's `reason`); each src/locales/<lang>/usage.ts implements it. */
export type UsageWording = { [R in UsageReason]: (p: MessageParams<'usage'>) => string };
