import { createRequire } from 'node:module';
import type { ValidatorFactory } from '@fastify/ajv-compiler';

type Validator = ReturnType<ReturnType<ValidatorFactory>>;

const require = createRequire(import.meta.url);

/**
 * Fastify's own validator compiler (Ajv with its default options and formats), except that each route's
 * schemas are compiled when the route is first asked for, not all of them at start: compiling the
 * schemas of some two hundred routes was a fifth of the start-up time, and the validators of routes
 * nobody calls took memory for nothing. Ajv itself loads with the first route that validates.
 */
export function validatorsCompiledOnFirstUse(): ValidatorFactory {
  let buildFromPool: ValidatorFactory | undefined;
  return (externalSchemas, options) => {
    let compile: ReturnType<ValidatorFactory> | undefined;
    return (route) => {
      let validate: Validator | undefined;
      // Fastify reads the errors of a failed validation from the function it was given.
      const validateOnFirstUse = ((data: unknown) => {
        buildFromPool ??= (require('@fastify/ajv-compiler') as typeof import('@fastify/ajv-compiler')).AjvCompiler();
        compile ??= buildFromPool(externalSchemas, options);
        validate ??= compile(route);
        const valid = validate(data);
        validateOnFirstUse.errors = validate.errors;
        return valid;
      }) as Validator;
      return validateOnFirstUse;
    };
  };
}
