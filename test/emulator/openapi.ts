/**
 * GitHub's own OpenAPI description (@octokit/openapi) as the judge of the emulator: every request it
 * receives and every response it sends is checked against the operation's parameters, request body,
 * documented status codes and response schema. A violation is recorded (and fails the test).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Operation {
  parameters?: Array<{ $ref?: string; name?: string; in?: string; required?: boolean; schema?: unknown }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, { name: string; in: string; required?: boolean; schema?: unknown }>; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
}

let loaded: Spec | undefined;
function spec(): Spec {
  if (!loaded) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    loaded = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  }
  return loaded;
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
let shared: Compiled | undefined;
function compiled(): Compiled {
  if (shared) return shared;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'gh', components: spec().components }, 'gh');
  const routes = Object.keys(spec().paths).map((template) => {
    const names: string[] = [];
    const regex = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
    return { template, regex, names };
  });
  shared = { ajv, validators: new Map(), routes };
  return shared;
}

export class OpenApiJudge {
  readonly violations: string[] = [];
  private readonly ajv: Ajv;
  private readonly compiled: Map<string, ValidateFunction>;
  private readonly routes: Compiled['routes'];

  constructor() {
    const { ajv, validators, routes } = compiled();
    this.ajv = ajv;
    this.compiled = validators;
    this.routes = routes;
  }

  /** The documented operation for a request, or undefined (itself a violation: the emulator serves only real endpoints). */
  match(method: string, pathname: string): Route | undefined {
    for (const route of this.routes) {
      const found = route.regex.exec(pathname);
      const operation = found && spec().paths[route.template]![method.toLowerCase()];
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
    const where = `${route.method} ${route.template} request`;
    for (const raw of route.operation.parameters ?? []) {
      const parameter = raw.$ref ? spec().components.parameters[raw.$ref.split('/').pop()!]! : raw;
      if (parameter.in !== 'query') continue;
      const value = query.get(parameter.name!);
      if (value === null) {
        if (parameter.required) this.violations.push(`${where}: missing query parameter ${parameter.name}`);
        continue;
      }
      const type = (parameter.schema as { type?: string } | undefined)?.type;
      if (type === 'integer' && !/^-?\d+$/.test(value)) this.violations.push(`${where}: query ${parameter.name}=${value} is not an integer`);
    }
    const known = new Set((route.operation.parameters ?? []).map((p) => (p.$ref ? spec().components.parameters[p.$ref.split('/').pop()!]!.name : p.name)));
    for (const name of query.keys()) if (!known.has(name)) this.violations.push(`${where}: undocumented query parameter ${name}`);
    const content = route.operation.requestBody?.content;
    if (content?.['application/json'] && contentType?.includes('json')) {
      this.check(where, `${route.method} ${route.template} body`, content['application/json'].schema, body);
    } else if (content && !contentType) {
      this.violations.push(`${where}: no content-type`);
    }
  }

  checkResponse(route: Route, status: number, body: unknown): void {
    const where = `${route.method} ${route.template} → ${status}`;
    let response = route.operation.responses[String(status)];
    if (!response) {
      this.violations.push(`${where}: status not documented for this operation (documented: ${Object.keys(route.operation.responses).join(', ')})`);
      return;
    }
    if (response.$ref) response = spec().components.responses[response.$ref.split('/').pop()!]!;
    const schema = response.content?.['application/json']?.schema;
    if (schema) this.check(where, `${route.method} ${route.template} ${status}`, schema, body);
    // GitHub answers errors with a JSON message even where the description documents no body.
    else if (body !== undefined && status < 300 && status !== 204) this.violations.push(`${where}: a body where none is documented`);
  }
}
