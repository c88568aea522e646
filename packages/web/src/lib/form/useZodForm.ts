import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type Path, type UseFormProps } from 'react-hook-form';
import { z } from 'zod';

/** The top-level fields of an object schema (through its refinements and transforms), in order. */
function fieldNamesOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return fieldNamesOf(schema.in as z.ZodType);
  return [];
}

/**
 * A form checked by a zod schema: what the user types is `z.input`, what `onSubmit` gets is
 * `z.output` (parsed: trimmed, empty text as null…). The first field in error takes focus.
 * `fieldNames` is the schema's order of fields, the order a server's problems are focused in.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'> = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    shouldFocusError: true,
    ...options,
  });
  return { ...form, fieldNames: fieldNamesOf(schema) as Path<z.input<S>>[] };
}

export type ZodForm<TInput extends FieldValues, TOutput extends FieldValues = TInput> = ReturnType<
  typeof useForm<TInput, unknown, TOutput>
> & { fieldNames: Path<TInput>[] };
