export const migrations: Array<{ name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }> = [];
