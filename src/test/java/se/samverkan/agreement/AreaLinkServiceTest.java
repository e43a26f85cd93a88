package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import se.samverkan.IntegrationTest;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.ValidationException;

/** Managers link a local area to the city-wide areas it serves; under the area's version, audited, checked. */
@IntegrationTest
class AreaLinkServiceTest {

    private static final String EAV = "Lokal samverkansöverenskommelse Enskede-Årsta-Vantör";

    @Autowired
    AreaLinkService links;

    @Autowired
    DSLContext dsl;

    private long agreement(String title) {
        return dsl.fetchValue(AGREEMENT.ID, AGREEMENT.TITLE.eq(title));
    }

    private long cityArea(int position) {
        long ks = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        return dsl.fetchValue(PRIORITY_AREA.ID, PRIORITY_AREA.AGREEMENT_ID.eq(ks).and(PRIORITY_AREA.POSITION.eq(position)));
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void aManagerSetsTheLinksUnderTheAreasVersionAndTheChangeIsAudited() {
        AreaLinks before = links.findLinks(agreement(EAV)).orElseThrow();
        assertThat(before.cityWide().title()).startsWith("Övergripande");
        assertThat(before.cityAreas()).hasSize(10);
        assertThat(before.manageable()).isTrue();
        AreaLinks.LinkedArea area = before.areas().get(2);
        Set<Long> original = area.cityAreaIds();
        assertThat(original).as("the demo links every local area").isNotEmpty();

        links.setLinks(area.id(), area.version(), Set.of(cityArea(6), cityArea(7)));
        AreaLinks.LinkedArea after = links.findLinks(agreement(EAV)).orElseThrow().areas().get(2);
        assertThat(after.cityAreaIds()).containsExactlyInAnyOrder(cityArea(6), cityArea(7));
        assertThat(after.version()).isEqualTo(area.version() + 1);
        String logged = dsl.select(AUDIT_CHANGE.AFTER_VALUE).from(AUDIT_CHANGE).join(AUDIT_EVENT)
                .on(AUDIT_EVENT.ID.eq(AUDIT_CHANGE.EVENT_ID))
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("PRIORITY_AREA")).and(AUDIT_EVENT.ENTITY_ID.eq(area.id()))
                .and(AUDIT_CHANGE.FIELD.eq("areaLink.contributesTo"))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle().value1();
        assertThat(logged).startsWith("6. Särskilt utsatta").contains("7. Otillåten påverkan");

        // saving over the newer version is refused, and nothing changes
        assertThatThrownBy(() -> links.setLinks(area.id(), area.version(), Set.of(cityArea(1))))
                .isInstanceOf(ConcurrentChangeException.class);
        // an area of another agreement is refused at the field
        long localArea = before.areas().get(0).id();
        assertThatThrownBy(() -> links.setLinks(area.id(), after.version(), Set.of(localArea)))
                .isInstanceOf(ValidationException.class).hasMessage("areaLink.error.notCityWideArea");
        assertThat(links.findLinks(agreement(EAV)).orElseThrow().areas().get(2).cityAreaIds())
                .containsExactlyInAnyOrder(cityArea(6), cityArea(7));

        links.setLinks(area.id(), after.version(), original);
        assertThat(links.findLinks(agreement(EAV)).orElseThrow().areas().get(2).cityAreaIds()).isEqualTo(original);
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aCoordinatorReadsTheLinksButMayNotSetThem() {
        AreaLinks eav = links.findLinks(agreement(EAV)).orElseThrow();
        assertThat(eav.manageable()).isFalse();
        AreaLinks.LinkedArea area = eav.areas().getFirst();
        assertThatThrownBy(() -> links.setLinks(area.id(), area.version(), Set.of(cityArea(1))))
                .isInstanceOf(AccessDeniedException.class);
        // Farsta's agreement is not theirs to read
        assertThat(links.findLinks(agreement("Lokal samverkansöverenskommelse Farsta"))).isEmpty();
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
    void theCityWideAgreementLinksToNothing() {
        long ks = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        assertThat(links.findLinks(ks)).isEmpty();
        assertThatThrownBy(() -> links.setLinks(cityArea(1), 0, Set.of(cityArea(2))))
                .isInstanceOf(ValidationException.class).hasMessage("areaLink.error.noCityWide");
    }
}
