package se.samverkan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at every start in demo mode that this instance has well-known passwords, and where it listens. */
@Component
@Conditional(DemoModeCondition.class)
class DemoModeWarning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoModeWarning.class);

    private final Environment environment;

    DemoModeWarning(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn("Demo mode: this instance has accounts with well-known passwords (see the README). Never use it for "
                + "real data. It listens on {} only.", environment.getProperty("server.address", "every address"));
    }
}
