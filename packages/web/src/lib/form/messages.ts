import i18next, { type ParseKeys } from 'i18next';
import type { FieldError } from 'react-hook-form';

/** The i18n key of a sentence a form shows. */
export type MessageKey = ParseKeys;

/**
 * What each kind of problem says, once for every form: a zod issue code (from the browser's check)
 * or a code the server gave a field (from a 400). A field names its own sentence for a code where
 * the generic one would not help ("Skriv kommunenummeret med fire siffer").
 */
const issueKeys: Record<string, MessageKey> = {
  invalid_type: 'forms.errors.required',
  too_small: 'forms.errors.required',
  too_big: 'forms.errors.tooLong',
  invalid_format: 'forms.errors.format',
  invalid_value: 'forms.errors.choose',
};

/** Per field: the sentence for a code, where the field says it better than `issueKeys`. */
export type FieldMessages = Partial<Record<string, MessageKey>> & { default?: MessageKey };

/**
 * A form's own refinement names its sentence as the issue's message; the contract's refinements
 * speak English to API users, and are no key of the app's.
 */
const ownKey = (message: string | undefined) =>
  message !== undefined && i18next.exists(message) ? (message as MessageKey) : undefined;

/**
 * The key of the sentence for a field's error: the field's own for that code, else the one the
 * form's refinement gave, else the common one.
 */
export function messageKeyOf(error: FieldError, messages: FieldMessages = {}): MessageKey {
  const code = String(error.type);
  return (
    messages[code] ??
    messages.default ??
    ownKey(error.message) ??
    issueKeys[code] ??
    'forms.errors.invalid'
  );
}
