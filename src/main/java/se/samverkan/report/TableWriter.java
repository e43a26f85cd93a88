package se.samverkan.report;

import java.io.IOException;
import java.util.List;

/** Writes tables, one per sheet; cell values are String, Number, Boolean, LocalDate or null. */
interface TableWriter extends AutoCloseable {

    /** Starts a sheet with its header row; false when the format holds one table only and this is not the first. */
    boolean sheet(String name, List<String> header) throws IOException;

    void row(List<Object> cells) throws IOException;

    @Override
    void close() throws IOException;
}
