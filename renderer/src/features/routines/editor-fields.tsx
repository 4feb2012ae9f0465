/** Owns how the editor ties a problem to its field: the message's id, aria-describedby, and the message itself. */
import type { Errors } from './routine-draft';

const errorId = (field: string) => `err-${field.replace(/\./g, '-')}`;

export function describedBy(errors: Errors, field: string, hintId?: string): string | undefined {
  return [errors[field] ? errorId(field) : null, hintId].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ errors, field }: { errors: Errors; field: string }) {
  return errors[field] ? (
    <p className="field-error" id={errorId(field)}>
      {errors[field]}
    </p>
  ) : null;
}
