#!/usr/bin/env node
// The `briefing` command. Exit status (../shared/CONTRACT.md): 0 success, 1 the work failed, 2 usage error.
import { Command, CommanderError } from "commander";
import { registerBuildCommand } from "./commands/build.ts";
import { registerScheduleCommand } from "./commands/schedule.ts";
import { registerSendCommand } from "./commands/send.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { registerStartCommand } from "./commands/start.ts";
import { registerSubscribersCommand } from "./commands/subscribers.ts";
import { UsageError } from "./errors.ts";

export function createProgram(): Command {
  const program = new Command("briefing")
    .description("Turns a day's news articles into a daily briefing email and sends it to subscribers.")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerBuildCommand(program);
  registerSendCommand(program);
  registerScheduleCommand(program);
  registerSubscribersCommand(program);
  registerStartCommand(program);
  registerServeCommand(program);
  configureRecursively(program);
  return program;
}

/** Nested commands report usage errors the same way as the program. */
function configureRecursively(command: Command): void {
  for (const sub of command.commands) {
    sub.exitOverride().showHelpAfterError("(run with --help for usage)");
    configureRecursively(sub);
  }
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already; help and version are successes.
      if (error.exitCode === 0) return 0;
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`briefing: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`briefing: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.BRIEFING_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
