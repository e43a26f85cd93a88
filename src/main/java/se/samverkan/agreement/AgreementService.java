package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agreements and their prioritized areas. Every signed-in role may read them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AgreementService {

    private final AgreementRepository agreements;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    public int countAgreements(String filter) {
        return agreements.count(filter);
    }

    public List<AgreementSummary> findAgreements(String filter, int offset, int limit) {
        return agreements.page(filter, offset, limit);
    }

    public Optional<AgreementDetails> findAgreement(long id) {
        return agreements.find(id);
    }

    public List<AreaOverview> findAreas(long agreementId) {
        return agreements.areas(agreementId, LocalDate.now(clock));
    }

    public Optional<AreaDetails> findArea(long areaId) {
        return agreements.area(areaId);
    }
}
