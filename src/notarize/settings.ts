import { z } from 'zod';
import { durationAllowed, durationIn, type DurationRange } from '../kit/duration.js';

/** How long to wait for Apple's verdict, and how often to ask: the same ranges in release-kit.yml and the action's inputs. */
export const WAIT_TIMEOUT: DurationRange = { min: 1000, max: 24 * 3_600_000 };
export const POLL_INTERVAL: DurationRange = { min: 50, max: 60_000 };
export const NOTARIZE_BACKENDS = ['auto', 'notarytool', 'rest'] as const;

const duration = (range: DurationRange, description: string) =>
  z
    .union([z.number(), z.string()])
    .refine((value) => durationIn(value, range) !== undefined, { message: durationAllowed(range) })
    .transform((value) => String(value))
    .describe(description);

/**
 * A target's `notarize:`: true (the defaults), false, or a block of the notarize action's non-secret
 * inputs. Credentials (API key or Apple ID) stay workflow secrets.
 */
export const NotarizeConfigSchema = z
  .union([
    z.boolean(),
    z
      .object({
        backend: z.enum(NOTARIZE_BACKENDS).optional().describe('auto (notarytool on macOS, the Notary REST API elsewhere), notarytool or rest.'),
        'wait-timeout': duration(WAIT_TIMEOUT, 'How long to wait for Apple\'s verdict (default 30m).').optional(),
        'poll-interval': duration(POLL_INTERVAL, 'How often to ask for it (default 5s).').optional(),
        staple: z.boolean().optional().describe('Staple the ticket to .app, .dmg and .pkg files (default true).'),
      })
      .strict(),
  ])
  .default(false)
  .describe('Notarize (macOS) after signing: true, or a block of the notarize action\'s settings.');

export type NotarizeConfig = z.output<typeof NotarizeConfigSchema>;

/** The notarize action's inputs a target's block sets, as input text. */
export const notarizeInputsOf = (config: NotarizeConfig): Record<string, string> => (typeof config === 'object' ? Object.fromEntries(Object.entries(config).map(([k, v]) => [k, String(v)])) : {});
