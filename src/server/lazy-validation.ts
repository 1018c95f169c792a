import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';

type Validator = ReturnType<ReturnType<ValidatorFactory>>;

/**
 * Fastify's own validator compiler (Ajv with its default options and formats), except that each route's
 * schemas are compiled when the route is first asked for, not all of them at start: compiling the
 * schemas of some two hundred routes was a fifth of the start-up time, and the validators of routes
 * nobody calls took memory for nothing.
 */
export function validatorsCompiledOnFirstUse(): ValidatorFactory {
  const buildFromPool = AjvCompiler();
  return (externalSchemas, options) => {
    const compile = buildFromPool(externalSchemas, options);
    return (route) => {
      let validate: Validator | undefined;
      // Fastify reads the errors of a failed validation from the function it was given.
      const validateOnFirstUse = ((data: unknown) => {
        validate ??= compile(route);
        const valid = validate(data);
        validateOnFirstUse.errors = validate.errors;
        return valid;
      }) as Validator;
      return validateOnFirstUse;
    };
  };
}
