package se.samverkan.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start on a data directory that a live instance uses ends with one line saying so, not a stack trace (registered in
 * {@code META-INF/spring.factories}).
 */
public class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Stop that instance first, or give this one its own samverkan.db.embedded.data-dir.", cause);
    }
}
