// One place that plugs feature modules into the app and the process. Each feature adds its line.
import { registerMount } from './http/app';
import { registerService } from './services';
import { open311Mount } from './http/open311/routes';
import { intakeRoutes } from './http/intake/routes';
import { outboxRoutes } from './http/outbox/routes';
import { startOutbox } from './outbox/service';
import { mpMount } from './http/mp/routes';
import { registerSender } from './outbox/dispatcher';
import { mpSubscribeSender } from './channels/mp/sender';
import { leadersMount } from './http/leaders/routes';
import { summariesMount } from './http/summaries/routes';
import { startJobs } from './jobs/scheduler';
import { chatMount } from './http/chat/routes';
import { startChatSweeper, startInProcessBot } from './channels/chat/service';
import { calendarMount } from './http/admin/calendar';
import { orgMount } from './http/admin/org';
import { startCalendarRefresh } from './clocks/calendar-service';
import { sessionMount } from './http/session/routes';
import { ledgerMount } from './http/ledger/routes';
import { dashboardMount } from './http/dashboard/routes';

export function wireFeatures(): void {
  void registerMount;
  void registerService;
  registerMount(open311Mount);
  registerMount(intakeRoutes);
  registerMount(outboxRoutes);
  registerService((ds, config) => startOutbox(ds, config));
  registerMount(mpMount);
  registerSender(mpSubscribeSender());
  registerMount(leadersMount);
  registerMount(summariesMount);
  registerService(startJobs);
  registerMount(chatMount);
  registerService(startChatSweeper);
  registerService(startInProcessBot);
  registerMount(calendarMount);
  registerMount(orgMount);
  registerService(startCalendarRefresh);
  registerMount(sessionMount);
  registerMount(ledgerMount);
  registerMount(dashboardMount);
}
