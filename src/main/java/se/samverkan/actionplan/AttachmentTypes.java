package se.samverkan.actionplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;

/**
 * Which files may be attached: PDF, common images and office documents, recognised from their content by Apache
 * Tika's detector. The file name only tells the office formats apart once the content has shown an office container
 * (from bytes alone a .docx is just "OOXML"); a program named report.pdf is still a program.
 */
final class AttachmentTypes {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 5;

    private static final Detector DETECTOR = new DefaultDetector();

    private static final Set<String> ALLOWED = Set.of(
            "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");

    private AttachmentTypes() {
    }

    /** The detected media type, or {@code null} when the content is not of an allowed type. */
    static String allowedType(String fileName, byte[] content) {
        String type = detect(fileName, content);
        return ALLOWED.contains(type) ? type : null;
    }

    static String detect(String fileName, byte[] content) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(content);
                TikaInputStream again = TikaInputStream.get(content)) {
            MediaType type = DETECTOR.detect(in, metadata, new ParseContext());
            String byContent = DETECTOR.detect(again, new Metadata(), new ParseContext()).getBaseType().toString();
            String byBoth = type.getBaseType().toString();
            // the name may refine what the content showed (a zip that is OOXML, an OLE2 office file), never replace it
            return refines(byContent, byBoth) ? byBoth : byContent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean refines(String byContent, String byBoth) {
        return switch (byContent) {
            case "application/x-tika-ooxml", "application/zip" -> byBoth.startsWith("application/vnd.openxmlformats")
                    || byBoth.startsWith("application/vnd.oasis.opendocument");
            case "application/x-tika-msoffice" -> byBoth.equals("application/msword")
                    || byBoth.equals("application/vnd.ms-excel") || byBoth.equals("application/vnd.ms-powerpoint");
            default -> false;
        };
    }

    /** The last part of a path, without control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]", "")
                .strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() ? "bilaga" : name;
    }
}
