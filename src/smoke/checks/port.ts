import { connect } from 'node:net';
import { NotYet, type SmokeCheck } from '../check.js';

export interface PortTarget {
  host: string;
  port: number;
}

/** `8080`, `localhost:8080`, `[::1]:8080` → host and port; undefined when not one of those. */
export function parsePortTarget(text: string): PortTarget | undefined {
  const match = /^(?:(\[[^\]]+\]|[^:\s]+):)?(\d{1,5})$/.exec(text.trim());
  if (!match) return undefined;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return undefined;
  const host = match[1] ? match[1].replace(/^\[|\]$/g, '') : '127.0.0.1';
  return { host, port };
}

export function tryConnect(target: PortTarget, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: target.host, port: target.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new NotYet(`connecting to ${target.host}:${target.port} took over ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new NotYet(`${target.host}:${target.port}: ${error.code ?? error.message}`));
    });
  });
}

/** Passes once a TCP connection to the port succeeds. */
export function portCheck(target: PortTarget, timeoutMs: number): SmokeCheck {
  return {
    name: 'wait-for-port',
    describe: `port ${target.host}:${target.port} accepts connections`,
    timeoutMs,
    needsRunningApp: true,
    async attempt(context) {
      await tryConnect(target, Math.min(5000, Math.max(1, context.remainingMs())));
      return `${target.host}:${target.port} accepted a connection`;
    },
  };
}
