package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.pdf.PdfChecks;
import se.samverkan.base.validation.ValidationException;

/**
 * The board report as a PDF: veraPDF's PDF/UA-1 and PDF/A-3a profiles pass, and the text read back holds the cover,
 * every area and every late item, in Swedish and English.
 */
@IntegrationTest
@Transactional
@WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
class BoardReportServiceTest {

    @Autowired
    BoardReportService reports;

    @Autowired
    AgreementService agreements;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    /** The readable agreement with the most late items in the demo. */
    private long agreementWithLateItems() {
        LocalDate today = LocalDate.now(clock);
        return dsl.select(ACTION_ITEM.AGREEMENT_ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.STATUS.in("PLANNED", "ONGOING", "POSTPONED")).and(ACTION_ITEM.DUE_DATE.lt(today))
                .and(ACTION_ITEM.AGREEMENT_ID.in(agreements.readScope().agreementIds()))
                .groupBy(ACTION_ITEM.AGREEMENT_ID).orderBy(DSL.count().desc()).limit(1).fetchSingle().value1();
    }

    private List<String> lateTitles(long agreementId) {
        return dsl.select(ACTION_ITEM.TITLE).from(ACTION_ITEM).where(ACTION_ITEM.AGREEMENT_ID.eq(agreementId))
                .and(ACTION_ITEM.STATUS.in("PLANNED", "ONGOING", "POSTPONED"))
                .and(ACTION_ITEM.DUE_DATE.lt(LocalDate.now(clock))).fetch(ACTION_ITEM.TITLE);
    }

    @Test
    void theSwedishReportIsTaggedPdfUaAndPdfAAndItsTextHoldsTheAreasAndTheLateItems() {
        long id = agreementWithLateItems();
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = reports.render(id, today.withDayOfYear(1), today, ReportTestSupport.SV);

        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecks.pdfA3aFailures(pdf)).isEmpty();
        String text = PdfChecks.text(pdf);
        String diary = dsl.fetchValue(AGREEMENT.DIARY_NUMBER, AGREEMENT.ID.eq(id));
        if (diary != null) {
            assertThat(text).contains("Diarienummer: " + diary);
        }
        assertThat(text).contains("Uppföljningsrapport", "Period: " + today.withDayOfYear(1) + " – " + today,
                "Sammanfattning per samverkansområde", "Försenade åtgärder", "Indikatorer mot mål");
        List<String> areas = dsl.select(PRIORITY_AREA.TITLE).from(PRIORITY_AREA)
                .where(PRIORITY_AREA.AGREEMENT_ID.eq(id)).fetch(PRIORITY_AREA.TITLE);
        assertThat(areas).isNotEmpty();
        for (String area : areas) {
            assertThat(text).contains(area);
        }
        List<String> late = lateTitles(id);
        assertThat(late).isNotEmpty();
        for (String title : late) {
            assertThat(text).contains(title);
        }
        assertThat(PdfChecks.titleAndLanguage(pdf)[1]).isEqualTo("sv");
    }

    @Test
    void theEnglishReportSpeaksEnglish() {
        long id = agreementWithLateItems();
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = reports.render(id, today.minusMonths(6), today, ReportTestSupport.EN);

        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Follow-up report", "Late action items", "Indicators against targets")
                .doesNotContain("Försenade åtgärder");
        assertThat(PdfChecks.titleAndLanguage(pdf)[1]).isEqualTo("en");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        long id = agreementWithLateItems();
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> reports.render(id, today, today.minusDays(1), ReportTestSupport.SV))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("board.error.period"));
    }

    @Test
    @WithUserDetails(value = "polis", userDetailsServiceBeanName = "accountService")
    void anAgreementTheUserDoesNotReadIsRefused() {
        long unreadable = ReportTestSupport.unreadableAgreement(dsl);
        assertThat(agreements.canRead(unreadable)).isFalse();
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> reports.render(unreadable, today.minusMonths(1), today, ReportTestSupport.SV))
                .isInstanceOf(AccessDeniedException.class);
    }
}
