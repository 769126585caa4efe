// Real Node clients against a running FakeOkta. Driven by NodeClientsIT (fake-server), which
// starts the fake and passes FAKE_OKTA_ORG_URL, FAKE_OKTA_API_TOKEN and NODE_EXTRA_CA_CERTS.
// Run by hand: start the standalone jar, export those three, then `npm ci && node --test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import okta from '@okta/okta-sdk-nodejs';
import OktaJwtVerifier from '@okta/jwt-verifier';

const orgUrl = required('FAKE_OKTA_ORG_URL');
const token = required('FAKE_OKTA_API_TOKEN');
const issuer = process.env.FAKE_OKTA_ISSUER ?? `${orgUrl}/oauth2/default`;
const admin = `${orgUrl}/__admin/fakeokta`;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is required`);
  return value;
}

async function call(method, path, body) {
  const response = await fetch(admin + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

async function createUser(login) {
  const client = new okta.Client({ orgUrl, token });
  return client.userApi.createUser({
    body: { profile: { firstName: 'Node', lastName: 'Client', email: login, login } },
    activate: true,
  });
}

async function listUsers() {
  const client = new okta.Client({ orgUrl, token });
  const users = [];
  for await (const user of await client.userApi.listUsers()) {
    users.push(user);
  }
  return users;
}

test('the Node SDK lists users over HTTPS with the API token', async () => {
  await call('POST', '/reset');
  const created = await createUser('ada@example.com');
  const users = await listUsers();
  assert.ok(users.some((u) => u.id === created.id && u.profile.login === 'ada@example.com'));
});

test('the Node SDK retries a scripted 429 after the reset time', async () => {
  await call('POST', '/reset');
  await createUser('grace@example.com');
  await call('POST', '/scripts', {
    request: { method: 'GET', path: '/api/v1/users' },
    steps: [{ times: 1, oktaError: { code: 'E0000047' } }],
  });
  const users = await listUsers();
  assert.deepEqual(users.map((u) => u.profile.login), ['grace@example.com']);
  const journal = await call('GET', '/journal?path=/api/v1/users');
  const statuses = journal.requests.filter((r) => r.method === 'GET').map((r) => r.status);
  assert.deepEqual(statuses.slice().sort(), [200, 429], `journal: ${JSON.stringify(statuses)}`);
});

test('the jwt-verifier accepts a minted token, then rejects it once its key is retired', async () => {
  await call('POST', '/reset');
  const { accessToken } = await call('POST', '/tokens', {
    sub: 'node@example.com',
    scopes: ['openid', 'email'],
    expiresIn: 'PT10M',
    claims: { groups: ['admins'] },
  });
  const verifier = new OktaJwtVerifier({ issuer });
  const jwt = await verifier.verifyAccessToken(accessToken, 'api://default');
  assert.equal(jwt.claims.sub, 'node@example.com');
  assert.deepEqual(jwt.claims.scp, ['openid', 'email']);
  assert.deepEqual(jwt.claims.groups, ['admins']);

  const before = await call('GET', '/keys');
  await call('POST', '/keys/rotate');
  await call('POST', `/keys/${encodeURIComponent(before.signingKid)}/retire`);

  const fresh = new OktaJwtVerifier({ issuer });
  await assert.rejects(fresh.verifyAccessToken(accessToken, 'api://default'), /kid|key/i);
  const { accessToken: newer } = await call('POST', '/tokens', {});
  const verified = await fresh.verifyAccessToken(newer, 'api://default');
  assert.equal(verified.header.kid, (await call('GET', '/keys')).signingKid);
});
