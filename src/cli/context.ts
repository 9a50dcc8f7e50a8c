import { loadConfig, type Config } from '../platform/config/config.ts';
import { bufferedStdout, createLogger, type Logger } from '../platform/logger.ts';

export interface CliContext {
  config: Config;
  logger: Logger;
  print: (line: string) => void;
}

export function createCliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  const config = loadConfig(env);
  return { config, logger: createLogger(config.LOG_LEVEL, bufferedStdout()), print: (line) => process.stdout.write(`${line}\n`) };
}
