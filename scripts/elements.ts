/** Every element folder under src/; each has <name>.ts (the class) and define.ts (registers `innsyn-<name>`). */
export const ELEMENTS = ['meeting-calendar', 'agenda', 'access-request', 'journal-search'] as const;
