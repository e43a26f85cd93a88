package se.samverkan.followup;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The dispatcher: composes the mails of queued reminders and sends pending mails. Runs every minute (and at once
 * when an administrator asks), on one node of the cluster at a time.
 */
@DisallowConcurrentExecution
public class SendDueRemindersJob implements Job {

    private final ReminderJobs jobs;

    SendDueRemindersJob(ReminderJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        jobs.sendDue();
    }
}
