package se.samverkan.followup;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder jobs in the clustered Quartz store: the job that follow-ups' triggers fire, and the dispatcher with
 * its regular trigger. Spring Boot registers them at start (kept, not replaced, when they exist).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ReminderProperties.class, FollowUpProperties.class })
class ReminderJobConfiguration {

    @Bean
    JobDetail queueFollowUpRemindersJob() {
        return JobBuilder.newJob(QueueFollowUpRemindersJob.class).withIdentity(ReminderTriggers.QUEUE_JOB)
                .withDescription("Queues the reminders of one follow-up moment").storeDurably().build();
    }

    @Bean
    JobDetail sendDueRemindersJob() {
        return JobBuilder.newJob(SendDueRemindersJob.class).withIdentity(ReminderTriggers.SEND_JOB)
                .withDescription("Composes and sends reminder mails").storeDurably().build();
    }

    @Bean
    Trigger sendDueRemindersTrigger(ReminderProperties properties) {
        return TriggerBuilder.newTrigger().withIdentity("send-due-reminders-regularly", "reminders")
                .forJob(ReminderTriggers.SEND_JOB)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.dispatchInterval().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
