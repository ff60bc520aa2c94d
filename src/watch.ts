/**
 * Watching: the incremental build (`buildGraph`) run again and again, a round every `interval`
 * ms, until a signal stops it. Between rounds nothing is held: not the store's lock, not the
 * graph. A round that fails (an input vanished, a damaged store) is reported and the next one
 * comes. Stopping never leaves a half-written store: a round stopped before it writes leaves the
 * store as it was, and one that has begun to write finishes first (`BuildOptions.signal`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { buildGraph, type BuildOptions, type BuildSummary } from './build.ts';
import type { Doc } from './types.ts';

/** What `relata build --watch` waits between rounds by default: 300 s. */
export const DEFAULT_WATCH_INTERVAL = 300_000;

/** One round: its build's summary, or the error it failed with. */
export type WatchRound = { round: number; started: Date } & (
  | { summary: BuildSummary; error?: undefined }
  | { summary?: undefined; error: unknown }
);

export interface WatchOptions {
  /** Time from the end of one round to the start of the next, in ms (default `DEFAULT_WATCH_INTERVAL`). */
  interval?: number;
  /** Stops the watch: between rounds at once, within a round as `BuildOptions.signal` says. */
  signal?: AbortSignal;
  /** Called as each round begins (`round` counts from 1). */
  onRoundStart?: (round: number) => void;
  /** Called after each round that ran to its end or failed (not for a round stopped by `signal`). */
  onRound?: (round: WatchRound) => void;
  /** Waits `ms` between rounds, rejecting when `signal` aborts (default: a timer). For tests. */
  wait?: (ms: number, signal: AbortSignal) => Promise<unknown>;
}

/**
 * Builds `inputs` into the store now, then again every `interval` ms until `signal` aborts;
 * resolves with the number of rounds reported then. `options` are those of `buildGraph`
 * (`rebuild` applies to the first round only; `now` dates the rounds too).
 */
export async function watchBuild(
  inputs: readonly (string | Doc)[],
  options: BuildOptions = {},
  watch: WatchOptions = {},
): Promise<{ rounds: number }> {
  const signal = watch.signal ?? new AbortController().signal;
  const interval = watch.interval ?? DEFAULT_WATCH_INTERVAL;
  const wait = watch.wait ?? ((ms: number, s: AbortSignal) => sleep(ms, undefined, { signal: s }));
  let rounds = 0;
  for (;;) {
    if (signal.aborted) return { rounds };
    const started = options.now?.() ?? new Date();
    watch.onRoundStart?.(rounds + 1);
    let report: WatchRound;
    try {
      const { summary } = await buildGraph(inputs, { ...options, rebuild: rounds === 0 && options.rebuild, signal });
      report = { round: rounds + 1, started, summary };
    } catch (error) {
      if (signal.aborted) return { rounds }; // stopped before writing: nothing to report
      report = { round: rounds + 1, started, error };
    }
    rounds += 1;
    watch.onRound?.(report);
    if (signal.aborted) return { rounds };
    try {
      await wait(interval, signal);
    } catch (e) {
      if (signal.aborted) return { rounds };
      throw e;
    }
  }
}
