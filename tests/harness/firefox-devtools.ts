// A minimal client of Firefox's DevTools remote debugging protocol (what about:debugging and the
// Browser Console speak), over the Unix socket that `--start-debugger-server <path>` opens. Used for
// one thing: evaluating code in the parent process (the browser window, with chrome privileges).
// WebDriver BiDi cannot do that in every Firefox the suite supports: its chrome scope
// (browsingContext.getTree with "moz:scope": "chrome") does not exist in Firefox 140 ESR, which
// ignores the parameter and lists the content tabs only. This protocol has done it for years, in
// every release, independently of the WebDriver session Puppeteer holds (Firefox allows only one,
// so Marionette's chrome context is no way out either).
import { connect, type Socket } from 'node:net';

/** Preferences without which Firefox refuses `--start-debugger-server` or asks the user first. */
export const DEVTOOLS_PREFS: Readonly<Record<string, boolean>> = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
};

/** Command-line arguments that make Firefox listen on `socketPath` (a Unix socket: no port to race for). */
export const devtoolsArgs = (socketPath: string): string[] => ['--start-debugger-server', socketPath];

type Packet = Record<string, unknown> & { from?: string; type?: string; error?: string; message?: string };

interface Waiter {
  match: (p: Packet) => boolean;
  resolve: (p: Packet) => void;
  reject: (e: Error) => void;
}

/** Unclaimed packets kept for a later wait (an event can arrive in the same read as the reply before it). */
const KEEP_UNCLAIMED = 200;

export class DevToolsClient {
  readonly #socket: Socket;
  #buffer = Buffer.alloc(0);
  #unclaimed: Packet[] = [];
  #waiters: Waiter[] = [];
  #ended: Error | null = null;
  /** Requests go one at a time: an actor's reply is told apart from its events by order only. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => this.#read(chunk));
    socket.on('error', (err) => this.#end(new Error(`DevTools socket: ${err.message}`)));
    socket.on('close', () => this.#end(new Error('DevTools socket closed')));
  }

  /** Connects to Firefox's DevTools server at `socketPath` (retrying while it is not listening yet)
   * and waits for its greeting. */
  static async connect(socketPath: string, timeoutMs: number): Promise<DevToolsClient> {
    const deadline = Date.now() + timeoutMs;
    let lastError = '';
    while (Date.now() < deadline) {
      const socket = await new Promise<Socket | string>((resolve) => {
        const s = connect(socketPath);
        s.once('connect', () => resolve(s));
        s.once('error', (err) => resolve(err.message));
      });
      if (typeof socket !== 'string') {
        const client = new DevToolsClient(socket);
        try {
          await client.waitFor((p) => p.from === 'root', Math.max(1, deadline - Date.now()), 'its greeting');
          return client;
        } catch (err) {
          client.close();
          throw err;
        }
      }
      lastError = socket;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(
      `Firefox's DevTools server did not listen at ${socketPath} within ${timeoutMs} ms (${lastError})`,
    );
  }

  /** Sends a request to `to` and resolves with its reply (a packet from `to` that is no event). */
  request(to: string, type: string, params: object = {}, timeoutMs = 15_000): Promise<Packet> {
    const run = async () => {
      const reply = this.waitFor((p) => p.from === to && p.type === undefined, timeoutMs, `${to} ${type}`);
      this.#send({ to, type, ...params });
      const packet = await reply;
      if (typeof packet.error === 'string') {
        throw new Error(
          `${type} to ${to} failed: ${packet.error}${packet.message ? `: ${packet.message}` : ''}`,
        );
      }
      return packet;
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => {});
    return result;
  }

  /** Resolves with the first packet (already received or still to come) that `match` accepts. */
  waitFor(match: (p: Packet) => boolean, timeoutMs: number, what: string): Promise<Packet> {
    const i = this.#unclaimed.findIndex(match);
    if (i >= 0) return Promise.resolve(this.#unclaimed.splice(i, 1)[0]!);
    if (this.#ended) return Promise.reject(this.#ended);
    return new Promise<Packet>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`no answer from Firefox's DevTools server (${what}) within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.#waiters.push(waiter);
    });
  }

  close(): void {
    this.#end(new Error('DevTools client closed'));
    this.#socket.destroy();
  }

  #send(packet: object): void {
    const json = JSON.stringify(packet);
    this.#socket.write(`${Buffer.byteLength(json)}:${json}`);
  }

  /** Frames are `<byte length>:<JSON>`; the protocol's bulk frames are never asked for here. */
  #read(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const colon = this.#buffer.indexOf(':');
      if (colon < 0) return;
      const header = this.#buffer.subarray(0, colon).toString();
      if (!/^\d+$/.test(header)) {
        this.#end(new Error(`unexpected DevTools frame header "${header.slice(0, 40)}"`));
        this.#socket.destroy();
        return;
      }
      const end = colon + 1 + Number(header);
      if (this.#buffer.length < end) return;
      const packet = JSON.parse(this.#buffer.subarray(colon + 1, end).toString()) as Packet;
      this.#buffer = this.#buffer.subarray(end);
      this.#deliver(packet);
    }
  }

  #deliver(packet: Packet): void {
    const waiter = this.#waiters.find((w) => w.match(packet));
    if (waiter) {
      this.#waiters = this.#waiters.filter((w) => w !== waiter);
      waiter.resolve(packet);
      return;
    }
    this.#unclaimed.push(packet);
    if (this.#unclaimed.length > KEEP_UNCLAIMED) this.#unclaimed.shift();
  }

  #end(reason: Error): void {
    if (this.#ended) return;
    this.#ended = reason;
    for (const w of this.#waiters) w.reject(reason);
    this.#waiters = [];
  }
}

/** Evaluates JavaScript in Firefox's parent process: the Browser Console's global (the browser
 * window, with Services, Cc and Ci). */
export class ParentProcessConsole {
  private constructor(
    private readonly client: DevToolsClient,
    private readonly consoleActor: string,
  ) {}

  /** Opens a console and runs `script` in it, which must evaluate to 'ok' (what `what` does starts);
   * on any failure the console is closed again and the error says what did not start. */
  static async start(socketPath: string, script: string, what: string, timeoutMs: number) {
    const parent = await ParentProcessConsole.open(socketPath, timeoutMs);
    try {
      const started = await parent.evaluate(script, timeoutMs);
      if (started !== 'ok') throw new Error(`${what} did not start: ${started}`);
      return parent;
    } catch (err) {
      parent.close();
      throw err;
    }
  }

  static async open(socketPath: string, timeoutMs: number): Promise<ParentProcessConsole> {
    const client = await DevToolsClient.connect(socketPath, timeoutMs);
    try {
      const { processDescriptor } = (await client.request('root', 'getProcess', { id: 0 }, timeoutMs)) as {
        processDescriptor?: { actor?: string };
      };
      if (!processDescriptor?.actor) throw new Error('getProcess named no parent-process descriptor');
      const { process } = (await client.request(processDescriptor.actor, 'getTarget', {}, timeoutMs)) as {
        process?: { consoleActor?: string };
      };
      if (!process?.consoleActor) throw new Error("the parent process's target has no console actor");
      return new ParentProcessConsole(client, process.consoleActor);
    } catch (err) {
      client.close();
      throw err;
    }
  }

  /** Evaluates `text`, which must evaluate to a string, and returns that string. */
  async evaluate(text: string, timeoutMs = 15_000): Promise<string> {
    const { resultID } = (await this.client.request(
      this.consoleActor,
      'evaluateJSAsync',
      { text },
      timeoutMs,
    )) as {
      resultID?: string;
    };
    const outcome = await this.client.waitFor(
      (p) => p.from === this.consoleActor && p.type === 'evaluationResult' && p.resultID === resultID,
      timeoutMs,
      'evaluationResult',
    );
    if (outcome.hasException) {
      throw new Error(`parent-process evaluation threw: ${describeGrip(outcome.exceptionMessage)}`);
    }
    const result = outcome.result;
    if (typeof result === 'string') return result;
    const grip = result as { type?: string; actor?: string; length?: number } | undefined;
    if (grip?.type === 'longString' && grip.actor && typeof grip.length === 'number') {
      const { substring } = (await this.client.request(
        grip.actor,
        'substring',
        { start: 0, end: grip.length },
        timeoutMs,
      )) as { substring?: unknown };
      if (typeof substring === 'string') return substring;
    }
    throw new Error(`parent-process evaluation returned no string: ${describeGrip(result)}`);
  }

  close(): void {
    this.client.close();
  }
}

const describeGrip = (grip: unknown): string =>
  typeof grip === 'string' ? grip : (JSON.stringify(grip) ?? String(grip)).slice(0, 500);
