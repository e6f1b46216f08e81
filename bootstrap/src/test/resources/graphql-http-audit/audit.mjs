// Runs graphql-http's server audits (GraphQL over HTTP conformance) against a running server and prints the
// results as one JSON array on stdout: {id, name, status, reason?, httpStatus?, body?} per audit.
// Usage: AUDIT_API_KEY=<key> node audit.mjs http://127.0.0.1:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const apiKey = process.env.AUDIT_API_KEY;
if (!url || !apiKey) {
  console.error('usage: AUDIT_API_KEY=<key> node audit.mjs <graphql url>');
  process.exit(2);
}

// Every request to /graphql needs the key; the audits know nothing of authentication.
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${apiKey}`);
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn });
const report = [];
for (const result of results) {
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.httpStatus = result.response.status;
    entry.body = (await result.response.text().catch(() => '')).slice(0, 500);
  }
  report.push(entry);
}
process.stdout.write(JSON.stringify(report));
