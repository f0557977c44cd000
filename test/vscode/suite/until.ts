// Polls `probe` every 50 ms until it gives a truthy value (returned) or `timeoutMs` passes (rejects,
// naming `what`). A probe that throws counts as "not yet". Shared by the in-host suites.

export function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      let v: T | undefined | false;
      try {
        v = await probe();
      } catch {
        v = undefined;
      }
      if (v) return resolve(v);
      if (Date.now() - t0 > timeoutMs) return reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(tick, 50);
    };
    void tick();
  });
}
