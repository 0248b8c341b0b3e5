import pg from 'pg';

/**
 * Tells connected tablets of a store that something changed. One server process uses the
 * in-memory bus; several instances on one PostgreSQL pass pokes through LISTEN/NOTIFY, so a
 * change pushed to one instance reaches tablets connected to another.
 */
export interface PokeBus {
  publish(storeId: string): void;
  subscribe(storeId: string, onPoke: () => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'floorbook_poke';

function listeners() {
  const byStore = new Map<string, Set<() => void>>();
  return {
    add(storeId: string, fn: () => void) {
      let set = byStore.get(storeId);
      if (!set) byStore.set(storeId, (set = new Set()));
      set.add(fn);
      return () => {
        set.delete(fn);
        if (set.size === 0) byStore.delete(storeId);
      };
    },
    fire(storeId: string) {
      for (const fn of byStore.get(storeId) ?? []) fn();
    },
  };
}

export function memoryPokeBus(): PokeBus {
  const l = listeners();
  return {
    publish: (storeId) => l.fire(storeId),
    subscribe: (storeId, fn) => l.add(storeId, fn),
    close: () => Promise.resolve(),
  };
}

/**
 * Pokes over PostgreSQL. The listening connection reconnects after a drop; pokes missed
 * meanwhile are covered by the tablets' periodic pull.
 */
export function postgresPokeBus(url: string, onError: (err: Error) => void = () => undefined): PokeBus {
  const l = listeners();
  let closed = false;
  let client: pg.Client | null = null;
  const publisher = new pg.Pool({ connectionString: url, max: 1 });
  publisher.on('error', onError);

  async function connect(): Promise<void> {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (msg.channel === CHANNEL && msg.payload) l.fire(msg.payload);
    });
    c.on('error', (err) => {
      onError(err);
      client = null;
      void c.end().catch(() => undefined);
      setTimeout(() => void connect().catch(onError), 1_000);
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  }
  const ready = connect().catch((err: unknown) => {
    onError(err instanceof Error ? err : new Error(String(err)));
  });

  return {
    publish(storeId) {
      void publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, storeId]).catch(onError);
    },
    subscribe: (storeId, fn) => l.add(storeId, fn),
    async close() {
      closed = true;
      await ready;
      await client?.end().catch(() => undefined);
      await publisher.end();
    },
  };
}
