/**
 * GitHub's own OpenAPI description (@octokit/openapi) as the judge of the emulator: every request it
 * receives and every response it sends is checked against the operation's parameters, request body,
 * documented status codes and response schema. A violation is recorded (and fails the test).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Operation {
  parameters?: Array<{ $ref?: string; name?: string; in?: string; required?: boolean; schema?: unknown }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, { name: string; in: string; required?: boolean; schema?: unknown }>; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
}

/**
 * The part of the description the emulators serve: every path template and method GitHub documents (so
 * a request to any real route is recognised), the full operation of each `served` one and every
 * component it references, directly or not. Parsing GitHub's 13 MB document and registering all of its
 * schemas cost every test file about a second and a half of CPU; the part is derived once per
 * @octokit/openapi version and served list, and kept in the system's temporary folder.
 */
interface Slim extends Spec {
  components: Spec['components'] & { schemas: Record<string, unknown>; examples: Record<string, { value: unknown }> };
}
/** An operation GitHub documents that no emulator serves: only its name is kept. */
const UNSERVED = { responses: {}, unserved: true } as Operation & { unserved: true };

function slimmed(full: Slim, served: ReadonlySet<string>): Slim {
  const components: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/') && !seen.has(inner)) {
        seen.add(inner);
        const [, , kind, name] = inner.split('/') as [string, string, string, string];
        const target = (full.components as unknown as Record<string, Record<string, unknown>>)[kind]?.[name];
        (components[kind] ??= {})[name] = target;
        walk(target);
      } else walk(inner);
    }
  };
  const paths: Spec['paths'] = {};
  for (const [template, methods] of Object.entries(full.paths)) {
    paths[template] = {};
    for (const [method, operation] of Object.entries(methods)) {
      const keep = served.has(`${method.toUpperCase()} ${template}`);
      paths[template]![method] = keep ? operation : UNSERVED;
      if (keep) walk(operation);
    }
  }
  return { paths, components: { schemas: {}, examples: {}, parameters: {}, responses: {}, ...components } as Slim['components'] };
}

const slims = new Map<string, Slim>();
function spec(served: ReadonlySet<string>): Slim {
  const key = [...served].sort().join('\n');
  let slim = slims.get(key);
  if (slim) return slim;
  const require = createRequire(import.meta.url);
  const { version } = require('@octokit/openapi/package.json') as { version: string };
  const digest = createHash('sha256').update(`${version}\n${readFileSync(new URL(import.meta.url), 'utf8')}\n${key}`).digest('hex').slice(0, 16);
  const cache = path.join(tmpdir(), `release-kit-openapi-${version}-${digest}.json`);
  try {
    slim = JSON.parse(readFileSync(cache, 'utf8')) as Slim;
  } catch {
    const full = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Slim;
    slim = slimmed(full, served);
    // Written whole under a name of its own, then renamed: test files in other workers may read it meanwhile.
    const scratch = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(scratch, JSON.stringify(slim));
    renameSync(scratch, cache);
  }
  slims.set(key, slim);
  return slim;
}

/** A named example of GitHub's description (`components.examples`), from the part the emulators serve. */
export function openApiExample(name: string): unknown {
  const value = [...slims.values()].map((slim) => slim.components.examples[name]).find(Boolean);
  if (!value) throw new Error(`OpenAPI example ${name} is not referenced by an operation the emulator serves`);
  return value.value;
}

/** `#/components/...` refs point into the whole document, registered under the id `gh`. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rebase(v)]));
  }
  return schema;
}

export interface Route {
  template: string;
  method: string;
  params: Record<string, string>;
  operation: Operation;
}

/**
 * The compiled description, shared by every judge: compiling GitHub's schemas costs about a second of
 * CPU, so each emulator started in a test file would otherwise pay it again. Violations stay per judge.
 */
interface Compiled {
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
  routes: Array<{ template: string; regex: RegExp; names: string[] }>;
}
const shared = new Map<Slim, Compiled>();
function compiled(description: Slim): Compiled {
  const known = shared.get(description);
  if (known) return known;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'gh', components: description.components }, 'gh');
  const routes = Object.keys(description.paths).map((template) => {
    const names: string[] = [];
    const regex = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
    return { template, regex, names };
  });
  const made = { ajv, validators: new Map(), routes };
  shared.set(description, made);
  return made;
}

export class OpenApiJudge {
  readonly violations: string[] = [];
  private readonly ajv: Ajv;
  private readonly compiled: Map<string, ValidateFunction>;
  private readonly routes: Compiled['routes'];
  private readonly spec: Slim;

  /** `served`: the operations the emulator answers, as `METHOD /path/{template}`. */
  constructor(served: Iterable<string>) {
    this.spec = spec(new Set(served));
    const { ajv, validators, routes } = compiled(this.spec);
    this.ajv = ajv;
    this.compiled = validators;
    this.routes = routes;
  }

  /** The documented operation for a request, or undefined (itself a violation: the emulator serves only real endpoints). */
  match(method: string, pathname: string): Route | undefined {
    for (const route of this.routes) {
      const found = route.regex.exec(pathname);
      const operation = found && this.spec.paths[route.template]![method.toLowerCase()];
      if (found && operation) {
        return { template: route.template, method, operation, params: Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)])) };
      }
    }
    return undefined;
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private check(where: string, key: string, schema: unknown, value: unknown): void {
    const validate = this.validator(key, schema);
    if (!validate(value)) this.violations.push(`${where}: ${this.ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
  }

  checkRequest(route: Route, query: URLSearchParams, body: unknown, contentType: string | undefined): void {
    if ('unserved' in route.operation) return; // the emulator reports it: documented, not implemented
    const where = `${route.method} ${route.template} request`;
    for (const raw of route.operation.parameters ?? []) {
      const parameter = raw.$ref ? this.spec.components.parameters[raw.$ref.split('/').pop()!]! : raw;
      if (parameter.in !== 'query') continue;
      const value = query.get(parameter.name!);
      if (value === null) {
        if (parameter.required) this.violations.push(`${where}: missing query parameter ${parameter.name}`);
        continue;
      }
      const type = (parameter.schema as { type?: string } | undefined)?.type;
      if (type === 'integer' && !/^-?\d+$/.test(value)) this.violations.push(`${where}: query ${parameter.name}=${value} is not an integer`);
    }
    const known = new Set((route.operation.parameters ?? []).map((p) => (p.$ref ? this.spec.components.parameters[p.$ref.split('/').pop()!]!.name : p.name)));
    for (const name of query.keys()) if (!known.has(name)) this.violations.push(`${where}: undocumented query parameter ${name}`);
    const content = route.operation.requestBody?.content;
    if (content?.['application/json'] && contentType?.includes('json')) {
      this.check(where, `${route.method} ${route.template} body`, content['application/json'].schema, body);
    } else if (content && !contentType) {
      this.violations.push(`${where}: no content-type`);
    }
  }

  checkResponse(route: Route, status: number, body: unknown): void {
    if ('unserved' in route.operation) return;
    const where = `${route.method} ${route.template} → ${status}`;
    let response = route.operation.responses[String(status)];
    if (!response) {
      this.violations.push(`${where}: status not documented for this operation (documented: ${Object.keys(route.operation.responses).join(', ')})`);
      return;
    }
    if (response.$ref) response = this.spec.components.responses[response.$ref.split('/').pop()!]!;
    const schema = response.content?.['application/json']?.schema;
    if (schema) this.check(where, `${route.method} ${route.template} ${status}`, schema, body);
    // GitHub answers errors with a JSON message even where the description documents no body.
    else if (body !== undefined && status < 300 && status !== 204) this.violations.push(`${where}: a body where none is documented`);
  }
}
