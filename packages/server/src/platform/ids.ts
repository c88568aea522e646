import { v7 } from 'uuid';

/** Record ids are UUIDv7: sortable by creation, not guessable, never a count of anything. */
export const newId = (): string => v7();
