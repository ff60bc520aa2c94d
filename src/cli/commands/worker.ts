import type { WORKER } from './index.ts';
import { queueConnection, startQueueWorker } from '../../index.ts';
import { intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';

export async function run({ options }: Parsed<typeof WORKER>, io: Io): Promise<number> {
  if (typeof options.queue !== 'string') {
    io.stderr('relata: worker: name the queue with --queue redis://host:port\n');
    return EXIT.usage;
  }
  queueConnection(options.queue); // a bad address is a usage error before anything connects
  const concurrency = Math.max(1, intOption(options.jobs, 'jobs', 1));
  const worker = await startQueueWorker(options.queue, {
    concurrency,
    onJob: ({ kind, doc, reason }) => {
      if (kind === 'failed') io.stderr(`relata: "${doc}" failed: ${reason}\n`);
      else if (!options.quiet) io.stderr(`relata: ${kind === 'started' ? 'extracting' : 'extracted'} "${doc}"\n`);
    },
  });
  io.stderr(`relata: working on ${options.queue}, ${concurrency} at a time  (Ctrl-C to stop)\n`);
  await Promise.race([io.interrupted(), worker.closed]);
  io.stderr('relata: finishing the documents under way…\n');
  await worker.close();
  io.stderr('relata: stopped\n');
  return EXIT.ok;
}
