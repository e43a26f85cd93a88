package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.samverkan.IntegrationTest;

@IntegrationTest
@WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
class AgreementServiceTest {

    @Autowired
    AgreementService agreements;

    private AgreementSummary cityWide() {
        return agreements.findAgreements("KS 2019/656", 0, 10).getFirst();
    }

    @Test
    void theCityWideAgreementComesFirstAndHasItsParties() {
        AgreementSummary first = agreements.findAgreements(null, 0, 1).getFirst();
        assertThat(first.diaryNumber()).isEqualTo("KS 2019/656");
        assertThat(first.kind()).isEqualTo(AgreementKind.CITY_WIDE);
        assertThat(first.parties()).isEqualTo("Polisregion Stockholm, Stockholms stad");
    }

    @Test
    void pagingAndFilteringHappenInTheDatabase() {
        int all = agreements.countAgreements(null);
        assertThat(all).isGreaterThanOrEqualTo(3);
        assertThat(agreements.findAgreements(null, 1, 2)).hasSize(2)
                .doesNotContain(agreements.findAgreements(null, 0, 1).getFirst());
        assertThat(agreements.countAgreements("Enskede")).isGreaterThanOrEqualTo(1).isLessThan(all);
        assertThat(agreements.findAgreements("ingen sådan överenskommelse", 0, 10)).isEmpty();
        // LIKE wildcards typed by a user match only themselves
        assertThat(agreements.countAgreements("%")).isZero();
        assertThat(agreements.countAgreements("_")).isZero();
        assertThat(agreements.countAgreements("ks 2019")).isEqualTo(1);
    }

    @Test
    void theCityWideAgreementHasItsTenAreasInOrder() {
        AgreementDetails details = agreements.findAgreement(cityWide().id()).orElseThrow();
        assertThat(details.adoptedOn()).hasToString("2019-11-04");
        assertThat(details.children()).isNotEmpty();

        List<AreaOverview> areas = agreements.findAreas(details.id());
        assertThat(areas).extracting(AreaOverview::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(areas.getFirst().title()).isEqualTo("Riktat arbete mot avgränsade platser och utsatta områden");
        assertThat(areas.getLast().title()).isEqualTo("Kameraövervakning");
    }

    @Test
    void unknownIdsFindNothing() {
        assertThat(agreements.findAgreement(-1)).isEmpty();
        assertThat(agreements.findArea(-1)).isEmpty();
    }
}
