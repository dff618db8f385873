// The chair's action tracker, read from the words of minutes alone: kinds, owners, due dates and
// follow-up matching. Pure functions, so the store, the import and the tests share one reading.
export * from './kinds';
export * from './due-date';
export * from './owner';
export * from './follow-up';
