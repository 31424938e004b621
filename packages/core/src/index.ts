export { UserError, isUserError, formatUserError, formatLocation, type SourceLocation } from './errors.ts';
