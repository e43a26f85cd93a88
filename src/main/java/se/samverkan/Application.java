package se.samverkan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import se.samverkan.base.db.BackupCommand;

@SpringBootApplication
public class Application {

    /** Starts the application; {@code backup FILE} and {@code restore FILE} run those commands instead. */
    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
