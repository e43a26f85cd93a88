package se.samverkan.report;

/** The file formats of an export. CSV holds the item list only; Excel adds sheets for indicators and reports. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Semicolons, as Swedish Excel expects. */
    CSV_SEMICOLON("csv", "text/csv; charset=UTF-8"),
    CSV_COMMA("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    char separator() {
        return this == CSV_COMMA ? ',' : ';';
    }
}
