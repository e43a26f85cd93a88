package se.samverkan.followup;

import java.time.LocalDate;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/** Fired by a follow-up's reminder trigger: queues that moment's reminders, if they are still relevant. */
public class QueueFollowUpRemindersJob implements Job {

    private final ReminderJobs jobs;

    QueueFollowUpRemindersJob(ReminderJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        jobs.queueMoment(data.getLong(ReminderTriggers.FOLLOW_UP_ID), new ReminderMoment(
                ReminderKind.valueOf(data.getString(ReminderTriggers.KIND)),
                LocalDate.parse(data.getString(ReminderTriggers.DUE_ON))));
    }
}
