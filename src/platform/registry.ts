export interface Registered {
  id: string;
  /** Sandbox implementations are for development and tests only. */
  sandbox?: boolean;
}

export interface Registry<T extends Registered> {
  register(item: T): void;
  get(id: string): T | undefined;
  require(id: string): T;
  list(): T[];
  sandboxes(): T[];
}

/** A list of plugins or handlers keyed by id; registering the same id twice is a programming error. */
export function createRegistry<T extends Registered>(kind: string): Registry<T> {
  const items = new Map<string, T>();
  return {
    register(item) {
      if (items.has(item.id)) throw new Error(`${kind} "${item.id}" is already registered`);
      items.set(item.id, item);
    },
    get: (id) => items.get(id),
    require(id) {
      const item = items.get(id);
      if (!item) throw new Error(`unknown ${kind} "${id}"`);
      return item;
    },
    list: () => [...items.values()],
    sandboxes: () => [...items.values()].filter((item) => item.sandbox === true),
  };
}
