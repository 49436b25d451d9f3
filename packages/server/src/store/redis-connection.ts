import { Redis, type RedisOptions } from 'ioredis';

/** Thrown at startup for a `REDIS_URL` that cannot be used; its message never contains the password. */
export class RedisConfigError extends Error {
  override name = 'RedisConfigError';
}

export interface RedisSettings {
  /** What to connect to, as ioredis takes it. */
  options: RedisOptions;
  /** The URL with any password replaced, safe to log. */
  redacted: string;
}

/** Longest a command may take before the caller stops waiting (`REDIS_TIMEOUT_MS`). */
const DEFAULT_TIMEOUT_MS = 250;

/**
 * Reads `REDIS_URL` (`redis://`, `rediss://` for TLS, or `unix:///path/to/redis.sock`) and
 * `REDIS_TIMEOUT_MS`. Commands are never queued while disconnected and never wait longer than the
 * timeout, so a Redis that is gone or slow costs a request at most that long.
 *
 * @example
 * readRedisSettings({ REDIS_URL: 'redis://:secret@10.0.0.5:6379/0' }).redacted; // 'redis://:***@10.0.0.5:6379/0'
 */
export function readRedisSettings(env: Readonly<Record<string, unknown>>): RedisSettings | undefined {
  const text = typeof env.REDIS_URL === 'string' ? env.REDIS_URL.trim() : '';
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The value itself may hold a password, so it is not repeated.
    throw new RedisConfigError('REDIS_URL is not a URL; expected redis://[user:password@]host[:port][/db], rediss://… or unix:///path/to/redis.sock');
  }
  if (url.password) url.password = '***';
  const redacted = url.href;
  const timeout = Number(typeof env.REDIS_TIMEOUT_MS === 'string' && env.REDIS_TIMEOUT_MS.trim() !== '' ? env.REDIS_TIMEOUT_MS : DEFAULT_TIMEOUT_MS);
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 60_000) throw new RedisConfigError(`REDIS_TIMEOUT_MS must be an integer from 1 to 60000, got "${String(env.REDIS_TIMEOUT_MS)}"`);
  const common: RedisOptions = {
    commandTimeout: timeout,
    connectTimeout: Math.max(1000, timeout),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Reconnect forever, backing off to 2 s: a Redis that comes back is used again.
    retryStrategy: (times) => Math.min(times * 100, 2000),
    lazyConnect: true,
    connectionName: 'logprob-autocomplete',
  };
  if (url.protocol === 'unix:') return { options: { ...common, path: decodeURIComponent(url.pathname) }, redacted };
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new RedisConfigError(`REDIS_URL must start with redis://, rediss:// or unix://, got "${url.protocol}//…"`);
  }
  if (url.hostname === '') throw new RedisConfigError(`REDIS_URL names no host: ${redacted}`);
  const original = new URL(text);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new RedisConfigError(`REDIS_URL's database must be a number, got "${url.pathname.slice(1)}"`);
  return {
    options: {
      ...common,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : 6379,
      db,
      ...(original.username ? { username: decodeURIComponent(original.username) } : {}),
      ...(original.password ? { password: decodeURIComponent(original.password) } : {}),
      ...(url.protocol === 'rediss:' ? { tls: { servername: url.hostname } } : {}),
    },
    redacted,
  };
}

/**
 * Connects to Redis and waits until it answers, or throws a `RedisConfigError` that names the
 * redacted URL and the reason (refused, timed out, wrong password). After that the client
 * reconnects on its own; its errors go to `onError`, never to the console with the password.
 *
 * @example
 * const redis = await connectRedis(readRedisSettings(process.env)!, { onError: (error) => console.warn(error.message) });
 */
export async function connectRedis(settings: RedisSettings, options: { onError?: (error: Error) => void } = {}): Promise<Redis> {
  const redis = new Redis(settings.options);
  let connected = false;
  let firstError: Error | undefined;
  // Without a listener ioredis prints every connection error itself.
  redis.on('error', (error: Error) => {
    if (connected) options.onError?.(error);
    else firstError ??= error;
  });
  try {
    await redis.connect();
    await redis.ping();
    connected = true;
    return redis;
  } catch (error) {
    redis.disconnect();
    // ioredis rejects with "Connection is closed."; the error event before it says why.
    const cause = firstError ?? error;
    const message = cause instanceof Error ? cause.message : String(cause);
    const reason = settings.options.password ? message.replaceAll(settings.options.password, '***') : message;
    throw new RedisConfigError(`Cannot use Redis at ${settings.redacted}: ${reason}`);
  }
}
