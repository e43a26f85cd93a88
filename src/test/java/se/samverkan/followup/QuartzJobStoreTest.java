package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import se.samverkan.IntegrationTest;

/** Quartz keeps jobs in MariaDB: a trigger saved by one scheduler fires in the next one. */
@IntegrationTest
class QuartzJobStoreTest {

    static final CountDownLatch FIRED = new CountDownLatch(1);

    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            FIRED.countDown();
        }
    }

    @Autowired
    Scheduler applicationScheduler;

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationSchedulerUsesTheClusteredJdbcJobStore() throws Exception {
        assertThat(applicationScheduler.isStarted()).isTrue();
        assertThat(applicationScheduler.getMetaData().getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);
        assertThat(applicationScheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(applicationScheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    @Test
    void aPersistedTriggerSurvivesARestartAndFires() throws Exception {
        JobKey job = JobKey.jobKey("restart-test");

        // scheduler 1 saves a trigger for two seconds from now and stops before it is due
        SchedulerFactoryBean first = schedulerFactory();
        first.afterPropertiesSet();
        Scheduler scheduler = first.getScheduler();
        scheduler.scheduleJob(JobBuilder.newJob(RecordingJob.class).withIdentity(job).build(),
                TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey("restart-test"))
                        .startAt(Date.from(Instant.now().plusSeconds(2))).build());
        first.destroy();
        assertThat(FIRED.getCount()).as("nothing fired before the restart").isEqualTo(1);

        // scheduler 2, a new instance on the same tables, finds the trigger and fires it
        SchedulerFactoryBean second = schedulerFactory();
        second.afterPropertiesSet();
        try {
            assertThat(second.getScheduler().checkExists(job)).isTrue();
            second.start();
            assertThat(FIRED.await(30, TimeUnit.SECONDS)).as("the saved trigger fired after the restart").isTrue();
            // a one-shot trigger is removed once fired, and its non-durable job with it
            awaitRemoved(second.getScheduler(), job);
        } finally {
            second.destroy();
        }
    }

    private static void awaitRemoved(Scheduler scheduler, JobKey job) throws Exception {
        for (int i = 0; i < 100 && scheduler.checkExists(job); i++) {
            Thread.sleep(100);
        }
        assertThat(scheduler.checkExists(job)).isFalse();
    }

    private SchedulerFactoryBean schedulerFactory() {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setDataSource(dataSource);
        // its own scheduler name, so the application's scheduler never picks up the test's job
        factory.setSchedulerName("samverkan-restart-test");
        factory.setAutoStartup(false);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        factory.setQuartzProperties(properties);
        return factory;
    }
}
