import type { CliCommand } from '../command';
import { gazetteerImportCommand } from './gazetteer-import';
import { migrateCommand } from './migrate';
import { seedDemoCommand } from './seed-demo';
import { tokenIssueCommand } from './token-issue';
import { tokenListCommand } from './token-list';
import { tokenRevokeCommand } from './token-revoke';
import { jobEscalateCommand } from './job-escalate';
import { jobSummaryCommand } from './job-summary';
import { bindCodeCommand } from './bind-code';
import { chatSweepCommand } from './chat-sweep';
import { calendarShowCommand } from './calendar-show';
import { calendarImportCommand } from './calendar-import';
import { calendarRecomputeCommand } from './calendar-recompute';
import { outboxCommands } from '../../outbox/cli';
import { mpPruneUploadsCommand } from '../../channels/mp/cli';
import { classifyExportCorrectionsCommand } from './classify-export-corrections';
import { orgImportCommand, orgTemplateCommand } from './org-import';
import { dbBackupCommand } from './db-backup';
import { staffPasswordCommand } from './staff-password';

export type { CliCommand, CliIo } from '../command';

/** The command registry: add a command by writing src/cli/commands/<name>.ts and appending it here. */
export const commands: CliCommand[] = [
  migrateCommand,
  seedDemoCommand,
  gazetteerImportCommand,
  tokenIssueCommand,
  tokenListCommand,
  tokenRevokeCommand,
  staffPasswordCommand,
  ...outboxCommands,
  mpPruneUploadsCommand,
  jobEscalateCommand,
  jobSummaryCommand,
  bindCodeCommand,
  chatSweepCommand,
  calendarShowCommand,
  calendarImportCommand,
  calendarRecomputeCommand,
  classifyExportCorrectionsCommand,
  orgImportCommand,
  orgTemplateCommand,
  dbBackupCommand,
];

export function findCommand(name: string): CliCommand | undefined {
  return commands.find((c) => c.name === name);
}
