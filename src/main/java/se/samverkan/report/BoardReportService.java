package se.samverkan.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementDetails;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.validation.Checks;

/**
 * The follow-up report for a board meeting: one agreement and period, as an accessible PDF (tagged PDF/UA-1 and
 * PDF/A-3a) in the user's language. Anyone who reads the agreement may make it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BoardReportService {

    private final AgreementService agreements;
    private final BoardReportRepository repository;
    private final Clock clock;

    BoardReportService(AgreementService agreements, BoardReportRepository repository, Clock clock) {
        this.agreements = agreements;
        this.repository = repository;
        this.clock = clock;
    }

    /** The period a report covers by default: this year so far. */
    public LocalDate[] defaultPeriod() {
        LocalDate today = LocalDate.now(clock);
        return new LocalDate[] {today.withDayOfYear(1), today};
    }

    /** The report as PDF bytes. */
    public byte[] render(long agreementId, LocalDate from, LocalDate to, ReportTexts texts) {
        return BoardReportPdf.render(data(agreementId, from, to), texts);
    }

    /** A file name such as {@code uppfoljning-KS-2019-656-2026-11-29.pdf}. */
    public String fileName(long agreementId, ReportTexts texts) {
        String diary = agreements.findAgreement(agreementId).map(AgreementDetails::diaryNumber)
                .map(d -> "-" + d.replaceAll("[^A-Za-z0-9]+", "-")).orElse("");
        return texts.get("board.fileName") + diary + "-" + LocalDate.now(clock) + ".pdf";
    }

    BoardReportData data(long agreementId, LocalDate from, LocalDate to) {
        new Checks().require(from != null, "from", "board.error.from").require(to != null, "to", "board.error.to")
                .throwIfAny();
        new Checks().require(!to.isBefore(from), "to", "board.error.period").throwIfAny();
        Optional<AgreementDetails> agreement = agreements.findAgreement(agreementId);
        if (agreement.isEmpty()) {
            throw new AccessDeniedException("error.notAllowed");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isBefore(today) ? to : today;
        return new BoardReportData(agreement.get(), from, to, asOf, repository.areas(agreementId, from, to, asOf),
                repository.late(agreementId, asOf), repository.red(agreementId),
                repository.indicators(agreementId, to));
    }
}
