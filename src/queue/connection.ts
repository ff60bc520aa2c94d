/** The Redis address of a queue, checked before anything connects (no BullMQ loaded). */
import type { ConnectionOptions } from 'bullmq';
import { RelataError } from '../errors.ts';

/** `redis://host:port` (or `rediss://`, TLS) → the connection BullMQ opens; anything else is a usage error. */
export function queueConnection(url: string): ConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RelataError('queue', 'E_USAGE', `"${url}" is not a queue address: write redis://host:port`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new RelataError(
      'queue',
      'E_USAGE',
      `"${url}" is not a queue address: write redis://host:port (or rediss:// for TLS)`,
    );
  }
  const database = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username && { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password && { password: decodeURIComponent(parsed.password) }),
    ...(database !== undefined && Number.isInteger(database) && { db: database }),
    ...(parsed.protocol === 'rediss:' && { tls: {} }),
    // BullMQ's workers and events wait for Redis rather than fail a command: the build waits too
    maxRetriesPerRequest: null,
  };
}
