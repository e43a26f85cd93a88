package se.samverkan.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.ValidationException;

/**
 * Which areas of the city-wide agreement the areas of a local agreement (or citizen promise) contribute to: the link
 * behind the dashboard's coverage of district boards × city-wide areas. Everyone who reads the local agreement reads
 * the links; those who manage it (administrators, and managers who read it) set them. Each change is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AreaLinkService {

    static final String ENTITY = "PRIORITY_AREA";

    private final AreaLinkRepository links;
    private final AgreementRepository agreements;
    private final AgreementService agreementService;
    private final AuditService audit;

    AreaLinkService(AreaLinkRepository links, AgreementRepository agreements, AgreementService agreementService,
            AuditService audit) {
        this.links = links;
        this.agreements = agreements;
        this.agreementService = agreementService;
        this.audit = audit;
    }

    /** The links of the agreement's areas; empty when the user does not read it or it is city-wide. */
    public Optional<AreaLinks> findLinks(long agreementId) {
        if (!agreementService.canRead(agreementId)) {
            return Optional.empty();
        }
        Optional<AgreementRef> cityWide = links.cityWideAbove(agreementId);
        if (cityWide.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AreaLinks(agreementId, cityWide.get(), links.areas(cityWide.get().id()),
                links.linkedAreas(agreementId), agreementService.canManage(agreementId)));
    }

    /**
     * Sets the city-wide areas the area contributes to (replacing the ones it had), under the area's version.
     *
     * @throws ValidationException      when an area named is not one of the city-wide agreement above
     * @throws ConcurrentChangeException when the area changed since it was read
     */
    @Transactional
    public void setLinks(long areaId, int version, Set<Long> cityAreaIds) {
        long agreementId = agreements.agreementOfArea(areaId)
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        if (!agreementService.canManage(agreementId)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        AgreementRef cityWide = links.cityWideAbove(agreementId)
                .orElseThrow(() -> ValidationException.of("cityAreas", "areaLink.error.noCityWide"));
        Map<Long, AreaOverview> allowed = links.areas(cityWide.id()).stream()
                .collect(Collectors.toMap(AreaOverview::id, Function.identity()));
        Set<Long> wanted = new TreeSet<>(cityAreaIds == null ? Set.of() : cityAreaIds);
        if (!allowed.keySet().containsAll(wanted)) {
            throw ValidationException.of("cityAreas", "areaLink.error.notCityWideArea");
        }
        AreaLinks.LinkedArea before = links.linkedAreas(agreementId).stream().filter(a -> a.id() == areaId)
                .findFirst().orElseThrow();
        if (before.cityAreaIds().equals(wanted) && before.version() == version) {
            return;
        }
        ConcurrentChangeException.requireOneRow(links.bumpVersion(areaId, version) ? 1 : 0);
        links.replaceLinks(areaId, wanted);
        audit.record(AuditRecord.of(AuditAction.UPDATE, ENTITY, areaId, before.title()).agreement(agreementId)
                .change("areaLink.contributesTo", titles(before.cityAreaIds(), allowed), titles(wanted, allowed)));
    }

    private static String titles(Set<Long> ids, Map<Long, AreaOverview> areas) {
        List<String> titles = ids.stream().map(areas::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(AreaOverview::position))
                .map(a -> a.position() + ". " + a.title()).toList();
        return titles.isEmpty() ? null : String.join("; ", titles);
    }
}
