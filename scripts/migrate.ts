import { migrate } from '@kring/server-database';
import { localDatabase } from './local-database';

/** npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database). */
async function main(): Promise<void> {
  const { url, embedded } = await localDatabase(console.log);
  try {
    const ran = await migrate(url, console.log);
    console.log(ran.length ? `applied ${ran.length} migration(s)` : 'database is up to date');
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
