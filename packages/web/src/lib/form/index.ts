export { Form, SubmitButton } from './Form.tsx';
export { CheckboxField, RadioField, SelectField, TextField } from './fields.tsx';
export { messageKeyOf, type FieldMessages, type MessageKey } from './messages.ts';
export { applyServerErrors, type ServerFields } from './server-errors.ts';
export { blankAsNull, typedList } from './schema.ts';
export { useZodForm, type ZodForm } from './useZodForm.ts';
