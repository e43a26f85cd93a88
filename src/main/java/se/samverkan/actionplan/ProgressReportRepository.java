package se.samverkan.actionplan;

import static se.samverkan.db.Tables.ATTACHMENT;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PROGRESS_REPORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ProgressReportRepository {

    private final DSLContext dsl;

    ProgressReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An item's reports, newest first, each with its attachments (names and sizes, not contents). */
    List<ProgressReportSummary> ofItem(long itemId) {
        Map<Long, List<AttachmentRef>> attachments = new LinkedHashMap<>();
        dsl.select(ATTACHMENT.PROGRESS_REPORT_ID, ATTACHMENT.ID, ATTACHMENT.FILE_NAME, ATTACHMENT.MEDIA_TYPE,
                        ATTACHMENT.SIZE_BYTES)
                .from(ATTACHMENT).where(ATTACHMENT.ACTION_ITEM_ID.eq(itemId)).orderBy(ATTACHMENT.ID)
                .forEach(r -> attachments.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new AttachmentRef(r.value2(), r.value3(), r.value4(), r.value5())));
        return dsl.select(PROGRESS_REPORT.ID, PROGRESS_REPORT.REPORTED_ON, PERSON.DISPLAY_NAME,
                        PROGRESS_REPORT.STATUS, PROGRESS_REPORT.PROGRESS, PROGRESS_REPORT.TRAFFIC_LIGHT,
                        PROGRESS_REPORT.SUMMARY)
                .from(PROGRESS_REPORT).join(PERSON).on(PERSON.ID.eq(PROGRESS_REPORT.AUTHOR_ID))
                .where(PROGRESS_REPORT.ACTION_ITEM_ID.eq(itemId))
                .orderBy(PROGRESS_REPORT.REPORTED_ON.desc(), PROGRESS_REPORT.ID.desc())
                .fetch(r -> new ProgressReportSummary(r.value1(), r.value2(), r.value3(),
                        ActionItemStatus.valueOf(r.value4()), r.value5(),
                        r.value6() == null ? null : TrafficLight.valueOf(r.value6()), r.value7(),
                        List.copyOf(attachments.getOrDefault(r.value1(), List.of()))));
    }

    long insert(long itemId, LocalDate reportedOn, long authorId, ActionItemStatus status, int progress,
            TrafficLight light, String summary) {
        return dsl.insertInto(PROGRESS_REPORT)
                .set(PROGRESS_REPORT.ACTION_ITEM_ID, itemId)
                .set(PROGRESS_REPORT.REPORTED_ON, reportedOn)
                .set(PROGRESS_REPORT.AUTHOR_ID, authorId)
                .set(PROGRESS_REPORT.STATUS, status.name())
                .set(PROGRESS_REPORT.PROGRESS, progress)
                .set(PROGRESS_REPORT.TRAFFIC_LIGHT, light.name())
                .set(PROGRESS_REPORT.SUMMARY, summary)
                .returningResult(PROGRESS_REPORT.ID).fetchSingle().value1();
    }

    long insertAttachment(long itemId, long reportId, String fileName, String mediaType, byte[] content,
            String sha256, long uploadedBy) {
        return dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.ACTION_ITEM_ID, itemId)
                .set(ATTACHMENT.PROGRESS_REPORT_ID, reportId)
                .set(ATTACHMENT.FILE_NAME, fileName)
                .set(ATTACHMENT.MEDIA_TYPE, mediaType)
                .set(ATTACHMENT.SIZE_BYTES, content.length)
                .set(ATTACHMENT.SHA256, sha256)
                .set(ATTACHMENT.CONTENT, content)
                .set(ATTACHMENT.UPLOADED_BY, uploadedBy)
                .returningResult(ATTACHMENT.ID).fetchSingle().value1();
    }

    Optional<Long> itemOfAttachment(long attachmentId) {
        return dsl.select(ATTACHMENT.ACTION_ITEM_ID).from(ATTACHMENT).where(ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(r -> r.value1());
    }

    Optional<AttachmentContent> attachment(long attachmentId) {
        return dsl.select(ATTACHMENT.FILE_NAME, ATTACHMENT.MEDIA_TYPE, ATTACHMENT.CONTENT).from(ATTACHMENT)
                .where(ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(r -> new AttachmentContent(r.value1(), r.value2(), r.value3()));
    }
}
