/** True when dist/ under `root` (ending in a slash) holds a build at least as new as every source. */
export function builtAfterSources(root: string): boolean;
