package se.samverkan.base.db;

import java.nio.file.Path;

/** Another running instance of the application uses the data directory of the embedded database. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path dataDir;
    private final String holder;

    DataDirectoryInUseException(Path dataDir, String holder) {
        super("The embedded database's data directory " + dataDir + " is in use by another running instance of "
                + "Samverkan" + (holder.isEmpty() ? "" : " (process " + holder + ")"));
        this.dataDir = dataDir;
        this.holder = holder;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String holder() {
        return holder;
    }
}
