// Runs one contract call for either host (IPC or the loopback web host): checks the method name,
// validates the arguments, runs the handler, validates the result, and turns every failure into an
// error a person can read. Nothing here knows which host it serves.
import {
  contract,
  isMethod,
  type Envelope,
  type ErrorCode,
  type Method,
  type ParsedArgs,
  type Result,
} from '../../shared/contract';
import type { z } from 'zod';
import { messageOf } from '../../shared/error-message';

/** One function per contract method; each receives arguments already validated. */
export type Handlers = {
  [M in Method]: (args: ParsedArgs<M>) => Result<M> | Promise<Result<M>>;
};

/** A failure the handler meant to report to the user (bad input that passed the schema, say). */
export class UserFacingError extends Error {}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

function fail(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export async function dispatch(
  handlers: Handlers,
  method: unknown,
  rawArgs: unknown,
): Promise<Envelope<unknown>> {
  if (!isMethod(method)) {
    const name = typeof method === 'string' ? `"${method.slice(0, 80)}"` : 'a call with no name';
    return fail('unknown-method', `Scrutineer has no method ${name}.`);
  }
  const spec = contract[method];
  const parsedArgs = spec.args.safeParse(rawArgs ?? {});
  if (!parsedArgs.success) {
    return fail(
      'invalid-arguments',
      `${method} was called with bad arguments: ${describeIssues(parsedArgs.error)}.`,
    );
  }
  let result: unknown;
  try {
    const handler = handlers[method] as (args: unknown) => unknown;
    result = await handler(parsedArgs.data);
  } catch (error) {
    const message =
      error instanceof UserFacingError ? error.message : `${method} failed: ${messageOf(error)}`;
    return fail('failed', message);
  }
  const parsedResult = spec.result.safeParse(result);
  if (!parsedResult.success) {
    return fail(
      'invalid-result',
      `${method} produced a result that does not match the contract: ${describeIssues(parsedResult.error)}.`,
    );
  }
  return { ok: true, result: parsedResult.data };
}
