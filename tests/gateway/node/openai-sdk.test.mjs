// The gateway driven by a client nobody on the team wrote: the official `openai` package, pinned
// in package.json. It starts the mock provider and the real `switchboard-cli serve` on a fresh
// profile whose route tries two targets; each chat request first meets 503s on the first target
// (and on its retry), and the SDK must see one clean answer from the second (fallback behind the
// gateway), streamed
// and whole, with usage; then the ledger must hold every attempt with origin gateway and the
// SDK's User-Agent. Run by run-openai-sdk-test.sh (see README.md there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';

const cli = process.env.SWITCHBOARD_CLI;
const mockProvider = process.env.SWITCHBOARD_MOCK_PROVIDER;
const token = 'sb-gw-openai-sdk-test-token-0123456789';
const profile = mkdtempSync(join(tmpdir(), 'switchboard-sdk-'));
let mock;
let serve;
let mockUrl;
let gatewayUrl;

/** Starts a child and resolves with the first match of `pattern` on its stdout. */
function startChild(command, args, pattern, env = process.env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const found = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start: ${out} ${err}`)), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const match = out.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${out} ${err}`)));
  });
  return { child, found, output: () => ({ out, err }) };
}

function runCli(...args) {
  return execFileSync(cli, ['--profile', profile, ...args], { encoding: 'utf8' });
}

/** The first target's next two answers are 503: its one same-target retry fails too. */
async function enqueueOverloaded() {
  const overloaded = { openai_error: { status: 503, message: 'The server is overloaded', type: 'server_error' } };
  const response = await fetch(`${mockUrl}/__mock/enqueue`, {
    method: 'POST',
    body: JSON.stringify([overloaded, overloaded]),
  });
  assert.equal(response.status, 204);
}

async function mockRequests() {
  const response = await fetch(`${mockUrl}/__mock/requests`);
  return (await response.json()).filter((r) => r.path.endsWith('/chat/completions'));
}

/** RFC 4180 rows of `export --csv` (fields may be quoted and hold commas). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function exited(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

before(async () => {
  assert.ok(cli && mockProvider, 'SWITCHBOARD_CLI and SWITCHBOARD_MOCK_PROVIDER must be set');
  mock = startChild(mockProvider, ['--port', '0'], /listening on (http:\/\/127\.0\.0\.1:\d+)\/v1/);
  mockUrl = await mock.found;
  runCli('providers', 'add', 'primary', '--kind', 'openai', '--base-url', `${mockUrl}/v1`);
  runCli('providers', 'add', 'secondary', '--kind', 'openai', '--base-url', `${mockUrl}/v1`);
  runCli('routes', 'add', 'default', '--target', 'primary/gpt-primary', '--target', 'secondary/gpt-secondary');
  serve = startChild(cli, ['--profile', profile, 'serve', '--port', '0'], /^Listening on (http:\/\/\S+)$/m,
    { ...process.env, SWITCHBOARD_GATEWAY_TOKEN: token });
  gatewayUrl = await serve.found;
});

after(async () => {
  if (serve) serve.child.kill('SIGTERM');
  if (mock) mock.child.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
});

test('a whole answer arrives from the second target after the first one 503s', async () => {
  await enqueueOverloaded();
  const client = new OpenAI({ baseURL: gatewayUrl, apiKey: token, maxRetries: 0 });
  const before = (await mockRequests()).length;
  const completion = await client.chat.completions.create({
    model: 'route/default',
    messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }],
    max_tokens: 20,
  });
  assert.equal(completion.object, 'chat.completion');
  assert.equal(completion.choices[0].message.content, 'Hello from the mock provider.');
  assert.equal(completion.choices[0].finish_reason, 'stop');
  assert.equal(completion.usage.prompt_tokens, 12);
  assert.equal(completion.usage.completion_tokens, 6);
  assert.equal(completion.usage.total_tokens, 18);
  const models = (await mockRequests()).slice(before).map((r) => JSON.parse(r.body).model);
  assert.deepEqual(models, ['gpt-primary', 'gpt-primary', 'gpt-secondary']);
});

test('a streamed answer arrives from the second target after the first one 503s', async () => {
  await enqueueOverloaded();
  const client = new OpenAI({ baseURL: gatewayUrl, apiKey: token, maxRetries: 0 });
  const stream = await client.chat.completions.create({
    model: 'default',
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let usage = null;
  let finish = null;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks += 1;
    assert.equal(chunk.object, 'chat.completion.chunk');
    if (chunk.choices.length > 0) {
      text += chunk.choices[0].delta.content ?? '';
      finish = chunk.choices[0].finish_reason ?? finish;
    }
    if (chunk.usage) usage = chunk.usage;
  }
  assert.equal(text, 'Hello from the mock provider.');
  assert.equal(finish, 'stop');
  assert.ok(chunks >= 8, `only ${chunks} chunks`);
  assert.equal(usage.total_tokens, 18);
  // The SDK's own helper accumulates the same answer.
  await enqueueOverloaded();
  const runner = client.chat.completions.stream({ model: 'route/default', messages: [{ role: 'user', content: 'Hi' }] });
  const final = await runner.finalChatCompletion();
  assert.equal(final.choices[0].message.content, 'Hello from the mock provider.');
});

test('errors come back as the SDK\'s typed errors', async () => {
  const client = new OpenAI({ baseURL: gatewayUrl, apiKey: token, maxRetries: 0 });
  await assert.rejects(
    client.chat.completions.create({ model: 'nobody/none', messages: [{ role: 'user', content: 'Hi' }] }),
    (e) => e instanceof OpenAI.NotFoundError && e.status === 404 && e.code === 'model_not_found',
  );
  await assert.rejects(
    client.chat.completions.create({ model: 'default', messages: [] }),
    (e) => e instanceof OpenAI.BadRequestError && e.param === 'messages',
  );
  const stranger = new OpenAI({ baseURL: gatewayUrl, apiKey: 'sb-gw-not-the-token-000000', maxRetries: 0 });
  await assert.rejects(stranger.models.list(), (e) => e instanceof OpenAI.AuthenticationError);
});

test('the model list has the routes and the targets', async () => {
  const client = new OpenAI({ baseURL: gatewayUrl, apiKey: token, maxRetries: 0 });
  const ids = [];
  for await (const model of client.models.list()) ids.push(model.id);
  assert.ok(ids.includes('route/default'), ids.join(' '));
  assert.ok(ids.includes('primary/gpt-primary'), ids.join(' '));
  assert.ok(ids.includes('secondary/gpt-secondary'), ids.join(' '));
});

test('serve stops on SIGTERM and the ledger holds every attempt with the SDK as client', async () => {
  serve.child.kill('SIGTERM');
  assert.equal(await exited(serve.child), 0);
  const [header, ...lines] = parseCsv(runCli('export', '--csv'));
  assert.equal(header.at(-1), 'user_agent');
  const rows = lines.map((line) => Object.fromEntries(line.map((v, i) => [header[i], v])));
  assert.equal(rows.length, 9); // three requests, each 503, 503 (the retry), then the fallback
  for (const row of rows) {
    assert.equal(row.origin, 'gateway');
    assert.equal(row.route, 'default');
    assert.match(row.user_agent, /^OpenAI\/JS 6\.49\.0/);
  }
  assert.deepEqual(rows.map((r) => r.outcome), Array(3).fill(['overloaded', 'overloaded', 'ok']).flat());
  for (let i = 0; i < rows.length; i += 3) {
    // One request: the same target twice (the retry), then the other one answered. Which target
    // comes first may change once the first has failed often enough to cool down.
    assert.equal(rows[i].request_id, rows[i + 2].request_id);
    assert.equal(rows[i].provider, rows[i + 1].provider);
    assert.notEqual(rows[i + 2].provider, rows[i].provider);
  }
  assert.deepEqual(rows.slice(0, 3).map((r) => r.provider), ['primary', 'primary', 'secondary']);
});
