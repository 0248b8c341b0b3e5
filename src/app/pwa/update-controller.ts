/**
 * The steps of an app update, written against the parts of the service-worker API they use so
 * they run on a fake container in tests. A new version waits (`waiting`) until the user accepts
 * it; then it is told to skip waiting and the page reloads once it controls the page. When that
 * does not happen within `activationTimeoutMs` the phase turns `stuck`, so the screen can say so
 * and offer what works, instead of a button that seems to do nothing (issue #17).
 */

export interface WorkerLike extends EventTarget {
  readonly state: ServiceWorkerState;
  postMessage(message: unknown): void;
}

export interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly active: WorkerLike | null;
  update(): Promise<unknown>;
}

export interface ContainerLike extends EventTarget {
  readonly controller: WorkerLike | null;
  register(url: string, options?: RegistrationOptions): Promise<RegistrationLike>;
}

/**
 * `idle`: nothing new. `waiting`: a new version is installed and may be applied. `activating`: the
 * user accepted it. `stuck`: it did not take over in time. `took-over`: a new version controls this
 * page (accepted in another tab) while the old code still runs: a reload brings it.
 */
export type UpdatePhase = 'idle' | 'waiting' | 'activating' | 'stuck' | 'took-over';

export interface UpdateEnv {
  container: ContainerLike;
  scriptUrl: string;
  reload(): void;
  /** Runs `fn` after `ms`; returns the cancel function. */
  after(ms: number, fn: () => void): () => void;
  activationTimeoutMs: number;
  /** Survives the reload the `stuck` screen offers, so the accepted update is applied at once after it. */
  remember: { get(): boolean; set(accepted: boolean): void };
}

export interface UpdateController {
  start(): Promise<void>;
  /** Ask the server for a newer worker; registers first if the start failed. */
  check(): Promise<void>;
  apply(): void;
}

// After `activated`, controllerchange normally follows at once; this covers a page no worker controls.
const RELOAD_AFTER_ACTIVATED_MS = 1_000;

export function createUpdateController(
  env: UpdateEnv,
  reportPhase: (phase: UpdatePhase) => void,
): UpdateController {
  let registration: RegistrationLike | null = null;
  let phase: UpdatePhase = 'idle';
  let accepted = false;
  let reloading = false;
  let cancelTimeout: (() => void) | null = null;
  // Whether an older version controlled this page at load: a first install is not an update.
  let hadController = env.container.controller !== null;

  const setPhase = (next: UpdatePhase) => {
    phase = next;
    reportPhase(next);
  };
  const reload = () => {
    if (reloading) return;
    reloading = true;
    cancelTimeout?.();
    env.reload();
  };

  const waitingFound = () => {
    // A first install passes through `installed` with no worker before it: that is not an update,
    // and applying it would reload a tablet that just loaded.
    if (phase !== 'idle' || !registration?.active) return;
    if (env.remember.get()) apply();
    else setPhase('waiting');
  };

  const watch = (worker: WorkerLike) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registration?.waiting === worker) waitingFound();
    });
  };

  const onControllerChange = () => {
    if (accepted) reload();
    else if (hadController && phase !== 'took-over') setPhase('took-over');
    hadController = true;
  };

  const attach = (reg: RegistrationLike) => {
    registration = reg;
    reg.addEventListener('updatefound', () => {
      if (reg.installing) watch(reg.installing);
    });
    if (reg.installing) watch(reg.installing);
    if (reg.waiting) waitingFound();
    // The accepted version runs now: a later one waits for the user again.
    else env.remember.set(false);
  };

  const register = async () => {
    try {
      attach(await env.container.register(env.scriptUrl, { scope: '/' }));
    } catch {
      // Offline with no worker yet (or the script unreachable): `check` registers again later.
    }
  };

  function apply(): void {
    if (phase === 'took-over') return reload();
    const worker = registration?.waiting;
    // Nothing waits any more: the new version already runs the origin, a reload brings it here.
    if (!worker) return reload();
    accepted = true;
    env.remember.set(true);
    setPhase('activating');
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') env.after(RELOAD_AFTER_ACTIVATED_MS, reload);
    });
    cancelTimeout?.();
    cancelTimeout = env.after(env.activationTimeoutMs, () => {
      if (!reloading) setPhase('stuck');
    });
    worker.postMessage({ type: 'SKIP_WAITING' });
  }

  return {
    async start() {
      env.container.addEventListener('controllerchange', onControllerChange);
      await register();
    },
    async check() {
      if (registration === null) return register();
      try {
        await registration.update();
      } catch {
        // Offline or the server is away: the next trigger checks again.
      }
      if (registration.waiting) waitingFound();
    },
    apply,
  };
}
