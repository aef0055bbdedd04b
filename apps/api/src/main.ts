import { ConfigError, loadConfig } from '@kring/server-config';
import { createApp, jsonLogger } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen({ port: config.app.port, host: config.app.host });
  jsonLogger(config).log({ msg: 'api listening', url: config.app.publicUrl, port: config.app.port });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
