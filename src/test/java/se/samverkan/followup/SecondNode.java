package se.samverkan.followup;

import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.Scheduler;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Another application node for tests: a second Quartz scheduler on the same database, in the same cluster as the
 * application's ("samverkan", clustered JDBC store), whose jobs use the application's beans. Also what a restarted
 * application looks like to the job store.
 */
final class SecondNode implements AutoCloseable {

    private final SchedulerFactoryBean factory = new SchedulerFactoryBean();

    /** A node of the application scheduler's cluster (same name, same job store). */
    SecondNode(ApplicationContext context, DataSource dataSource, PlatformTransactionManager transactions,
            Scheduler application) throws Exception {
        SpringBeanJobFactory jobs = new SpringBeanJobFactory();
        jobs.setApplicationContext(context);
        factory.setJobFactory(jobs);
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactions);
        factory.setSchedulerName(application.getSchedulerName());
        factory.setAutoStartup(false);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        factory.setQuartzProperties(properties);
        factory.afterPropertiesSet();
    }

    Scheduler scheduler() {
        return factory.getScheduler();
    }

    void start() throws Exception {
        factory.getScheduler().start();
    }

    @Override
    public void close() throws Exception {
        factory.destroy();
    }
}
