type Payload = Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string; consumed?: number };

/**
 * Storage of the local test provider: one process, lost at restart, which suits a sandbox.
 * (Our own, so oidc-provider does not warn about its quick-start adapter at every start.)
 */
export function createMemoryAdapterClass() {
  const entries = new Map<string, { payload: Payload; expiresAt: number | undefined }>();
  const now = () => Math.floor(Date.now() / 1000);

  return class MemoryAdapter {
    constructor(private readonly model: string) {}

    private key(id: string): string {
      return `${this.model}:${id}`;
    }

    private live(key: string): Payload | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt !== undefined && entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.payload;
    }

    async upsert(id: string, payload: Payload, expiresIn?: number): Promise<void> {
      entries.set(this.key(id), { payload: structuredClone(payload), expiresAt: expiresIn ? now() + expiresIn : undefined });
    }

    async find(id: string): Promise<Payload | undefined> {
      const payload = this.live(this.key(id));
      return payload ? structuredClone(payload) : undefined;
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      for (const key of entries.keys()) {
        if (key.startsWith(`${this.model}:`) && this.live(key)?.uid === uid) return structuredClone(this.live(key));
      }
      return undefined;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      for (const key of entries.keys()) {
        if (key.startsWith(`${this.model}:`) && this.live(key)?.userCode === userCode) return structuredClone(this.live(key));
      }
      return undefined;
    }

    async consume(id: string): Promise<void> {
      const payload = this.live(this.key(id));
      if (payload) payload.consumed = now();
    }

    async destroy(id: string): Promise<void> {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key);
    }
  };
}
