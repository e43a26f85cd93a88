package se.samverkan.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ATTACHMENT;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PROGRESS_REPORT;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;

/** Progress reports move their item along; attachments are checked by content and kept from those who may not read. */
@IntegrationTest
@Transactional
@WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
class ProgressReportServiceTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde };
    /** The start of a Windows program: "MZ" and the PE header offset. */
    static final byte[] EXE = Arrays.copyOf(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0,
            (byte) 0xff, (byte) 0xff }, 128);

    @Autowired
    ProgressReportService reports;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    DSLContext dsl;

    private long ownItem() {
        return dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).join(ORGANISATION)
                .on(ORGANISATION.ID.eq(ACTION_ITEM.LEAD_ORGANISATION_ID))
                .where(ORGANISATION.NAME.eq("Enskede-Årsta-Vantörs stadsdelsförvaltning"))
                .and(ACTION_ITEM.STATUS.eq("ONGOING")).orderBy(ACTION_ITEM.ID).limit(1).fetchSingle().value1();
    }

    private ProgressReportDraft draft(long itemId, String summary) {
        ProgressReportDraft draft = reports.newDraft(itemId);
        draft.setSummary(summary);
        return draft;
    }

    @Test
    void aReportMovesItsItemAndIsAuditedWithItsAttachments() {
        long id = ownItem();
        ProgressReportDraft draft = draft(id, "Vandringen i Hagsätra är gjord.");
        draft.setProgress(80);
        draft.setTrafficLight(TrafficLight.RED);
        long reportId = reports.addReport(id, draft, List.of(new UploadedFile("../../protokoll.pdf", PDF),
                new UploadedFile("bild.pdf", PNG)));

        ActionItemDetails item = actionPlans.findItem(id).orElseThrow();
        assertThat(item.progress()).isEqualTo(80);
        assertThat(item.trafficLight()).isEqualTo(TrafficLight.RED);
        assertThat(item.trafficLightComment()).isEqualTo("Vandringen i Hagsätra är gjord.");
        ProgressReportSummary report = item.reports().getFirst();
        assertThat(report.id()).isEqualTo(reportId);
        // the path is dropped from the name; a picture named .pdf is stored as the picture it is
        assertThat(report.attachments()).extracting(AttachmentRef::fileName, AttachmentRef::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("protokoll.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("bild.pdf", "image/png"));
        AttachmentContent content = reports.openAttachment(report.attachments().getFirst().id()).orElseThrow();
        assertThat(content.content()).isEqualTo(PDF);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION_ITEM_ID.eq(id).and(AUDIT_EVENT.ACTION.eq("REPORT"))))
                .isOne();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION_ITEM_ID.eq(id)
                .and(AUDIT_EVENT.ACTION.eq("ATTACHMENT")))).isEqualTo(2);
    }

    @Test
    void aProgramIsRefusedWhateverItsNameAndNothingOfTheReportIsStored() {
        long id = ownItem();
        int reportsBefore = dsl.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.ACTION_ITEM_ID.eq(id));
        int progressBefore = dsl.fetchValue(ACTION_ITEM.PROGRESS, ACTION_ITEM.ID.eq(id));
        ProgressReportDraft draft = draft(id, "Med en bilaga som inte är ett dokument.");
        draft.setProgress(progressBefore == 100 ? 99 : progressBefore + 1);
        assertThatThrownBy(() -> reports.addReport(id, draft, List.of(new UploadedFile("rapport.pdf", EXE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("attachments", "attachment.error.type")));
        assertThat(dsl.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.ACTION_ITEM_ID.eq(id))).isEqualTo(reportsBefore);
        assertThat(dsl.fetchValue(ACTION_ITEM.PROGRESS, ACTION_ITEM.ID.eq(id))).isEqualTo(progressBefore);
        assertThat(dsl.fetchCount(ATTACHMENT, ATTACHMENT.ACTION_ITEM_ID.eq(id))).isZero();
    }

    @Test
    void sizeCountEmptinessAndTheDateAreChecked() {
        long id = ownItem();
        byte[] large = Arrays.copyOf(PDF, AttachmentTypes.MAX_BYTES + 1);
        assertRefused(id, draft(id, "Stor fil"), List.of(new UploadedFile("stor.pdf", large)), "attachments",
                "attachment.error.tooLarge");
        assertRefused(id, draft(id, "Tom fil"), List.of(new UploadedFile("tom.pdf", new byte[0])), "attachments",
                "attachment.error.empty");
        assertRefused(id, draft(id, "Många filer"), java.util.Collections.nCopies(6, new UploadedFile("a.pdf", PDF)),
                "attachments", "attachment.error.tooMany");
        ProgressReportDraft future = draft(id, "Framtiden");
        future.setReportedOn(future.getReportedOn().plusDays(1));
        assertRefused(id, future, List.of(), "reportedOn", "progressReport.error.future");
        assertRefused(id, draft(id, "  "), List.of(), "summary", "jakarta.validation.constraints.NotBlank.message");
        assertRefused(id, draft(id, "Mötte 121212-1212 i centrum"), List.of(), "summary",
                "validation.personalIdentityNumber");
    }

    @Test
    void aFileNameWithAPersonalIdentityNumberIsRefusedAndNothingIsStored() {
        long id = ownItem();
        assertRefused(id, draft(id, "Anmälan bifogad"), List.of(new UploadedFile("Anmälan 121212-1212.pdf", PDF)),
                "attachments", "attachment.error.personalData");
        assertThat(dsl.fetchCount(ATTACHMENT, ATTACHMENT.ACTION_ITEM_ID.eq(id)
                .and(ATTACHMENT.FILE_NAME.contains("121212")))).isZero();
        // a diary number or a date in a file name is no personal identity number
        reports.addReport(id, draft(id, "Protokoll bifogat"),
                List.of(new UploadedFile("Protokoll 2026-11-29.pdf", PDF)));
    }

    private void assertRefused(long id, ProgressReportDraft draft, List<UploadedFile> files, String field, String key) {
        assertThatThrownBy(() -> reports.addReport(id, draft, files)).as(key)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, key)));
    }

    @Test
    void aReportOnAnItemChangedMeanwhileIsRefused() {
        long id = ownItem();
        ProgressReportDraft stale = draft(id, "Skriven före ändringen");
        // someone else's save moves the version on
        dsl.update(ACTION_ITEM).set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1)).where(ACTION_ITEM.ID.eq(id))
                .execute();
        assertThatThrownBy(() -> reports.addReport(id, stale, List.of())).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void aViewerCannotReport() {
        long id = ownItem();
        assertThatThrownBy(() -> reports.newDraft(id)).isInstanceOf(AccessDeniedException.class);
    }
}
