export default async function globalTeardown(): Promise<void> {
  await globalThis.__KRING_TEST_PG__?.stop();
}
