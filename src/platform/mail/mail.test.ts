import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/database.ts';
import type { Database, Queryable } from '../db/database.ts';
import { withTenant } from '../db/tenant-scope.ts';
import { createJobHandlers } from '../jobs/job-handler.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import { jobs } from '../jobs/schema.ts';
import { listOutbox } from './dev-outbox.ts';
import { createDevOutboxTransport, createSmtpTransport, type MailTransport } from './mail-transport.ts';
import { mailMessages } from './schema.ts';
import { createMailDeliveryHandler, queueMail } from './send-mail.ts';

const NINOMIYA = '143421';
const OISO = '143413';
const FROM = 'no-reply@town.ninomiya.example.jp';
const quiet = { info() {}, warn() {}, error() {} };

interface SmtpEnvelope {
  mailFrom: string;
  rcptTo: string[];
  data: string;
}

/** Speaks just enough SMTP for nodemailer: greeting, EHLO, MAIL, RCPT, DATA, QUIT. */
async function startFakeSmtpServer(): Promise<{ port: number; received: SmtpEnvelope[]; close(): Promise<void> }> {
  const received: SmtpEnvelope[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let envelope: SmtpEnvelope = { mailFrom: '', rcptTo: [], data: '' };
    let dataLines: string[] | undefined;
    let buffer = '';
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (dataLines) {
          if (line !== '.') {
            dataLines.push(line.startsWith('.') ? line.slice(1) : line);
            continue;
          }
          received.push({ ...envelope, data: dataLines.join('\r\n') });
          envelope = { mailFrom: '', rcptTo: [], data: '' };
          dataLines = undefined;
          reply('250 2.0.0 queued');
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 fake-smtp.test');
        else if (verb === 'MAIL') (envelope.mailFrom = line), reply('250 2.1.0 ok');
        else if (verb === 'RCPT') envelope.rcptTo.push(line), reply('250 2.1.5 ok');
        else if (verb === 'DATA') (dataLines = []), reply('354 end with <CRLF>.<CRLF>');
        else if (verb === 'QUIT') reply('221 2.0.0 bye'), socket.end();
        else reply('250 ok');
      }
    });
    reply('220 fake-smtp.test ESMTP');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const close = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { port, received, close };
}

function bytesOf(text: string, underscoreIsSpace: boolean): Buffer {
  const input = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const hex = input.slice(i + 1, i + 3);
    if (input[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) bytes.push(parseInt(hex, 16)), (i += 2);
    else bytes.push(underscoreIsSpace && input[i] === '_' ? 0x20 : input.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** Enough MIME to read back one text/plain message: unfolded headers with encoded-words, decoded body. */
function parseMessage(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeEncodedWords(line.slice(colon + 1).trim()));
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const rawBody = raw.slice(split + 4);
  const body =
    encoding === 'base64' ? Buffer.from(rawBody.replace(/\s/g, ''), 'base64').toString('utf8')
    : encoding === 'quoted-printable' ? bytesOf(rawBody, false).toString('utf8')
    : rawBody;
  return { headers, body };
}

function decodeEncodedWords(value: string): string {
  // Whitespace between adjacent encoded-words is not text, and one character's bytes may span two words.
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/(?:=\?[^?]+\?[BQ]\?[^?]*\?=)+/gi, (run) => {
    const parts = [...run.matchAll(/=\?[^?]+\?([BQ])\?([^?]*)\?=/gi)].map(([, encoding, text]) =>
      encoding!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : bytesOf(text!, true));
    return Buffer.concat(parts).toString('utf8');
  });
}

describe('mail', () => {
  let database: Database;
  let db: Queryable;
  const message = async (id: string) => (await db.select().from(mailMessages).where(eq(mailMessages.id, id)))[0]!;
  const job = async (id: string) => (await db.select().from(jobs).where(sql`${jobs.payload}->>'messageId' = ${id}`))[0]!;
  const runnerFor = (transport: MailTransport) => {
    const handlers = createJobHandlers();
    handlers.register(createMailDeliveryHandler(transport, FROM));
    return createJobRunner({ db, handlers, workerId: 'mail-test', backoffBaseMs: 60_000, log: quiet });
  };
  const queue = (municipalityCode: string, subject: string, text: string) =>
    withTenant(db, municipalityCode, (tx) => queueMail(tx, { municipalityCode, to: 'taro@example.jp', subject, text }));

  before(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  after(() => database.close());
  beforeEach(async () => {
    await db.delete(jobs);
    await db.delete(mailMessages);
  });

  it('queues the message and its delivery job in one transaction', async () => {
    await assert.rejects(
      withTenant(db, NINOMIYA, async (tx) => {
        await queueMail(tx, { municipalityCode: NINOMIYA, to: 'taro@example.jp', subject: 'rolled back', text: 'x' });
        throw new Error('the surrounding work failed');
      }),
      /surrounding work failed/,
    );
    assert.equal((await db.select().from(mailMessages)).length, 0);
    assert.equal((await db.select().from(jobs)).length, 0);

    const id = await queue(NINOMIYA, '受付のお知らせ', '本文');
    assert.equal((await message(id)).status, 'queued');
    const queued = await job(id);
    assert.equal(queued.kind, 'mail.deliver');
    assert.equal(queued.municipalityCode, NINOMIYA);
    assert.deepEqual(queued.payload, { messageId: id });
  });

  it('keeps mail in the development outbox with the sandbox transport', async () => {
    const id = await queue(NINOMIYA, '受付のお知らせ', '二宮町役場です。');
    const runner = runnerFor(createDevOutboxTransport());
    assert.equal(await runner.runOnce(), true);

    const row = await message(id);
    assert.equal(row.status, 'dev_outbox');
    assert.equal(row.transport, 'dev-outbox');
    assert.ok(row.sentAt instanceof Date);
    assert.equal((await job(id)).status, 'done');
    const outbox = await withTenant(db, NINOMIYA, (tx) => listOutbox(tx));
    assert.deepEqual(outbox.map((mail) => [mail.id, mail.subject]), [[id, '受付のお知らせ']]);
    assert.deepEqual(await withTenant(db, OISO, (tx) => listOutbox(tx)), []);
  });

  it('sends through SMTP and marks the message sent', async () => {
    const smtp = await startFakeSmtpServer();
    try {
      const subject = '【二宮町】申請を受け付けました';
      const text = '山田 太郎 様\n\n住民票の写しの交付申請を受け付けました。\n二宮町役場';
      const id = await queue(NINOMIYA, subject, text);
      const runner = runnerFor(createSmtpTransport(`smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`));
      assert.equal(await runner.runOnce(), true);

      const row = await message(id);
      assert.equal(row.error, null);
      assert.equal(row.status, 'sent');
      assert.equal(row.transport, 'smtp');
      assert.ok(row.sentAt instanceof Date);
      assert.equal(smtp.received.length, 1);
      const [envelope] = smtp.received;
      assert.match(envelope!.mailFrom, /<no-reply@town\.ninomiya\.example\.jp>/);
      assert.deepEqual(envelope!.rcptTo.map((line) => /<(.*)>/.exec(line)?.[1]), ['taro@example.jp']);
      const { headers, body } = parseMessage(envelope!.data);
      assert.equal(headers.get('subject'), subject);
      assert.match(headers.get('to') ?? '', /taro@example\.jp/);
      assert.equal(body.replace(/\r\n/g, '\n').trimEnd(), text);
    } finally {
      await smtp.close();
    }
  });

  it('records the error and retries when the SMTP server is down', async () => {
    const smtp = await startFakeSmtpServer();
    await smtp.close(); // nothing listens on this port any more
    const id = await queue(NINOMIYA, '受付のお知らせ', '本文');
    const runner = runnerFor(createSmtpTransport(`smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`));
    const started = Date.now();
    assert.equal(await runner.runOnce(), true);

    const row = await message(id);
    assert.equal(row.status, 'queued');
    assert.match(row.error ?? '', /ECONNREFUSED|connect/i);
    const retry = await job(id);
    assert.equal(retry.status, 'pending');
    assert.equal(retry.attempts, 1);
    assert.equal(retry.lastError, row.error);
    assert.ok(retry.runAt.getTime() >= started + 0.8 * 60_000 - 1000, 'retry is pushed back by the backoff');

    // On the last allowed attempt the message is marked failed as well as the job dead.
    await db.update(jobs).set({ maxAttempts: 2, runAt: sql`now()` }).where(eq(jobs.id, retry.id));
    assert.equal(await runner.runOnce(), true);
    assert.equal((await job(id)).status, 'dead');
    assert.equal((await message(id)).status, 'failed');
  });
});
